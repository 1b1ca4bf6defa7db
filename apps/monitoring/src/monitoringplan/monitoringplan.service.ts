import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import {
  AfspraakIngetrokkenV1,
  AfspraakVastgelegdV1,
  MonitoringplanGeevalueerdV1,
  monitoringplanAangemaaktV1,
  monitoringplanBevestigdV1,
  monitoringplanGeevalueerdV1,
} from '@koers/contracts';
import { BestaatAl, BUITENSTAANDER, InvoerFout, NietGevonden, OngeldigeInvoer, Statusconflict } from '@koers/domain';
import { DueWorkFabriek, KLOK, Klok, VANDAAG_IN_NEDERLAND, wekNaCommit } from '@koers/due-work';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, schemaOf, tabel, TenantRepository } from '@koers/persistence';
import { AfspraakService } from '../afspraak/afspraak.service';
import { Gemeente } from '../gebied/gebied.entity';
import { GebiedService } from '../gebied/gebied.service';
import { IndicatorService } from '../indicator/indicator.service';
import { MONITORING_SETTINGS, MonitoringSettings } from '../monitoring.settings';
import { Meting } from '../meting/meting.entity';
import { leesPeriode, vergelijkPeriodes } from '../meting/periode.rules';
import { MonitoringplanMakenDto } from './dto/monitoringplan.dto';
import { Monitoringplan, MonitoringplanEvaluatie, PlanIndicatorOpslag } from './monitoringplan.entity';
import { evalueer, Evaluatie, groepeerReeksen, Meetpunt, PlanMeting, samenvatting, vulNulmetingAan } from './monitoringplan.rules';
import { MONITORINGPLAN_LEVENSLOOP, SYSTEEM } from './monitoringplan-levensloop.rules';
import { PlanStand, standVan } from './monitoringplan-stand.rules';
import { Namen, toonEvaluatie } from './monitoringplan-weergave.rules';

/** A figure as the follow-up query returns it: indicator, gemeente, periode, waarde, teller, bron. */
type PuntRij = [string, string | null, string, number, number | null, string];

/** Which plans a list shows: of one kind of subject, of some subjects. */
export interface PlanFilter {
  onderwerpSoort?: 'afspraak' | 'pilot';
  onderwerpIds?: string[];
}

const plannen = new TenantRepository(Monitoringplan);
const STANDAARD_NULMETING_PERIODEN = 4;
/** The due work that evaluates plans on their evaluation date. */
const EVALUATIE = 'planevaluatie';

@Injectable()
export class MonitoringplanService {
  private readonly logger = new Logger(MonitoringplanService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly gebieden: GebiedService,
    private readonly afspraken: AfspraakService,
    private readonly outbox: OutboxWriter,
    @Inject(KLOK) private readonly klok: Klok,
    dueWork: DueWorkFabriek,
    @Inject(MONITORING_SETTINGS) settings: MonitoringSettings,
  ) {
    // Plans are evaluated on their evaluation date; the due date lives in the database, so a plan that
    // fell due while the service was down is evaluated at the next run, on the clock's Dutch date.
    dueWork.inTransactie({
      naam: EVALUATIE,
      intervalMs: settings.evaluatieIntervalMs,
      batch: 20,
      due: { tabel: 'monitoringplan', wanneer: `d.status IN ('lopend', 'bevestigd') AND d.evaluatiedatum <= ${VANDAAG_IN_NEDERLAND}`, volgorde: 'd.evaluatiedatum' },
      verwerk: (manager, ids) => this.evalueerOpDatum(manager, ids),
    });
  }

