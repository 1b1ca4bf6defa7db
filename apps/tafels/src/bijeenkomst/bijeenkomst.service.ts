import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { bijeenkomstGeannuleerdV1, bijeenkomstGeplandV1, bijeenkomstVerplaatstV1 } from '@koers/contracts';
import { NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, weigerPersoonsgegevens } from '@koers/domain';
import { KLOK, Klok } from '@koers/due-work';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { Deelnemer } from '../deelnemer/deelnemer.entity';
import { DeelnemerService } from '../deelnemer/deelnemer.service';
import { betrokkenen, magBijeenkomstZien } from '../deelnemer/zichtbaarheid.rules';
import { Tafel } from '../tafel/tafel.entity';
import { Actor, weigerAfgerond } from '../tafel/tafel.rules';
import { TafelService } from '../tafel/tafel.service';
import { Aanwezigheid, Bijeenkomst } from './bijeenkomst.entity';
import { BIJEENKOMST_LEVENSLOOP, leesTijden, ontvangers, Ontvanger, planStap, weigerZonderPlek } from './bijeenkomst.rules';
import { AntwoordDto } from './dto/antwoord.dto';
import { BijeenkomstPlannenDto, BijeenkomstWijzigenDto } from './dto/bijeenkomst-plannen.dto';
import { nederlandsMoment } from './tijd.rules';

const tafels = new TenantRepository(Tafel);

export interface Bijeenkomsten {
  tafel: Tafel;
  bijeenkomsten: Bijeenkomst[];
  /** Set only for who may see place, link, agenda and answers. */
  antwoorden?: Map<string, Aanwezigheid[]>;
}

export interface Uitnodiging {
  tafel: Tafel;
  bijeenkomst: Bijeenkomst;
  ontvangers: Ontvanger[];
}

export function actorVan(tenant: TenantContext): Actor {
  return tenant.systeem !== undefined ? { soort: 'systeem' } : { soort: 'persoon', subject: tenant.subject, rollen: tenant.rollen };
}

