import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { bijeenkomstGehoudenV1, CloudEvent, VerslagReactietermijnVerstrekenV1, verslagReactietermijnVerstrekenV1 } from '@koers/contracts';
import { NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, weigerPersoonsgegevens } from '@koers/domain';
import { DueWork, DueWorkFabriek, KLOK, Klok } from '@koers/due-work';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { Regioregister } from '@koers/register';
import { AfspraakService } from '../afspraak/afspraak.service';
import { afsprakenSectie } from '../afspraak/afspraak.secties';
import { Bijeenkomst } from '../bijeenkomst/bijeenkomst.entity';
import { actorVan, BijeenkomstService } from '../bijeenkomst/bijeenkomst.service';
import { onderwerpVan } from '../bijeenkomst/bijeenkomst.rules';
import { Deelnemer } from '../deelnemer/deelnemer.entity';
import { DeelnemerService } from '../deelnemer/deelnemer.service';
import { betrokkenen, magAliasZien, magBijeenkomstZien } from '../deelnemer/zichtbaarheid.rules';
import { Tafel } from '../tafel/tafel.entity';
import { TafelService } from '../tafel/tafel.service';
import { reactietermijnVan, TAFELS_SETTINGS, TafelsSettings } from '../tafels.settings';
import { OpmerkingDto, VaststellingDto, VerslagVastleggenDto } from './dto/verslag.dto';
import { Opmerking, Verslag, Verslagtekst } from './verslag.entity';
import { maakPdf } from './verslag.pdf';
import { reactietermijn, VERSLAG_LEVENSLOOP, weigerOpmerkingBuitenTermijn } from './verslag.rules';
import { Aanwezige, markering, verslagSecties } from './verslag.secties';

export interface Verslaginzage {
  tafel: Tafel;
  bijeenkomst: Bijeenkomst;
  verslag: Verslag;
  deelnemers: Deelnemer[];
  /** Only for who may see remarks (participants, jurists, beheerder). */
  opmerkingen?: Opmerking[];
}

/**
 * The minutes of a held meeting: recorded by the behandelaar (the table's step `verslag`), a concept
 * the participants remark on within the region's term, then adopted with an answer to every remark.
 */
