import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { TenantContext } from '@koers/auth';
import { afspraakGetoetstV1, afspraakIngetrokkenV1, afspraakOpgesteldV1, AfspraakSoort } from '@koers/contracts';
import { KLOK, Klok } from '@koers/due-work';
import { InvoerFout, NietBeschikbaar, NietBevoegd, NietGevonden, OngeldigeInvoer, Statusconflict, weigerPersoonsgegevens } from '@koers/domain';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, RegioScope, TenantRepository } from '@koers/persistence';
import { Regioregister } from '@koers/register';
import { Bijeenkomst } from '../bijeenkomst/bijeenkomst.entity';
import { DeelnemerService } from '../deelnemer/deelnemer.service';
import { betrokkenTafels } from '../tafel/betrokken';
import { Tafel } from '../tafel/tafel.entity';
import { weigerAfgerond } from '../tafel/tafel.rules';
import { vergrendelTafel } from '../tafel/vergrendel-tafel';
import { Afspraak, AfspraakToetsing, Outcomecriterium } from './afspraak.entity';
import { Actor, AFSPRAAK_LEVENSLOOP, deadlineFouten, TOETSING_LEVENSLOOP, weigerTenzijOpTeStellen, wijzigingVan } from './afspraak.rules';
import { AfspraakOpstellenDto, AfspraakVeldenDto, AfspraakWijzigenDto, AfsprakenQuery, ToetsingDto, VoortgangDto } from './dto/afspraak-opstellen.dto';

const tafels = new TenantRepository(Tafel);
const afspraken = new TenantRepository(Afspraak);

export class RegisterOnbekend extends NietBeschikbaar {
  constructor(regio: string) {
    super(
      'register-onbekend',
      'De gemeenten van de regio zijn nog niet bekend',
      `Tafels kent de gemeenten van regio ${regio} nog niet (het register van monitoring is nog niet gelezen); er is niets opgeslagen. Probeer het over een minuut opnieuw.`,
    );
  }
}

/** A page of agreements across tables, each with its table. */
type AfsprakenMetTafel = { items: Array<{ afspraak: Afspraak; tafel: Tafel }>; toetsingen: AfspraakToetsing[]; totaal: number };

/** What the fields of an agreement become once checked: everything a version stores besides its state. */
type Inhoud = Pick<Afspraak, 'soort' | 'omschrijving' | 'eigenaar' | 'deadline' | 'rechtsgrond' | 'gemeenten' | 'voorDeHeleRegio' | 'bijeenkomstId' | 'outcomecriterium'>;

/**
 * Agreements of a table: drafted and amended by the behandelaar while the table is held, checked by
 * a jurist of the region who is not of the owner's organisation, reported on by the owner. Every
 * step goes through AFSPRAAK_LEVENSLOOP or TOETSING_LEVENSLOOP; recording is in VastleggingService.
 */