  /** A new plan; its baseline is taken from the series now, and stays as it was then. */
  async maak(tenant: TenantContext, dto: MonitoringplanMakenDto): Promise<Monitoringplan> {
    const regio = kiesRegio(tenant, dto.regio);
    const vergelijkingsgemeenten = dto.vergelijkingsgemeenten ?? [];
    await this.controleer(regio, dto, vergelijkingsgemeenten);
    const nulmetingPerioden = dto.nulmetingPerioden ?? STANDAARD_NULMETING_PERIODEN;
    const reeksen = await this.reeksen(this.dataSource.manager, regio, dto.indicatoren, [...dto.gemeenten, ...vergelijkingsgemeenten]);
    const indicatoren: PlanIndicatorOpslag[] = dto.indicatoren.map((i) => ({
      indicator: i.indicator,
      doelwaarde: i.doelwaarde,
      richting: i.richting,
      ...(i.bron ? { bron: i.bron } : {}),
      nulmeting: vulNulmetingAan({}, reeksen.get(i.indicator), [...dto.gemeenten, ...vergelijkingsgemeenten], dto.nulmetingTot, nulmetingPerioden).nulmeting,
    }));
    const plan = Object.assign(new Monitoringplan(), {
      id: randomUUID(),
      regio,
      onderwerpSoort: dto.onderwerp.soort,
      onderwerpId: dto.onderwerp.id,
      titel: dto.titel,
      gemeenten: dto.gemeenten,
      vergelijkingsgemeenten,
      indicatoren,
      nulmetingTot: dto.nulmetingTot,
      nulmetingPerioden,
      meetmomenten: sorteerPerioden(dto.meetmomenten),
      evaluatiedatum: dto.evaluatiedatum,
      status: 'lopend' as const,
      oordeel: null,
      geevalueerdOp: null,
      bevestigdOp: null,
      aangemaaktDoor: tenant.username ?? tenant.subject,
      aangemaaktOp: this.klok.nu(),
    });
    await this.dataSource.transaction(async (manager) => {
      if (plan.onderwerpSoort === 'afspraak') await this.controleerAfspraak(manager, plan);
      await manager.insert(Monitoringplan, plan);
      await this.outbox.add(
        manager,
        this.outbox.event(monitoringplanAangemaaktV1, {
          monitoringplanId: plan.id,
          regio,
          onderwerp: { soort: plan.onderwerpSoort, id: plan.onderwerpId },
          indicatoren: plan.indicatoren.map((i) => i.indicator),
          evaluatiedatum: plan.evaluatiedatum,
          aangemaaktOp: plan.aangemaaktOp.toISOString(),
        }),
      );
      // A plan whose evaluation date has passed already is evaluated at once, not at the next interval.
      await wekNaCommit(manager, EVALUATIE);
    });
    return plan;
  }

  /**
   * An agreement's plan needs the agreement as tafels reported it, in the plan's region, for some of
   * its gemeenten (an outcome criterion: on its own indicator), and one plan per agreement version:
   * an amended agreement is a new version with its own plan. The subject stays locked until the plan
   * is stored, so two requests at once make one plan.
   */
  private async controleerAfspraak(manager: EntityManager, plan: Monitoringplan): Promise<void> {
    const afspraak = await this.afspraken.voorPlan(manager, plan.regio, plan.onderwerpId);
    const fouten: InvoerFout[] = plan.gemeenten
      .filter((g) => !afspraak.gemeenten.includes(g))
      .map((code) => ({ naam: 'gemeenten', code: 'buiten-afspraak', reden: `${code} hoort niet bij de afspraak, die geldt voor ${afspraak.gemeenten.join(', ')}` }));
    // An outcome criterion is the indicator it defines: its plan measures that one.
    if (afspraak.indicator && !plan.indicatoren.some((i) => i.indicator === afspraak.indicator)) {
      fouten.push({ naam: 'indicatoren', code: 'outcomecriterium-ontbreekt', reden: `het plan van dit outcomecriterium meet de indicator die het definieert: ${afspraak.indicator}` });
    }
    if (fouten.length) throw new OngeldigeInvoer(fouten);
    const bestaand = await plannen
      .query(manager, { regios: [plan.regio] }, 'p')
      .andWhere("p.onderwerpSoort = 'afspraak' AND p.onderwerpId = :id", { id: plan.onderwerpId })
      .getOne();
    if (bestaand) throw new BestaatAl(`Afspraak ${plan.onderwerpId} heeft al monitoringplan ${bestaand.id}; een gewijzigde afspraak krijgt als nieuwe versie een eigen plan.`);
  }