@Injectable()
export class VerslagService {
  private readonly bewaking: DueWork;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(KLOK) private readonly klok: Klok,
    @Inject(TAFELS_SETTINGS) private readonly settings: TafelsSettings,
    private readonly bijeenkomsten: BijeenkomstService,
    private readonly tafels: TafelService,
    private readonly deelnemers: DeelnemerService,
    private readonly afspraken: AfspraakService,
    private readonly register: Regioregister,
    dueWork: DueWorkFabriek,
  ) {
    this.bewaking = dueWork.inTransactie({
      naam: 'reactietermijnen',
      intervalMs: settings.reactietermijn.bewakingIntervalMs,
      batch: 200,
      due: {
        tabel: 'verslag',
        sleutel: 'bijeenkomst_id',
        wanneer: `d.status = 'concept' AND d.reactietermijn_gemeld_op IS NULL AND d.reacties_tot <= $1::timestamptz`,
        volgorde: 'd.reacties_tot',
      },
      verwerk: (manager, ids, nu) => this.termijnVerstreken(manager, ids, nu),
    });
  }

  async leg(tenant: TenantContext, tafelId: string, id: string, dto: VerslagVastleggenDto): Promise<Verslag> {
    weigerPersoonsgegevens({ probleem: dto.probleem, wieMoetMeedoen: dto.wieMoetMeedoen, stappen: dto.stappen });
    const nu = this.klok.nu();
    const actor = actorVan(tenant);
    return this.dataSource.transaction(async (manager) => {
      const { tafel, bijeenkomst } = await this.bijeenkomsten.vergrendel(manager, tenant, tafelId, id);
      await this.bijeenkomsten.houd(manager, tafel, bijeenkomst, actor, nu);
      const aanTafel = new Set((await this.deelnemers.vanTafel(manager, tafel)).map((d) => d.id));
      const onbekend = dto.aanwezigen.filter((d) => !aanTafel.has(d));
      if (onbekend.length) {
        throw new OngeldigeInvoer([{ naam: 'aanwezigen', code: 'geen-deelnemer', reden: `geen deelnemer aan deze tafel: ${onbekend.join(', ')}` }]);
      }
      if (tafel.status === 'gepland') await this.tafels.neemStap(manager, tafel, 'gehouden', 'verslag', actor, { verslag: true });
      else if (tafel.status === 'afgerond') throw new Statusconflict(`De tafel heeft status '${tafel.status}'; er komt geen verslag meer bij.`, tafel.status, ['een tafel die niet is afgerond']);
      const { tot } = reactietermijn(nu, reactietermijnVan(this.settings, tafel.regio));
      const verslag = Object.assign(new Verslag(), {
        bijeenkomstId: bijeenkomst.id,
        tafelId: tafel.id,
        regio: tafel.regio,
        status: 'concept' as const,
        ...tekstVan(dto),
        aanwezigen: dto.aanwezigen,
        vastgelegdOp: nu,
        reactiesTot: tot,
        vastgesteldOp: null,
        concept: null,
        reactietermijnGemeldOp: null,
      });
      await manager.insert(Verslag, verslag);
      await this.outbox.add(
        manager,
        this.outbox.event(bijeenkomstGehoudenV1, { tafelId: tafel.id, bijeenkomstId: bijeenkomst.id, regio: tafel.regio, reactiesTot: tot.toISOString(), vastgelegdOp: nu.toISOString() }),
      );
      return verslag;
    });
  }

  /** A participant's remark on the concept, within the term. */
  async merkOp(tenant: TenantContext, tafelId: string, id: string, dto: OpmerkingDto): Promise<Opmerking> {
    weigerPersoonsgegevens({ tekst: dto.tekst });
    const nu = this.klok.nu();
    return this.dataSource.transaction(async (manager) => {
      const { tafel } = await this.bijeenkomsten.vergrendel(manager, tenant, tafelId, id);
      const verslag = await this.verslagVan(manager, tafel, id);
      const deelnemers = await this.deelnemers.vanTafel(manager, tafel);
      if (!betrokkenen(deelnemers).includes(tenant.subject)) {
        throw new NietBevoegd('Alleen de deelnemers aan de tafel reageren op het conceptverslag.', 'geen-deelnemer');
      }
      weigerOpmerkingBuitenTermijn(verslag, nu);
      const opmerking = Object.assign(new Opmerking(), {
        id: randomUUID(),
        bijeenkomstId: id,
        regio: tafel.regio,
        tekst: dto.tekst.trim(),
        auteurSub: tenant.subject,
        auteurRol: deelnemers.find((d) => d.sub === tenant.subject)?.rol ?? 'clientvertegenwoordiger',
        geplaatstOp: nu,
        verwerking: null,
        toelichting: null,
      });
      await manager.insert(Opmerking, opmerking);
      return opmerking;
    });
  }

  /** Adoption, with what was done with every remark; the concept text stays on record when it changed. */
  async stelVast(tenant: TenantContext, tafelId: string, id: string, dto: VaststellingDto): Promise<{ verslag: Verslag; opmerkingen: Opmerking[] }> {
    weigerPersoonsgegevens({
      probleem: dto.probleem,
      wieMoetMeedoen: dto.wieMoetMeedoen,
      stappen: dto.stappen,
      ...Object.fromEntries(dto.antwoorden.map((a, i) => [`antwoorden[${i}].toelichting`, a.toelichting])),
    });
    const nu = this.klok.nu();
    return this.dataSource.transaction(async (manager) => {
      const { tafel } = await this.bijeenkomsten.vergrendel(manager, tenant, tafelId, id);
      const verslag = await this.verslagVan(manager, tafel, id);
      const opmerkingen = await this.opmerkingenVan(manager, verslag);
      const antwoorden = new Map(dto.antwoorden.map((a) => [a.opmerkingId, a]));
      const onbekend = [...antwoorden.keys()].filter((opmerkingId) => !opmerkingen.some((o) => o.id === opmerkingId));
      if (onbekend.length) throw new OngeldigeInvoer([{ naam: 'antwoorden', code: 'geen-opmerking', reden: `geen opmerking op dit verslag: ${onbekend.join(', ')}` }]);
      VERSLAG_LEVENSLOOP.toegestaneStap({ status: verslag.status, behandelaarSub: tafel.behandelaarSub, reactiesTot: verslag.reactiesTot }, 'vastgesteld', 'vaststellen', actorVan(tenant), {
        nu,
        opmerkingen: opmerkingen.map((o) => ({ id: o.id, tekst: o.tekst, beantwoord: o.verwerking !== null || antwoorden.has(o.id) })),
      });
      for (const o of opmerkingen) {
        const antwoord = antwoorden.get(o.id);
        if (antwoord) Object.assign(o, { verwerking: antwoord.verwerking, toelichting: antwoord.toelichting.trim() });
      }
      if (opmerkingen.length) await manager.upsert(Opmerking, opmerkingen, ['id']);
      const oud = tekstVan(verslag);
      const nieuw = tekstVan({ probleem: dto.probleem ?? oud.probleem, wieMoetMeedoen: dto.wieMoetMeedoen ?? oud.wieMoetMeedoen, stappen: dto.stappen ?? oud.stappen });
      const gewijzigd = JSON.stringify(oud) !== JSON.stringify(nieuw);
      Object.assign(verslag, nieuw, { status: 'vastgesteld', vastgesteldOp: nu, concept: gewijzigd ? oud : null });
      await manager.update(Verslag, { bijeenkomstId: id }, { ...nieuw, status: 'vastgesteld', vastgesteldOp: nu, concept: verslag.concept });
      return { verslag, opmerkingen };
    });
  }

  /** The minutes as their reader may see them: a concept only for participants, jurists and the beheerder; remarks likewise. */
  async inzage(tenant: TenantContext, tafelId: string, id: string): Promise<Verslaginzage> {
    const manager = this.dataSource.manager;
    const { tafel, bijeenkomsten, antwoorden } = await this.bijeenkomsten.lijst(tenant, tafelId, id);
    const verslag = await this.verslagVan(manager, tafel, id);
    const deelnemers = await this.deelnemers.vanTafel(manager, tafel);
    const magZien = magBijeenkomstZien(tenant, betrokkenen(deelnemers));
    if (verslag.status === 'concept' && !magZien) {
      throw new NietBevoegd('Het conceptverslag is alleen voor de deelnemers aan de tafel, de juristen en de beheerder van de regio.', 'concept');
    }
    const basis = { tafel, bijeenkomst: bijeenkomsten[0], verslag, deelnemers };
    return antwoorden ? { ...basis, opmerkingen: await this.opmerkingenVan(manager, verslag) } : basis;
  }

  /** The minutes as a PDF in plain Dutch, with no more than the reader may see. */
  async pdf(tenant: TenantContext, tafelId: string, id: string): Promise<Buffer> {
    const { tafel, bijeenkomst, verslag, deelnemers, opmerkingen } = await this.inzage(tenant, tafelId, id);
    const namen = await this.deelnemers.namen(tafel, deelnemers);
    const subs = deelnemers.flatMap((d) => (d.sub ? [d.sub] : []));
    const aanwezigen: Aanwezige[] = deelnemers
      .filter((d) => verslag.aanwezigen.includes(d.id))
      .map((d) => ({
        rol: d.rol,
        ...(d.sub && namen.get(d.sub) ? { naam: namen.get(d.sub) } : {}),
        organisatie: d.organisatie,
        ...(d.alias && magAliasZien(tenant, subs, d.organisatie) ? { alias: d.alias } : {}),
      }));
    const inhoud = {
      tekst: tekstVan(verslag),
      status: verslag.status,
      start: bijeenkomst.start,
      reactiesTot: verslag.reactiesTot,
      vastgesteldOp: verslag.vastgesteldOp,
      plaats: opmerkingen ? bijeenkomst.plaats : undefined,
      aanwezigen,
      opmerkingen: opmerkingen?.map((o) => ({ rol: o.auteurRol, tekst: o.tekst, verwerking: o.verwerking, toelichting: o.toelichting })),
    };
    const [{ afspraken }, gemeentenamen] = await Promise.all([this.afspraken.lijstVan(tafel), this.register.gemeenten(tafel.regio)]);
    const secties = [...verslagSecties(inhoud), afsprakenSectie(afspraken.filter((a) => a.bijeenkomstId === bijeenkomst.id), gemeentenamen)];
    return maakPdf({ titel: 'Verslag van de koerstafel', onderwerp: onderwerpVan(tafel.probleemstelling), markering: markering(inhoud), secties });
  }

  /** Tells the behandelaar once, per minutes whose remark term passed, that they can adopt them (the watch above). */
  private async termijnVerstreken(manager: EntityManager, ids: string[], nu: Date): Promise<CloudEvent<VerslagReactietermijnVerstrekenV1>[]> {
    const s = schemaOf(this.dataSource);
    const [rijen]: [Array<VerslagReactietermijnVerstrekenV1 & { reactiesTot: Date }>, number] = await manager.query(
      `UPDATE "${s}".verslag v SET reactietermijn_gemeld_op = $2
         FROM "${s}".tafel t
        WHERE v.bijeenkomst_id = ANY($1::uuid[]) AND t.id = v.tafel_id
       RETURNING v.tafel_id AS "tafelId", v.bijeenkomst_id AS "bijeenkomstId", v.regio, t.behandelaar_sub AS behandelaar, v.reacties_tot AS "reactiesTot",
                 (SELECT count(*)::int FROM "${s}".opmerking o WHERE o.regio = v.regio AND o.bijeenkomst_id = v.bijeenkomst_id) AS opmerkingen`,
      [ids, nu],
    );
    return rijen.map((r) => this.outbox.event(verslagReactietermijnVerstrekenV1, { ...r, reactiesTot: new Date(r.reactiesTot).toISOString() }));
  }

  private async verslagVan(manager: EntityManager, tafel: Tafel, bijeenkomstId: string): Promise<Verslag> {
    const verslag = await manager.findOne(Verslag, { where: { regio: tafel.regio, tafelId: tafel.id, bijeenkomstId } });
    if (!verslag) throw new NietGevonden(`Het verslag van bijeenkomst ${bijeenkomstId}`, `Bijeenkomst ${bijeenkomstId} heeft (nog) geen verslag, of is niet zichtbaar voor u.`);
    return verslag;
  }

  private opmerkingenVan(manager: EntityManager, verslag: Verslag): Promise<Opmerking[]> {
    return manager.find(Opmerking, { where: { regio: verslag.regio, bijeenkomstId: verslag.bijeenkomstId }, order: { geplaatstOp: 'ASC', id: 'ASC' } });
  }
}

function tekstVan(t: Verslagtekst): Verslagtekst {
  return { probleem: t.probleem.trim(), wieMoetMeedoen: t.wieMoetMeedoen.trim(), stappen: t.stappen.trim() };
}