@Injectable()
export class AfspraakService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly deelnemers: DeelnemerService,
    private readonly register: Regioregister,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async stelOp(tenant: TenantContext, tafelId: string, dto: AfspraakOpstellenDto): Promise<Afspraak> {
    weigerPersoonsgegevens({ omschrijving: dto.omschrijving, rechtsgrond: dto.rechtsgrond });
    return this.dataSource.transaction(async (manager) => {
      const tafel = await vergrendelTafel(manager, tenant, tafelId);
      weigerTenzijBehandelaar(tafel, tenant);
      weigerTenzijOpTeStellen(tafel.status);
      const inhoud = await this.controleer(manager, tafel, dto);
      const nu = this.klok.nu();
      const afspraak = Object.assign(new Afspraak(), {
        id: randomUUID(),
        tafelId: tafel.id,
        regio: tafel.regio,
        versie: 1,
        vorigeVersieId: null,
        overgenomenVanId: null,
        ...inhoud,
        ...nieuweStaat(tenant, nu),
      });
      await manager.insert(Afspraak, afspraak);
      await this.opgesteld(manager, afspraak);
      return afspraak;
    });
  }

  /**
   * A concept is amended in place and its legal check opens again. A recorded agreement amended at
   * a held table (after bijsturen) becomes a new version — a new id, its own plan and check — and
   * the recorded one keeps its plan and verdict until the new version is recorded.
   */
  async wijzig(tenant: TenantContext, tafelId: string, afspraakId: string, dto: AfspraakWijzigenDto): Promise<Afspraak> {
    weigerPersoonsgegevens({ omschrijving: dto.omschrijving, rechtsgrond: dto.rechtsgrond });
    return this.dataSource.transaction(async (manager) => {
      const tafel = await vergrendelTafel(manager, tenant, tafelId);
      const afspraak = await this.vergrendel(manager, tafel, afspraakId);
      weigerTenzijBehandelaar(tafel, tenant);
      weigerTenzijOpTeStellen(tafel.status);
      if (afspraak.overgenomenVanId) {
        throw new NietBevoegd('Deze afspraak is overgenomen door een andere gemeente en volgt haar eigen koers; de tafel wijzigt haar niet.', 'overgenomen-afspraak');
      }
      const wijziging = wijzigingVan(afspraak.status);
      if (!wijziging) {
        throw new Statusconflict(`De afspraak heeft status '${afspraak.status}'; zij wordt niet meer gewijzigd.`, afspraak.status, ["status 'concept' of 'vastgelegd'"]);
      }
      const inhoud = await this.controleer(manager, tafel, { ...huidigeVelden(afspraak), ...zonderOngedefinieerd(dto) }, afspraak.gemeenten);
      const nu = this.klok.nu();
      if (wijziging === 'in_plaats') {
        if (afspraak.toetsing !== 'open') {
          TOETSING_LEVENSLOOP.toegestaneStap(toetsingToestand(afspraak, tafel), 'open', 'wijziging', actorVan(tenant), {});
        }
        Object.assign(afspraak, inhoud, { toetsing: 'open', gewijzigdOp: nu });
        await manager.update(Afspraak, { id: afspraak.id }, { ...inhoud, toetsing: 'open', gewijzigdOp: nu });
        await this.opgesteld(manager, afspraak);
        return afspraak;
      }
      const nieuwer = await manager.existsBy(Afspraak, { regio: tafel.regio, vorigeVersieId: afspraak.id });
      if (nieuwer) {
        throw new Statusconflict(`Van deze afspraak bestaat al een nieuwe versie; wijzig die.`, afspraak.status, ['de nieuwste versie van de afspraak']);
      }
      const versie = Object.assign(new Afspraak(), {
        id: randomUUID(),
        tafelId: tafel.id,
        regio: tafel.regio,
        versie: afspraak.versie + 1,
        vorigeVersieId: afspraak.id,
        overgenomenVanId: null,
        ...inhoud,
        ...nieuweStaat(tenant, nu),
      });
      await manager.insert(Afspraak, versie);
      await this.opgesteld(manager, versie);
      return versie;
    });
  }

  /** The behandelaar drops a concept (one with a bezwaar that cannot be amended, or one the table no longer wants). */
  async trekIn(tenant: TenantContext, tafelId: string, afspraakId: string): Promise<Afspraak> {
    return this.dataSource.transaction(async (manager) => {
      const tafel = await vergrendelTafel(manager, tenant, tafelId);
      const afspraak = await this.vergrendel(manager, tafel, afspraakId);
      weigerTenzijBehandelaar(tafel, tenant);
      weigerTenzijOpTeStellen(tafel.status);
      AFSPRAAK_LEVENSLOOP.toegestaneStap(
        { status: afspraak.status, eigenaar: afspraak.eigenaar, behandelaarSub: tafel.behandelaarSub, overgenomenVanId: afspraak.overgenomenVanId },
        'ingetrokken',
        'intrekking',
        actorVan(tenant),
        {},
      );
      const nu = this.klok.nu();
      Object.assign(afspraak, { status: 'ingetrokken', gewijzigdOp: nu });
      await manager.update(Afspraak, { id: afspraak.id }, { status: 'ingetrokken', gewijzigdOp: nu });
      await this.outbox.add(
        manager,
        this.outbox.event(afspraakIngetrokkenV1, {
          afspraakId: afspraak.id,
          tafelId: afspraak.tafelId,
          regio: afspraak.regio,
          versie: afspraak.versie,
          ...(afspraak.monitoringplanId ? { monitoringplanId: afspraak.monitoringplanId } : {}),
          ingetrokkenOp: nu.toISOString(),
        }),
      );
      return afspraak;
    });
  }

  /** A jurist of the region who is not of the owner's organisation says akkoord (with a motivation if they give one), or bezwaar with the reason. */
  async toets(tenant: TenantContext, tafelId: string, afspraakId: string, dto: ToetsingDto): Promise<{ afspraak: Afspraak; toetsing: AfspraakToetsing }> {
    const reden = dto.reden?.trim() || null;
    weigerPersoonsgegevens({ reden });
    return this.dataSource.transaction(async (manager) => {
      const tafel = await vergrendelTafel(manager, tenant, tafelId);
      const afspraak = await this.vergrendel(manager, tafel, afspraakId);
      TOETSING_LEVENSLOOP.toegestaneStap(toetsingToestand(afspraak, tafel), dto.oordeel, 'toetsing', actorVan(tenant), { reden: reden ?? undefined });
      const toetsing = Object.assign(new AfspraakToetsing(), {
        id: randomUUID(),
        afspraakId: afspraak.id,
        regio: afspraak.regio,
        oordeel: dto.oordeel,
        reden,
        juristSub: tenant.subject,
        getoetstOp: this.klok.nu(),
      });
      await manager.insert(AfspraakToetsing, toetsing);
      afspraak.toetsing = dto.oordeel;
      await manager.update(Afspraak, { id: afspraak.id }, { toetsing: afspraak.toetsing });
      await this.outbox.add(
        manager,
        this.outbox.event(afspraakGetoetstV1, {
          afspraakId: afspraak.id,
          tafelId: afspraak.tafelId,
          regio: afspraak.regio,
          versie: afspraak.versie,
          toetsingId: toetsing.id,
          oordeel: toetsing.oordeel,
          eigenaar: afspraak.eigenaar,
          getoetstOp: toetsing.getoetstOp.toISOString(),
        }),
      );
      return { afspraak, toetsing };
    });
  }

  /** The owner reports: `lopend` is news on a recorded agreement; `uitgevoerd` and `gestopt` (with a reason) are steps. */
  async meldVoortgang(tenant: TenantContext, tafelId: string, afspraakId: string, dto: VoortgangDto): Promise<Afspraak> {
    const reden = dto.reden?.trim() || undefined;
    weigerPersoonsgegevens({ reden });
    return this.dataSource.transaction(async (manager) => {
      const tafel = await vergrendelTafel(manager, tenant, tafelId);
      const afspraak = await this.vergrendel(manager, tafel, afspraakId);
      // A taken-over agreement follows the adopting gemeente's course, which goes on after the table closed.
      if (!afspraak.overgenomenVanId) weigerAfgerond(tafel.status, 'de voortgang van haar afspraken ligt vast');
      const toestand = { status: afspraak.status, eigenaar: afspraak.eigenaar, behandelaarSub: tafel.behandelaarSub };
      const actor = actorVan(tenant);
      if (dto.voortgang === 'lopend') {
        // Not a step: the engine is asked whether the owner may report on the agreement at all.
        AFSPRAAK_LEVENSLOOP.toegestaneStap(toestand, 'uitgevoerd', 'voortgang', actor, {});
      } else {
        AFSPRAAK_LEVENSLOOP.toegestaneStap(toestand, dto.voortgang, 'voortgang', actor, { stopreden: reden });
        afspraak.status = dto.voortgang;
      }
      afspraak.voortgang = dto.voortgang;
      afspraak.stopreden = dto.voortgang === 'gestopt' ? (reden ?? null) : afspraak.stopreden;
      afspraak.gewijzigdOp = this.klok.nu();
      await manager.update(Afspraak, { id: afspraak.id }, { status: afspraak.status, voortgang: afspraak.voortgang, stopreden: afspraak.stopreden, gewijzigdOp: afspraak.gewijzigdOp });
      return afspraak;
    });
  }

  /** The agreements of a table (every version), with their checks, for every user of the region. */
  async vanTafel(tenant: RegioScope, tafelId: string): Promise<{ afspraken: Afspraak[]; toetsingen: AfspraakToetsing[] }> {
    const tafel = await tafels.findOne(this.dataSource.manager, tenant, { id: tafelId });
    if (!tafel) throw new NietGevonden(`Tafel ${tafelId}`);
    return this.lijstVan(tafel);
  }

  async lijstVan(tafel: Pick<Tafel, 'id' | 'regio'>, manager: EntityManager = this.dataSource.manager): Promise<{ afspraken: Afspraak[]; toetsingen: AfspraakToetsing[] }> {
    const lijst = await manager.find(Afspraak, { where: { regio: tafel.regio, tafelId: tafel.id }, order: { opgesteldOp: 'ASC', id: 'ASC' } });
    return { afspraken: lijst, toetsingen: await this.toetsingenVan(manager, lijst) };
  }

  /**
   * The jurist's queue: concept agreements of the caller's regions by the state of their check,
   * oldest first, with their table. Agreements the caller may not check (their own organisation's)
   * are left out.
   */
  async teToetsen(tenant: TenantContext, query: AfsprakenQuery): Promise<AfsprakenMetTafel> {
    if (!tenant.rollen.includes('jurist')) {
      throw new NietBevoegd('Alleen juristen zien de afspraken om te toetsen; kies betrokken, eigenaar of status voor een lijst van afspraken.', 'geen-jurist');
    }
    const qb = afspraken
      .query(this.dataSource.manager, tenant, 'a')
      .andWhere("a.status = 'concept' AND a.toetsing = :toetsing", { toetsing: query.toetsing ?? 'open' })
      .orderBy('a.opgesteld_op', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (tenant.organisatie) qb.andWhere('a.eigenaar <> :organisatie', { organisatie: tenant.organisatie });
    return this.paginaMetTafels(tenant, qb, query);
  }

  /**
   * The region's agreements for every role, by the filters, the nearest deadline first: with
   * `betrokken` those of the tables the caller takes part in and those their organisation owns.
   */
  async zoek(tenant: TenantContext, query: AfsprakenQuery): Promise<AfsprakenMetTafel> {
    const qb = afspraken.query(this.dataSource.manager, tenant, 'a');
    if (query.status?.length) qb.andWhere('a.status IN (:...status)', { status: query.status });
    if (query.toetsing) qb.andWhere('a.toetsing = :toetsing', { toetsing: query.toetsing });
    if (query.eigenaar) qb.andWhere('a.eigenaar = :eigenaar', { eigenaar: query.eigenaar });
    if (query.betrokken) {
      const { sql, parameters } = betrokkenTafels(this.dataSource, tenant);
      qb.andWhere(tenant.organisatie ? `(a.tafel_id IN (${sql}) OR a.eigenaar = :betrokkenOrganisatie)` : `a.tafel_id IN (${sql})`, parameters);
    }
    return this.paginaMetTafels(tenant, qb.orderBy('a.deadline', 'ASC').addOrderBy('a.id', 'ASC'), query);
  }

  private async paginaMetTafels(tenant: TenantContext, qb: SelectQueryBuilder<Afspraak>, query: AfsprakenQuery): Promise<AfsprakenMetTafel> {
    const manager = this.dataSource.manager;
    const [lijst, totaal] = await qb
      .skip((query.pagina - 1) * query.paginaGrootte)
      .take(query.paginaGrootte)
      .getManyAndCount();
    const tafelIds = [...new Set(lijst.map((a) => a.tafelId))];
    const perId = new Map((tafelIds.length ? await manager.find(Tafel, { where: { id: In(tafelIds), regio: In([...tenant.regios]) } }) : []).map((t) => [t.id, t]));
    return {
      items: lijst.flatMap((afspraak) => {
        const tafel = perId.get(afspraak.tafelId);
        return tafel ? [{ afspraak, tafel }] : [];
      }),
      toetsingen: await this.toetsingenVan(manager, lijst),
      totaal,
    };
  }

  private async toetsingenVan(manager: EntityManager, lijst: readonly Afspraak[]): Promise<AfspraakToetsing[]> {
    if (!lijst.length) return [];
    return manager.find(AfspraakToetsing, {
      where: { regio: lijst[0].regio, afspraakId: In(lijst.map((a) => a.id)) },
      order: { getoetstOp: 'ASC', id: 'ASC' },
    });
  }

  /** Every check on the fields at once, so the caller hears of all that is wrong in one answer. */
  private async controleer(manager: EntityManager, tafel: Tafel, velden: AfspraakVeldenDto & { soort: AfspraakSoort; bijeenkomstId: string }, eerdereGemeenten?: readonly string[]): Promise<Inhoud> {
    const fouten: InvoerFout[] = [];
    const verplicht = { omschrijving: 'een afspraak beschrijft wat er is afgesproken', eigenaar: 'een afspraak heeft een eigenaar: een organisatie aan tafel', deadline: 'een afspraak heeft een deadline', rechtsgrond: 'een afspraak noemt de rechtsgrond waarin zij past' };
    for (const [naam, reden] of Object.entries(verplicht)) {
      if (!velden[naam as keyof typeof verplicht]?.trim()) fouten.push({ naam, code: 'verplicht', reden });
    }
    if (velden.eigenaar && !(await this.deelnemers.organisaties(manager, tafel)).has(velden.eigenaar)) {
      fouten.push({ naam: 'eigenaar', code: 'niet-aan-tafel', reden: `organisatie '${velden.eigenaar}' zit niet aan deze tafel` });
    }
    if (velden.deadline) fouten.push(...deadlineFouten(velden.deadline, this.klok.nu()));
    const bijeenkomst = await manager.findOne(Bijeenkomst, { where: { regio: tafel.regio, tafelId: tafel.id, id: velden.bijeenkomstId }, select: { id: true, status: true } });
    if (!bijeenkomst) fouten.push({ naam: 'bijeenkomstId', code: 'niet-van-tafel', reden: 'deze bijeenkomst hoort niet bij deze tafel' });
    else if (bijeenkomst.status !== 'gehouden') {
      fouten.push({ naam: 'bijeenkomstId', code: 'niet-gehouden', reden: `deze bijeenkomst heeft status '${bijeenkomst.status}'; een afspraak wordt gemaakt in een bijeenkomst die is gehouden` });
    }
    if (velden.soort === 'outcomecriterium' && !velden.outcomecriterium) {
      fouten.push({ naam: 'outcomecriterium', code: 'verplicht', reden: 'een outcomecriterium definieert zijn indicator: code, naam, definitie, eenheid, richting en doelwaarde' });
    }
    if (velden.soort !== 'outcomecriterium' && velden.outcomecriterium) {
      fouten.push({ naam: 'outcomecriterium', code: 'hoort-niet-bij-soort', reden: `outcomecriterium hoort alleen bij soort outcomecriterium, niet bij ${velden.soort}` });
    }
    if (velden.voorDeHeleRegio === true && velden.gemeente) {
      fouten.push({ naam: 'gemeente', code: 'dubbel', reden: 'kies één gemeente of voorDeHeleRegio, niet allebei' });
    } else if (velden.gemeente && !tafel.gemeenten.includes(velden.gemeente)) {
      fouten.push({ naam: 'gemeente', code: 'niet-van-tafel', reden: `gemeente ${velden.gemeente} hoort niet bij deze tafel (${tafel.gemeenten.join(', ')})` });
    } else if (!velden.gemeente && velden.voorDeHeleRegio !== true && !eerdereGemeenten?.length) {
      fouten.push({ naam: 'gemeente', code: 'verplicht', reden: 'een afspraak geldt voor één gemeente van de tafel (gemeente) of voor de hele regio (voorDeHeleRegio)' });
    }
    if (fouten.length) throw new OngeldigeInvoer(fouten);
    return {
      soort: velden.soort,
      omschrijving: (velden.omschrijving ?? '').trim(),
      eigenaar: velden.eigenaar ?? '',
      deadline: velden.deadline ?? '',
      rechtsgrond: (velden.rechtsgrond ?? '').trim(),
      ...(await this.gemeentenVan(manager, tafel, velden, eerdereGemeenten)),
      bijeenkomstId: velden.bijeenkomstId,
      outcomecriterium: velden.soort === 'outcomecriterium' ? { ...(velden.outcomecriterium as Outcomecriterium) } : null,
    };
  }

  private async gemeentenVan(manager: EntityManager, tafel: Tafel, velden: AfspraakVeldenDto, eerder?: readonly string[]): Promise<Pick<Afspraak, 'gemeenten' | 'voorDeHeleRegio'>> {
    if (velden.gemeente) return { gemeenten: [velden.gemeente], voorDeHeleRegio: false };
    if (velden.voorDeHeleRegio !== true) return { gemeenten: [...(eerder ?? [])], voorDeHeleRegio: false };
    const gemeenten = [...(await this.register.gemeenten(tafel.regio, manager)).keys()];
    if (!gemeenten.length) throw new RegisterOnbekend(tafel.regio);
    return { gemeenten, voorDeHeleRegio: true };
  }

  private async opgesteld(manager: EntityManager, a: Afspraak): Promise<void> {
    await this.outbox.add(manager, afspraakOpgesteld(this.outbox, a));
  }

  private async vergrendel(manager: EntityManager, tafel: Tafel, id: string): Promise<Afspraak> {
    const afspraak = await manager
      .createQueryBuilder(Afspraak, 'a')
      .where('a.regio = :regio AND a.tafel_id = :tafelId AND a.id = :id', { regio: tafel.regio, tafelId: tafel.id, id })
      .setLock('pessimistic_write')
      .getOne();
    if (!afspraak) throw new NietGevonden(`Afspraak ${id}`);
    return afspraak;
  }
}