  /**
   * Tafels recorded the agreement with this plan: monitoring takes it on (`bevestigd`). A baseline
   * still pending is taken now if the figures are there; the fact says whether the baseline is complete.
   */
  async bevestig(manager: EntityManager, data: AfspraakVastgelegdV1): Promise<void> {
    const plan = await plannen.query(manager, { regios: [data.regio] }, 'p').andWhere('p.id = :id', { id: data.monitoringplanId }).setLock('pessimistic_write').getOne();
    if (!plan) throw new NietGevonden(`Monitoringplan ${data.monitoringplanId}`);
    if (plan.status === 'bevestigd' && plan.onderwerpId === data.afspraakId) return; // told again: nothing changes
    MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan, 'bevestigd', 'afspraak_vastgelegd', SYSTEEM, { afspraakId: data.afspraakId });
    const indicatoren = await this.metNulmetingAangevuld(manager, plan);
    const bevestigdOp = this.klok.nu();
    await manager.update(Monitoringplan, { id: plan.id }, { status: 'bevestigd', bevestigdOp, indicatoren });
    const nulmetingCompleet = indicatoren.every((i) => plan.gemeenten.every((g) => Object.prototype.hasOwnProperty.call(i.nulmeting, g)));
    await this.outbox.add(
      manager,
      this.outbox.event(monitoringplanBevestigdV1, {
        monitoringplanId: plan.id,
        regio: plan.regio,
        onderwerp: { soort: plan.onderwerpSoort, id: plan.onderwerpId },
        evaluatiedatum: plan.evaluatiedatum,
        nulmetingCompleet,
        bevestigdOp: bevestigdOp.toISOString(),
      }),
    );
    this.logger.log({ monitoringplanId: plan.id, afspraakId: data.afspraakId, nulmetingCompleet }, 'monitoringplan bevestigd');
  }

  /** The plan of a dropped concept agreement lapses; it has none, or it lapsed before: nothing changes. */
  async laatVervallen(manager: EntityManager, data: AfspraakIngetrokkenV1): Promise<void> {
    const plan = await plannen
      .query(manager, { regios: [data.regio] }, 'p')
      .andWhere("p.onderwerpSoort = 'afspraak' AND p.onderwerpId = :afspraakId", { afspraakId: data.afspraakId })
      .setLock('pessimistic_write')
      .getOne();
    if (!plan || plan.status === 'vervallen') return;
    MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan, 'vervallen', 'afspraak_ingetrokken', SYSTEEM, { afspraakId: data.afspraakId });
    await manager.update(Monitoringplan, { id: plan.id }, { status: 'vervallen', vervallenOp: new Date(data.ingetrokkenOp) });
    this.logger.log({ monitoringplanId: plan.id, afspraakId: data.afspraakId }, 'monitoringplan vervallen: afspraak ingetrokken');
  }

  /** The plan's indicators with every baseline that can be taken by now (see vulNulmetingAan). */
  private async metNulmetingAangevuld(manager: EntityManager, plan: Monitoringplan, gelezen?: Map<string, Map<string, Meetpunt[]>>): Promise<PlanIndicatorOpslag[]> {
    const gemeenten = [...plan.gemeenten, ...plan.vergelijkingsgemeenten];
    const reeksen = gelezen ?? (await this.reeksen(manager, plan.regio, plan.indicatoren, gemeenten));
    return plan.indicatoren.map((i) => ({ ...i, nulmeting: vulNulmetingAan(i.nulmeting, reeksen.get(i.indicator), gemeenten, plan.nulmetingTot, plan.nulmetingPerioden).nulmeting }));
  }

  /** Gemeente names of a region by code, for the texts people read. */
  async namen(regio: string): Promise<Namen> {
    return Object.fromEntries([...(await this.gebieden.gemeentenVan(regio)).values()].map((g) => [g.code, g.naam]));
  }

  async een(tenant: TenantContext, id: string): Promise<{ plan: Monitoringplan; evaluaties: MonitoringplanEvaluatie[]; namen: Namen }> {
    const plan = await plannen.findOne(this.dataSource.manager, tenant, { id });
    if (!plan) throw new NietGevonden(`Monitoringplan ${id}`);
    const [evaluaties, namen] = await Promise.all([
      this.dataSource.getRepository(MonitoringplanEvaluatie).find({ where: { monitoringplanId: id }, order: { geevalueerdOp: 'ASC' } }),
      this.namen(plan.regio),
    ]);
    return { plan, evaluaties, namen };
  }

  /**
   * Plans with where they stand now, for many subjects at once (the follow-up of a table's
   * agreements): plans, their figures and the gemeente names in ONE query, whatever the number of
   * subjects; the stand is made per viewer.
   */
  async lijst(tenant: TenantContext, filter: PlanFilter = {}): Promise<Array<{ plan: Monitoringplan; stand: PlanStand }>> {
    const q = plannen.query(this.dataSource.manager, tenant, 'p');
    if (filter.onderwerpSoort) q.andWhere('p.onderwerpSoort = :soort', { soort: filter.onderwerpSoort });
    if (filter.onderwerpIds) q.andWhere('p.onderwerpId IN (:...ids)', { ids: filter.onderwerpIds });
    // Per plan, every series it reads (indicator × plan and comparison gemeente, through meting_sleutel): the
    // figures after the baseline, and those up to it only where a baseline is still pending.
    const punten = `(SELECT COALESCE(json_agg(json_build_array(m.indicator, m.gemeente, m.periode, m.waarde, m.teller, m.bron) ORDER BY m.gewijzigd_op), '[]'::json)
        FROM jsonb_array_elements(p.indicatoren) i
        CROSS JOIN unnest(p.gemeenten || p.vergelijkingsgemeenten) AS g(code)
        JOIN ${tabel(schemaOf(this.dataSource), 'meting').tekst} m ON m.regio = p.regio AND m.indicator = i->>'indicator' AND COALESCE(m.gemeente, '') = g.code
        WHERE m.periode > p.nulmeting_tot OR i->'nulmeting'->g.code IS NULL)`;
    const { entities, raw } = await q
      .addSelect(punten, 'punten')
      .addSelect((sub) => sub.select("COALESCE(jsonb_object_agg(g.code, g.naam), '{}'::jsonb)").from(Gemeente, 'g').where('g.regio = p.regio'), 'namen')
      .orderBy('p.aangemaaktOp', 'DESC')
      .getRawAndEntities<{ p_id: string; punten: PuntRij[]; namen: Namen }>();
    const perId = new Map(raw.map((r) => [r.p_id, r]));
    return entities.map((plan) => {
      const rij = perId.get(plan.id);
      const metingen = (rij?.punten ?? []).map(([indicator, gemeente, periode, waarde, teller, bron]): PlanMeting => ({ indicator, gemeente, periode, waarde, teller, bron }));
      return { plan, stand: standVan(plan, groepeerReeksen(metingen, plan.indicatoren), rij?.namen ?? {}, tenant) };
    });
  }

  /** On request (an interim or a repeated verdict); the plan's status changes only on its evaluation date. */
  async evalueerOpVerzoek(tenant: TenantContext, id: string): Promise<{ plan: Monitoringplan; evaluatie: MonitoringplanEvaluatie; namen: Namen }> {
    const evaluatie = await this.dataSource.transaction(async (manager) => {
      const plan = await plannen.query(manager, tenant, 'p').andWhere('p.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!plan) throw new NietGevonden(`Monitoringplan ${id}`);
      if (plan.status === 'vervallen') {
        throw new Statusconflict(`Het monitoringplan heeft status 'vervallen': de afspraak ervan is ingetrokken, er valt niets te beoordelen.`, plan.status, ['een plan dat niet is vervallen']);
      }
      return { plan, evaluatie: await this.evalueer(manager, plan, 'op_verzoek') };
    });
    return { ...evaluatie, namen: await this.namen(evaluatie.plan.regio) };
  }

  /** The plans the evaluation due work claimed, evaluated once each in its transaction. */
  private async evalueerOpDatum(manager: EntityManager, ids: string[]): Promise<void> {
    const beurt = await manager.getRepository(Monitoringplan).find({ where: { id: In(ids) }, order: { evaluatiedatum: 'ASC' } });
    for (const plan of beurt) await this.evalueer(manager, plan, 'evaluatiedatum');
  }

  private async evalueer(manager: EntityManager, plan: Monitoringplan, aanleiding: MonitoringplanEvaluatie['aanleiding']): Promise<MonitoringplanEvaluatie> {
    if (aanleiding === 'evaluatiedatum') MONITORINGPLAN_LEVENSLOOP.toegestaneStap(plan, 'geevalueerd', 'evaluatiedatum', SYSTEEM, {});
    const [reeksen, namen] = await Promise.all([
      this.reeksen(manager, plan.regio, plan.indicatoren, [...plan.gemeenten, ...plan.vergelijkingsgemeenten]),
      this.namen(plan.regio),
    ]);
    plan.indicatoren = await this.metNulmetingAangevuld(manager, plan, reeksen);
    const perIndicator = plan.indicatoren.map((i) => ({
      indicator: i.indicator,
      ...evalueer({
        plan: { ...i, gemeenten: plan.gemeenten, vergelijkingsgemeenten: plan.vergelijkingsgemeenten },
        meetmomenten: plan.meetmomenten,
        reeksen: Object.fromEntries(reeksen.get(i.indicator) ?? []),
        namen,
      }),
    }));
    const oordeel = samenvatting(perIndicator.map((e) => e.oordeel));
    const evaluatie = Object.assign(new MonitoringplanEvaluatie(), {
      id: randomUUID(),
      monitoringplanId: plan.id,
      aanleiding,
      oordeel,
      toelichting: perIndicator.map((e) => `${e.indicator}: ${e.toelichting}`).join('\n'),
      indicatoren: perIndicator,
      geevalueerdOp: this.klok.nu(),
    });
    await manager.insert(MonitoringplanEvaluatie, evaluatie);
    await manager.update(Monitoringplan, { id: plan.id }, {
      indicatoren: plan.indicatoren,
      oordeel,
      geevalueerdOp: evaluatie.geevalueerdOp,
      ...(aanleiding === 'evaluatiedatum' ? { status: 'geevalueerd' as const } : {}),
    });
    await this.outbox.add(manager, this.outbox.event(monitoringplanGeevalueerdV1, eventData(plan, evaluatie, perIndicator, namen)));
    this.logger.log({ monitoringplanId: plan.id, aanleiding, oordeel }, 'monitoringplan geëvalueerd');
    return evaluatie;
  }

  /** Per indicator and gemeente the points that count: of the plan's source, else per period the most recently changed figure. */
  private async reeksen(
    manager: EntityManager,
    regio: string,
    indicatoren: Array<{ indicator: string; bron?: string }>,
    gemeenten: string[],
  ): Promise<Map<string, Map<string, Meetpunt[]>>> {
    const metingen = await manager
      .getRepository(Meting)
      .createQueryBuilder('m')
      .where('m.regio = :regio AND m.indicator IN (:...indicatoren) AND m.gemeente IN (:...gemeenten)', {
        regio,
        indicatoren: indicatoren.map((i) => i.indicator),
        gemeenten,
      })
      .orderBy('m.gewijzigdOp', 'ASC')
      .getMany();
    return groepeerReeksen(metingen, indicatoren);
  }

  private async controleer(regio: string, dto: MonitoringplanMakenDto, vergelijkingsgemeenten: string[]): Promise<void> {
    const [gemeenten, indicatoren] = await Promise.all([this.gebieden.gemeentenVan(regio), this.indicatoren.zichtbaarIn(regio)]);
    const fouten: InvoerFout[] = [];
    for (const [veld, codes] of [['gemeenten', dto.gemeenten], ['vergelijkingsgemeenten', vergelijkingsgemeenten]] as const) {
      codes.filter((code) => !gemeenten.has(code)).forEach((code) => fouten.push({ naam: veld, code: 'gemeente-buiten-regio', reden: `${code} hoort niet bij regio ${regio}` }));
    }
    vergelijkingsgemeenten
      .filter((code) => dto.gemeenten.includes(code))
      .forEach((code) => fouten.push({ naam: 'vergelijkingsgemeenten', code: 'dubbel', reden: `${code} staat ook bij de gemeenten van het plan` }));
    dto.indicatoren.forEach((i, n) => {
      if (!indicatoren.has(i.indicator)) fouten.push({ naam: `indicatoren.${n}.indicator`, code: 'onbekend', reden: `indicator '${i.indicator}' bestaat niet in de catalogus van ${regio}` });
    });
    const tot = leesPeriode(dto.nulmetingTot);
    dto.meetmomenten.forEach((moment, n) => {
      const periode = leesPeriode(moment);
      if (!periode || !tot) return;
      if (periode.soort !== tot.soort) fouten.push({ naam: `meetmomenten.${n}`, code: 'andere-soort', reden: `${moment} is een ander soort periode dan de nulmeting (${dto.nulmetingTot})` });
      else if (vergelijkPeriodes(periode, tot) <= 0) fouten.push({ naam: `meetmomenten.${n}`, code: 'voor-nulmeting', reden: `${moment} ligt niet na de nulmeting (${dto.nulmetingTot})` });
    });
    if (fouten.length) throw new OngeldigeInvoer(fouten);
  }
}