/** The meetings of a table: planned, moved and cancelled by its behandelaar, answered by its participants. */
@Injectable()
export class BijeenkomstService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(KLOK) private readonly klok: Klok,
    private readonly tafels: TafelService,
    private readonly deelnemers: DeelnemerService,
  ) {}

  /**
   * Planning the first meeting of a table in preparation is the table's step `planning`, after
   * monitoring its step `bijsturen`; the engine judges both with the facts known here.
   */
  async plan(tenant: TenantContext, tafelId: string, dto: BijeenkomstPlannenDto): Promise<Bijeenkomst> {
    const nu = this.klok.nu();
    const { start, eind } = leesTijden(dto, nu);
    weigerZonderPlek(dto);
    weigerPersoonsgegevens({ agenda: dto.agenda });
    return this.dataSource.transaction(async (manager) => {
      const tafel = await this.tafels.vergrendel(manager, tenant, tafelId);
      const stap = planStap(tafel.status);
      if (stap) {
        const clientzijde = await this.deelnemers.aanClientzijde(manager, tafel);
        await this.tafels.neemStap(manager, tafel, stap.naar, stap.aanleiding, actorVan(tenant), { clientzijde, bijsturingNodig: tafel.bijsturingNodig });
      } else if (tafel.behandelaarSub !== tenant.subject) {
        throw new NietBevoegd('Alleen de behandelaar van de tafel plant een bijeenkomst.', 'geen-behandelaar');
      }
      const bijeenkomst = Object.assign(new Bijeenkomst(), {
        id: randomUUID(),
        tafelId: tafel.id,
        regio: tafel.regio,
        start,
        eind,
        plaats: dto.plaats?.trim() || null,
        onlineLink: dto.onlineLink?.trim() || null,
        agenda: dto.agenda.trim(),
        status: 'gepland' as const,
        volgnummer: 0,
        geplandOp: nu,
        gewijzigdOp: nu,
      });
      await manager.insert(Bijeenkomst, bijeenkomst);
      await this.outbox.add(
        manager,
        this.outbox.event(bijeenkomstGeplandV1, { ...ids(bijeenkomst), start: start.toISOString(), eind: eind.toISOString(), volgnummer: 0, geplandOp: nu.toISOString() }),
      );
      return bijeenkomst;
    });
  }

  /** A move: another time, place, link or agenda. The invitation's SEQUENCE goes up. */
  async wijzig(tenant: TenantContext, tafelId: string, id: string, dto: BijeenkomstWijzigenDto): Promise<Bijeenkomst> {
    if (!Object.values(dto).some((waarde) => waarde !== undefined)) {
      throw new OngeldigeInvoer([{ naam: 'start', code: 'niets-gewijzigd', reden: 'geef ten minste één van start, eind, plaats, onlineLink of agenda' }]);
    }
    const nu = this.klok.nu();
    return this.dataSource.transaction(async (manager) => {
      const { tafel, bijeenkomst } = await this.vergrendel(manager, tenant, tafelId, id);
      BIJEENKOMST_LEVENSLOOP.toegestaneStap({ ...bijeenkomst, behandelaarSub: tafel.behandelaarSub }, 'gepland', 'verplaatsen', actorVan(tenant), {});
      const tijden = leesTijden(
        { start: dto.start ?? nederlandsMoment(bijeenkomst.start), eind: dto.eind ?? nederlandsMoment(bijeenkomst.eind) },
        nu,
        { startMoetKomen: dto.start !== undefined },
      );
      const plek = {
        plaats: dto.plaats === undefined ? bijeenkomst.plaats : dto.plaats?.trim() || null,
        onlineLink: dto.onlineLink === undefined ? bijeenkomst.onlineLink : dto.onlineLink?.trim() || null,
      };
      weigerZonderPlek(plek);
      if (dto.agenda !== undefined) weigerPersoonsgegevens({ agenda: dto.agenda });
      Object.assign(bijeenkomst, tijden, plek, {
        agenda: dto.agenda?.trim() ?? bijeenkomst.agenda,
        volgnummer: bijeenkomst.volgnummer + 1,
        gewijzigdOp: nu,
      });
      await manager.save(Bijeenkomst, bijeenkomst);
      await this.outbox.add(
        manager,
        this.outbox.event(bijeenkomstVerplaatstV1, {
          ...ids(bijeenkomst),
          start: bijeenkomst.start.toISOString(),
          eind: bijeenkomst.eind.toISOString(),
          volgnummer: bijeenkomst.volgnummer,
          verplaatstOp: nu.toISOString(),
        }),
      );
      return bijeenkomst;
    });
  }

  async annuleer(tenant: TenantContext, tafelId: string, id: string): Promise<Bijeenkomst> {
    const nu = this.klok.nu();
    return this.dataSource.transaction(async (manager) => {
      const { tafel, bijeenkomst } = await this.vergrendel(manager, tenant, tafelId, id);
      BIJEENKOMST_LEVENSLOOP.toegestaneStap({ ...bijeenkomst, behandelaarSub: tafel.behandelaarSub }, 'geannuleerd', 'annuleren', actorVan(tenant), {});
      Object.assign(bijeenkomst, { status: 'geannuleerd', volgnummer: bijeenkomst.volgnummer + 1, gewijzigdOp: nu });
      await manager.update(Bijeenkomst, { id }, { status: bijeenkomst.status, volgnummer: bijeenkomst.volgnummer, gewijzigdOp: nu });
      await this.outbox.add(manager, this.outbox.event(bijeenkomstGeannuleerdV1, { ...ids(bijeenkomst), volgnummer: bijeenkomst.volgnummer, geannuleerdOp: nu.toISOString() }));
      return bijeenkomst;
    });
  }

  /** A participant answers for themselves; a client representative also for the guests they brought. */
  async beantwoord(tenant: TenantContext, tafelId: string, id: string, deelnemerId: string, dto: AntwoordDto): Promise<Aanwezigheid> {
    return this.dataSource.transaction(async (manager) => {
      const { bijeenkomst } = await this.vergrendel(manager, tenant, tafelId, id);
      const deelnemer = await manager.findOneBy(Deelnemer, { id: deelnemerId, tafelId, regio: bijeenkomst.regio });
      if (!deelnemer) throw new NietGevonden(`Deelnemer ${deelnemerId}`);
      const voorZichzelf = deelnemer.sub !== null && deelnemer.sub === tenant.subject;
      const voorGast = deelnemer.rol === 'gast' && deelnemer.toegevoegdDoorSub === tenant.subject && tenant.rollen.includes('clientvertegenwoordiger');
      if (!voorZichzelf && !voorGast) {
        throw new NietBevoegd('Een deelnemer antwoordt voor zichzelf; een cliëntvertegenwoordiger ook voor de gasten die hij aanmeldde.', 'niet-voor-deze-deelnemer');
      }
      if (bijeenkomst.status !== 'gepland') {
        throw new Statusconflict(`De bijeenkomst heeft status '${bijeenkomst.status}'; antwoorden kan alleen op een geplande bijeenkomst.`, bijeenkomst.status, [
          "een bijeenkomst met status 'gepland'",
        ]);
      }
      const antwoord = Object.assign(new Aanwezigheid(), {
        bijeenkomstId: id,
        deelnemerId,
        regio: bijeenkomst.regio,
        antwoord: dto.antwoord,
        beantwoordDoorSub: tenant.subject,
        beantwoordOp: this.klok.nu(),
      });
      await manager.upsert(Aanwezigheid, antwoord, ['bijeenkomstId', 'deelnemerId']);
      return antwoord;
    });
  }

  /** The table's meetings; with place, link, agenda and answers for who may see them (one query for all answers). */
  async lijst(tenant: TenantContext, tafelId: string, id?: string): Promise<Bijeenkomsten> {
    const { tafel, bijeenkomsten, deelnemers } = await this.lees(tenant, tafelId, id);
    if (!magBijeenkomstZien(tenant, betrokkenen(deelnemers))) return { tafel, bijeenkomsten };
    const rijen = bijeenkomsten.length
      ? await this.dataSource.manager.find(Aanwezigheid, { where: { regio: tafel.regio, bijeenkomstId: In(bijeenkomsten.map((b) => b.id)) }, order: { beantwoordOp: 'ASC' } })
      : [];
    return { tafel, bijeenkomsten, antwoorden: new Map(bijeenkomsten.map((b) => [b.id, rijen.filter((r) => r.bijeenkomstId === b.id)])) };
  }

  /** For notificaties: what an invitation says, and who receives it. Never a guest's alias. */
  async uitnodiging(tenant: TenantContext, tafelId: string, id: string): Promise<Uitnodiging> {
    const { tafel, bijeenkomsten, deelnemers } = await this.lees(tenant, tafelId, id);
    const kv = deelnemers.some((d) => d.rol === 'gast') ? await this.deelnemers.clientvertegenwoordigers(tafel.regio) : [];
    return { tafel, bijeenkomst: bijeenkomsten[0], ontvangers: ontvangers(deelnemers, kv) };
  }

  /** The meeting is held: the minutes are recorded once it has begun. */
  async houd(manager: EntityManager, tafel: Tafel, bijeenkomst: Bijeenkomst, actor: Actor, nu: Date): Promise<void> {
    BIJEENKOMST_LEVENSLOOP.toegestaneStap({ ...bijeenkomst, behandelaarSub: tafel.behandelaarSub }, 'gehouden', 'verslag', actor, { begonnen: nu.getTime() >= bijeenkomst.start.getTime() });
    bijeenkomst.status = 'gehouden';
    await manager.update(Bijeenkomst, { id: bijeenkomst.id }, { status: 'gehouden', gewijzigdOp: nu });
  }

  private async lees(tenant: TenantContext, tafelId: string, id?: string): Promise<{ tafel: Tafel; bijeenkomsten: Bijeenkomst[]; deelnemers: Deelnemer[] }> {
    const manager = this.dataSource.manager;
    const tafel = await tafels.findOne(manager, tenant, { id: tafelId });
    if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
    const bijeenkomsten = await manager.find(Bijeenkomst, { where: { regio: tafel.regio, tafelId: tafel.id, ...(id ? { id } : {}) }, order: { start: 'ASC', id: 'ASC' } });
    if (id && !bijeenkomsten.length) throw new NietGevonden(`Bijeenkomst ${id}`);
    return { tafel, bijeenkomsten, deelnemers: await this.deelnemers.vanTafel(manager, tafel) };
  }

  /** The meeting and its table under a row lock, for a use case on the meeting (also the minutes'); refused once the table is closed. */
  async vergrendel(manager: EntityManager, tenant: TenantContext, tafelId: string, id: string): Promise<{ tafel: Tafel; bijeenkomst: Bijeenkomst }> {
    const tafel = await this.tafels.vergrendel(manager, tenant, tafelId);
    weigerAfgerond(tafel.status, 'aan haar bijeenkomsten en verslagen verandert niets meer');
    const bijeenkomst = await manager.findOne(Bijeenkomst, { where: { regio: tafel.regio, tafelId: tafel.id, id }, lock: { mode: 'pessimistic_write' } });
    if (!bijeenkomst) throw new NietGevonden(`Bijeenkomst ${id}`);
    return { tafel, bijeenkomst };
  }
}

function ids(b: Bijeenkomst) {
  return { tafelId: b.tafelId, bijeenkomstId: b.id, regio: b.regio };
}