/** Tells monitoring of a drafted agreement (also of one taken over, with `overgenomenVanId`), so it can make a plan. */
export function afspraakOpgesteld(outbox: OutboxWriter, a: Afspraak) {
  return outbox.event(afspraakOpgesteldV1, {
    afspraakId: a.id,
    tafelId: a.tafelId,
    regio: a.regio,
    versie: a.versie,
    soort: a.soort,
    bijeenkomstId: a.bijeenkomstId,
    eigenaar: a.eigenaar,
    gemeenten: a.gemeenten,
    voorDeHeleRegio: a.voorDeHeleRegio,
    deadline: a.deadline,
    ...(a.vorigeVersieId ? { vorigeVersieId: a.vorigeVersieId } : {}),
    ...(a.overgenomenVanId ? { overgenomenVanId: a.overgenomenVanId } : {}),
    ...(a.outcomecriterium ? { outcomecriterium: a.outcomecriterium } : {}),
    opgesteldOp: a.gewijzigdOp.toISOString(),
  });
}

export function actorVan(tenant: TenantContext): Actor {
  return {
    soort: 'persoon',
    subject: tenant.subject,
    rollen: tenant.rollen,
    ...(tenant.organisatie ? { organisatie: tenant.organisatie } : {}),
    ...(tenant.gemeente ? { gemeente: tenant.gemeente } : {}),
  };
}