function sorteerPerioden(codes: string[]): string[] {
  return [...new Set(codes)].sort((a, b) => {
    const pa = leesPeriode(a);
    const pb = leesPeriode(b);
    return pa && pb ? vergelijkPeriodes(pa, pb) : a.localeCompare(b);
  });
}

/** The event leaves the plan's gemeenten: it carries what anyone outside them may see, and no suppressed number. */
function eventData(plan: Monitoringplan, evaluatie: MonitoringplanEvaluatie, perIndicator: Array<Evaluatie & { indicator: string }>, namen: Namen): MonitoringplanGeevalueerdV1 {
  const beslissend = plan.meetmomenten.at(-1);
  return {
    monitoringplanId: plan.id,
    regio: plan.regio,
    onderwerp: { soort: plan.onderwerpSoort, id: plan.onderwerpId },
    oordeel: evaluatie.oordeel,
    toelichting: evaluatie.toelichting,
    indicatoren: perIndicator
      .map((e) => ({ indicator: e.indicator, ...toonEvaluatie(e, { indicator: e.indicator, beslissend, kijker: BUITENSTAANDER, namen }) }))
      .map((e) => ({
        indicator: e.indicator,
        oordeel: e.oordeel,
        doelwaarde: e.doelwaarde,
        richting: e.richting,
        gemeenten: e.gemeenten.map((g) => ({
          gemeente: g.gemeente,
          ...(typeof g.nulmeting === 'number' ? { nulmeting: g.nulmeting } : {}),
          ...(g.laatste ? { laatstePeriode: g.laatste.periode } : {}),
          ...(typeof g.laatste?.waarde === 'number' ? { laatsteWaarde: g.laatste.waarde } : {}),
          ...(g.doelBereikt !== undefined ? { doelBereikt: g.doelBereikt } : {}),
        })),
        ...(typeof e.vergelijking?.verschilInVerschillen === 'number' ? { verschilInVerschillen: e.vergelijking.verschilInVerschillen } : {}),
      })),
    geevalueerdOp: evaluatie.geevalueerdOp.toISOString(),
    titel: plan.titel,
    gemeenten: plan.gemeenten,
  };
}
