import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { afspraakOvergenomenV1, afspraakOvernameAangebodenV1, afspraakOvernameAfgeslagenV1 } from '@koers/contracts';
import { KLOK, Klok } from '@koers/due-work';
import { InvoerFout, NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { Regioregister } from '@koers/register';
import { Afspraak } from '../afspraak/afspraak.entity';
import { AFSPRAAK_LEVENSLOOP, deadlineFouten } from '../afspraak/afspraak.rules';
import { actorVan, afspraakOpgesteld } from '../afspraak/afspraak.service';
import { meldVastgelegd, vergrendelMetTafel } from '../afspraak/vastlegging.service';
import { DeelnemerService } from '../deelnemer/deelnemer.service';
import { OvernameAntwoordDto, OvernameQuery } from './dto/overname.dto';
import { Overname } from './overname.entity';
import { aanbieding, Aanbieding, OVERNAME_LEVENSLOOP } from './overname.rules';

const overnames = new TenantRepository(Overname);
const afspraken = new TenantRepository(Afspraak);

export type Aanbiedingsuitkomst = 'aangeboden' | 'al_aangeboden' | 'register_onbekend' | Extract<Aanbieding, { aanbieden: false }>['waarom'];

/**
 * Taking over what works (domain.md §3; seed 002): an agreement for one gemeente that reached its
 * effect is offered to the region's other gemeenten; each answers once — a copy for itself with
 * its own plan (`overgenomenVanId`), or a reason to decline. The copy lives at the original table
 * but follows its own course: the adopting gemeente records it, and the table's steps do not count it.
 */
@Injectable()
export class OvernameService {
  private readonly logger = new Logger(OvernameService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly deelnemers: DeelnemerService,
    private readonly register: Regioregister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  /**
   * In the transaction in which EvaluatieService keeps the verdict `effect_bereikt` (agreement and
   * table locked): one offer per other gemeente and one fact, once per agreement — a redelivery or a
   * later second `effect_bereikt` finds the offers and changes nothing.
   */
  async biedAan(manager: EntityManager, afspraak: Afspraak, monitoringplanId: string): Promise<Aanbiedingsuitkomst> {
    if (await manager.existsBy(Overname, { regio: afspraak.regio, afspraakId: afspraak.id })) return 'al_aangeboden';
    const gemeenten = [...(await this.register.gemeenten(afspraak.regio, manager)).keys()];
    if (!gemeenten.length) {
      this.logger.warn({ afspraakId: afspraak.id, regio: afspraak.regio }, 'region register unknown: the successful agreement is not offered to other gemeenten');
      return 'register_onbekend';
    }
    const uitkomst = aanbieding(afspraak, gemeenten);
    if (!uitkomst.aanbieden) return uitkomst.waarom;
    const nu = this.klok.nu();
    await manager.insert(
      Overname,
      uitkomst.aan.map((gemeente) => ({
        id: randomUUID(),
        regio: afspraak.regio,
        afspraakId: afspraak.id,
        tafelId: afspraak.tafelId,
        gemeente,
        status: 'open' as const,
        monitoringplanId,
        aangebodenOp: nu,
        reden: null,
        overgenomenAfspraakId: null,
        beantwoordDoorSub: null,
        beantwoordOp: null,
      })),
    );
    await this.outbox.add(
      manager,
      this.outbox.event(afspraakOvernameAangebodenV1, {
        afspraakId: afspraak.id,
        tafelId: afspraak.tafelId,
        regio: afspraak.regio,
        versie: afspraak.versie,
        soort: afspraak.soort,
        eigenaar: afspraak.eigenaar,
        gemeenten: afspraak.gemeenten,
        aangebodenAan: uitkomst.aan,
        monitoringplanId,
        aangebodenOp: nu.toISOString(),
      }),
    );
    return 'aangeboden';
  }

  /**
   * A gemeente user of the offered gemeente answers, once. Taking over makes the gemeente's own
   * agreement (concept, at the original table): type, description, legal basis, the meeting it
   * traces back to and an outcome criterion's indicator copied; the owner stays the organisation
   * that made it work unless the gemeente names another organisation at the table; the deadline is
   * the gemeente's. Monitoring hears of it as of any agreement (`afspraak.opgesteld.v1` with
   * `overgenomenVanId`) and makes its plan.
   */
  async beantwoord(tenant: TenantContext, id: string, dto: OvernameAntwoordDto): Promise<{ overname: Overname; afspraak?: Afspraak }> {
    const reden = dto.antwoord === 'afslaan' ? dto.reden?.trim() || undefined : undefined;
    weigerPersoonsgegevens({ reden });
    return this.dataSource.transaction(async (manager) => {
      const gevonden = await overnames.findOne(manager, tenant, { id });
      if (!gevonden) throw new NietGevonden(`Aanbod ${id}`);
      const { tafel, afspraak: origineel } = await vergrendelMetTafel(manager, gevonden.regio, gevonden.afspraakId);
      const overname = await vergrendel(manager, gevonden);
      const naar = dto.antwoord === 'overnemen' ? 'overgenomen' : 'afgeslagen';
      const deadline = dto.deadline?.trim() || undefined;
      OVERNAME_LEVENSLOOP.toegestaneStap(overname, naar, 'antwoord', actorVan(tenant), { deadline, reden });
      const nu = this.klok.nu();
      const ids = { afspraakId: origineel.id, tafelId: origineel.tafelId, regio: origineel.regio, versie: origineel.versie };
      if (naar === 'afgeslagen') {
        Object.assign(overname, { status: naar, reden: reden as string, beantwoordDoorSub: tenant.subject, beantwoordOp: nu });
        await manager.update(Overname, { id: overname.id }, { status: naar, reden: overname.reden, beantwoordDoorSub: tenant.subject, beantwoordOp: nu });
        await this.outbox.add(manager, this.outbox.event(afspraakOvernameAfgeslagenV1, { ...ids, gemeente: overname.gemeente, afgeslagenOp: nu.toISOString() }));
        return { overname };
      }

      const fouten: InvoerFout[] = deadlineFouten(deadline as string, nu);
      const eigenaar = dto.eigenaar ?? origineel.eigenaar;
      if (dto.eigenaar && !(await this.deelnemers.organisaties(manager, tafel)).has(dto.eigenaar)) {
        fouten.push({ naam: 'eigenaar', code: 'niet-aan-tafel', reden: `organisatie '${dto.eigenaar}' zit niet aan de tafel van deze afspraak` });
      }
      if (fouten.length) throw new OngeldigeInvoer(fouten);

      const afspraak = Object.assign(new Afspraak(), {
        id: randomUUID(),
        tafelId: origineel.tafelId,
        regio: origineel.regio,
        versie: 1,
        vorigeVersieId: null,
        overgenomenVanId: origineel.id,
        soort: origineel.soort,
        omschrijving: origineel.omschrijving,
        eigenaar,
        deadline: deadline as string,
        rechtsgrond: origineel.rechtsgrond,
        gemeenten: [overname.gemeente],
        voorDeHeleRegio: false,
        bijeenkomstId: origineel.bijeenkomstId,
        status: 'concept' as const,
        toetsing: 'open' as const,
        voortgang: null,
        stopreden: null,
        monitoringplanId: null,
        planBevestigd: false,
        oordeel: null,
        geevalueerdOp: null,
        outcomecriterium: origineel.outcomecriterium ? { ...origineel.outcomecriterium } : null,
        opgesteldDoorSub: tenant.subject,
        opgesteldOp: nu,
        gewijzigdOp: nu,
        vastgelegdOp: null,
      });
      await manager.insert(Afspraak, afspraak);
      Object.assign(overname, { status: naar, overgenomenAfspraakId: afspraak.id, beantwoordDoorSub: tenant.subject, beantwoordOp: nu });
      await manager.update(Overname, { id: overname.id }, { status: naar, overgenomenAfspraakId: afspraak.id, beantwoordDoorSub: tenant.subject, beantwoordOp: nu });
      await this.outbox.add(manager, afspraakOpgesteld(this.outbox, afspraak));
      await this.outbox.add(
        manager,
        this.outbox.event(afspraakOvergenomenV1, {
          afspraakId: afspraak.id,
          overgenomenVanId: origineel.id,
          tafelId: afspraak.tafelId,
          regio: afspraak.regio,
          versie: afspraak.versie,
          gemeente: overname.gemeente,
          overgenomenOp: nu.toISOString(),
        }),
      );
      return { overname, afspraak };
    });
  }

  /**
   * The adopting gemeente records its own agreement once monitoring made its plan and a jurist of
   * the region said akkoord: its own step to `vastgelegd` (the engine's `overnemende_gemeente`),
   * whatever the original table's state; monitoring then confirms the plan.
   */
  async legVast(tenant: TenantContext, id: string): Promise<{ overname: Overname; afspraak: Afspraak }> {
    return this.dataSource.transaction(async (manager) => {
      const gevonden = await overnames.findOne(manager, tenant, { id });
      if (!gevonden) throw new NietGevonden(`Aanbod ${id}`);
      if (tenant.gemeente !== gevonden.gemeente) {
        throw new NietBevoegd('Alleen de gemeente die de afspraak overnam, legt haar vast.', 'geen-overnemende-gemeente');
      }
      if (gevonden.status !== 'overgenomen' || !gevonden.overgenomenAfspraakId) {
        throw new Statusconflict(
          `Het aanbod heeft status '${gevonden.status}'; alleen een afspraak die uw gemeente overnam, legt u zo vast.`,
          gevonden.status,
          ["aanbod met status 'overgenomen' (POST /v1/overnames/{id}/antwoord)"],
        );
      }
      const { tafel, afspraak } = await vergrendelMetTafel(manager, gevonden.regio, gevonden.overgenomenAfspraakId);
      AFSPRAAK_LEVENSLOOP.toegestaneStap(
        { status: afspraak.status, eigenaar: afspraak.eigenaar, behandelaarSub: tafel.behandelaarSub, overgenomenVanId: afspraak.overgenomenVanId, gemeenten: afspraak.gemeenten },
        'vastgelegd',
        'vastlegging',
        actorVan(tenant),
        { monitoringplan: Boolean(afspraak.monitoringplanId), akkoord: afspraak.toetsing === 'akkoord' },
      );
      const nu = this.klok.nu();
      Object.assign(afspraak, { status: 'vastgelegd', vastgelegdOp: nu, gewijzigdOp: nu });
      await manager.update(Afspraak, { id: afspraak.id }, { status: 'vastgelegd', vastgelegdOp: nu, gewijzigdOp: nu });
      await meldVastgelegd(this.outbox, manager, afspraak, nu);
      return { overname: gevonden, afspraak };
    });
  }

  /** For every role of the region: per gemeente it was offered to, who took it over, who declined (with the reason) and who has not answered. */
  async vanAfspraak(tenant: TenantContext, afspraakId: string): Promise<{ afspraak: Afspraak; overnames: Overname[]; namen: ReadonlyMap<string, string> }> {
    const manager = this.dataSource.manager;
    const afspraak = await afspraken.findOne(manager, tenant, { id: afspraakId });
    if (!afspraak) throw new NietGevonden(`Afspraak ${afspraakId}`);
    const lijst = await manager.find(Overname, { where: { regio: afspraak.regio, afspraakId: afspraak.id }, order: { gemeente: 'ASC' } });
    return { afspraak, overnames: lijst, namen: await this.register.gemeenten(afspraak.regio, manager) };
  }

  /**
   * One page of the offers made to the caller's gemeente (by default the open ones), oldest first, with
   * the agreement each is about and the organisations at its table (who may own the adopted copy).
   */
  async vanGemeente(
    tenant: TenantContext,
    query: OvernameQuery,
  ): Promise<{ items: Array<{ overname: Overname; afspraak: Afspraak; organisaties: string[] }>; totaal: number; namen: Map<string, ReadonlyMap<string, string>> }> {
    if (!tenant.gemeente) throw new NietBevoegd('Aanbiedingen om over te nemen zijn er voor gebruikers van een gemeente; uw account hoort bij geen gemeente.', 'geen-gemeente');
    const manager = this.dataSource.manager;
    const qb = overnames
      .query(manager, tenant, 'o')
      .andWhere('o.gemeente = :gemeente AND o.status = :status', { gemeente: tenant.gemeente, status: query.status })
      .orderBy('o.aangeboden_op', 'ASC')
      .addOrderBy('o.id', 'ASC');
    if (query.afspraak) qb.andWhere('o.afspraak_id = :afspraakId', { afspraakId: query.afspraak });
    const [lijst, totaal] = await qb
      .skip((query.pagina - 1) * query.paginaGrootte)
      .take(query.paginaGrootte)
      .getManyAndCount();
    const perId = new Map((lijst.length ? await manager.find(Afspraak, { where: { id: In(lijst.map((o) => o.afspraakId)), regio: In([...tenant.regios]) } }) : []).map((a) => [a.id, a]));
    const organisaties = await this.deelnemers.organisatiesPerTafel(manager, [...perId.values()].map((a) => ({ id: a.tafelId, regio: a.regio })));
    const namen = new Map<string, ReadonlyMap<string, string>>();
    for (const regio of new Set(lijst.map((o) => o.regio))) namen.set(regio, await this.register.gemeenten(regio, manager));
    return {
      items: lijst.flatMap((overname) => {
        const afspraak = perId.get(overname.afspraakId);
        return afspraak ? [{ overname, afspraak, organisaties: organisaties.get(afspraak.tafelId) ?? [] }] : [];
      }),
      totaal,
      namen,
    };
  }
}

function vergrendel(manager: EntityManager, overname: Overname): Promise<Overname> {
  return manager
    .createQueryBuilder(Overname, 'o')
    .where('o.regio = :regio AND o.id = :id', { regio: overname.regio, id: overname.id })
    .setLock('pessimistic_write')
    .getOneOrFail();
}