function weigerTenzijBehandelaar(tafel: Tafel, tenant: TenantContext): void {
  if (tafel.behandelaarSub !== tenant.subject || !tenant.rollen.includes('gemeente')) {
    throw new NietBevoegd('Alleen de behandelaar van de tafel stelt afspraken op en wijzigt ze.', 'geen-behandelaar');
  }
}

function toetsingToestand(afspraak: Afspraak, tafel: Tafel) {
  return { status: afspraak.toetsing, afspraakStatus: afspraak.status, eigenaar: afspraak.eigenaar, behandelaarSub: tafel.behandelaarSub };
}

function nieuweStaat(tenant: TenantContext, nu: Date): Pick<Afspraak, 'status' | 'toetsing' | 'voortgang' | 'stopreden' | 'monitoringplanId' | 'planBevestigd' | 'opgesteldDoorSub' | 'opgesteldOp' | 'gewijzigdOp' | 'vastgelegdOp'> {
  return { status: 'concept', toetsing: 'open', voortgang: null, stopreden: null, monitoringplanId: null, planBevestigd: false, opgesteldDoorSub: tenant.subject, opgesteldOp: nu, gewijzigdOp: nu, vastgelegdOp: null };
}

function huidigeVelden(a: Afspraak): AfspraakVeldenDto & { soort: AfspraakSoort; bijeenkomstId: string } {
  return {
    soort: a.soort,
    bijeenkomstId: a.bijeenkomstId,
    omschrijving: a.omschrijving,
    eigenaar: a.eigenaar,
    deadline: a.deadline,
    rechtsgrond: a.rechtsgrond,
    ...(a.voorDeHeleRegio ? { voorDeHeleRegio: true } : {}),
    ...(a.outcomecriterium ? { outcomecriterium: a.outcomecriterium } : {}),
  };
}

/** A PATCH names only what changes; an explicit `gemeente` replaces voorDeHeleRegio and the other way round. */
function zonderOngedefinieerd(dto: AfspraakWijzigenDto): Partial<AfspraakWijzigenDto> {
  const velden = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<AfspraakWijzigenDto>;
  if (velden.gemeente && velden.voorDeHeleRegio === undefined) velden.voorDeHeleRegio = false;
  if (velden.soort && velden.soort !== 'outcomecriterium' && velden.outcomecriterium === undefined) velden.outcomecriterium = undefined;
  return velden;
}

