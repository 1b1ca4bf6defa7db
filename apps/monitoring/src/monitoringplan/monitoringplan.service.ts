import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { kiesRegio, TenantContext } from '@koers/auth';
import { MonitoringOordeel, MonitoringplanGeevalueerdV1, monitoringplanGeevalueerdV1 } from '@koers/contracts';
import { BUITENSTAANDER, InvoerFout, NietGevonden, OngeldigeInvoer } from '@koers/domain';
import { DueWorkFabriek, wekNaCommit } from '@koers/due-work';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, TenantRepository } from '@koers/persistence';
import { GebiedService } from '../gebied/gebied.service';
import { IndicatorService } from '../indicator/indicator.service';
import { MONITORING_SETTINGS, MonitoringSettings } from '../monitoring.settings';
import { Meting } from '../meting/meting.entity';
import { leesPeriode, vergelijkPeriodes } from '../meting/periode.rules';
import { MonitoringplanMakenDto } from './dto/monitoringplan.dto';
import { Monitoringplan, MonitoringplanEvaluatie, PlanIndicatorOpslag } from './monitoringplan.entity';
import { bepaalNulmeting, evalueer, Evaluatie, gatenIn, Meetpunt, Nulmeting } from './monitoringplan.rules';
import { Namen, toonEvaluatie } from './monitoringplan-weergave.rules';

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
    private readonly outbox: OutboxWriter,
    dueWork: DueWorkFabriek,
    @Inject(MONITORING_SETTINGS) settings: MonitoringSettings,
  ) {
    // Plans are evaluated on their evaluation date; the due date lives in the database, so a plan that
    // fell due while the service was down is evaluated at the next run. The date is the clock's date in
    // the database session's time zone, as current_date was.
    dueWork.inTransactie({
      naam: EVALUATIE,
      intervalMs: settings.evaluatieIntervalMs,
      batch: 20,
      due: { tabel: 'monitoringplan', wanneer: `d.status = 'lopend' AND d.evaluatiedatum <= $1::timestamptz::date`, volgorde: 'd.evaluatiedatum' },
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
      nulmeting: Object.fromEntries(
        [...dto.gemeenten, ...vergelijkingsgemeenten].flatMap((gemeente) => {
          const nulmeting = bepaalNulmeting(reeksen.get(i.indicator)?.get(gemeente) ?? [], dto.nulmetingTot, nulmetingPerioden);
          return nulmeting ? [[gemeente, metGaten(nulmeting)]] : [];
        }),
      ),
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
      aangemaaktDoor: tenant.username ?? tenant.subject,
      aangemaaktOp: new Date(),
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Monitoringplan, plan);
      // A plan whose evaluation date has passed already is evaluated at once, not at the next interval.
      await wekNaCommit(manager, EVALUATIE);
    });
    return plan;
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

  lijst(tenant: TenantContext, onderwerpId?: string): Promise<Monitoringplan[]> {
    return plannen
      .query(this.dataSource.manager, tenant, 'p')
      .andWhere(onderwerpId ? 'p.onderwerpId = :onderwerpId' : 'TRUE', { onderwerpId })
      .orderBy('p.aangemaaktOp', 'DESC')
      .getMany();
  }

  /** On request (an interim or a repeated verdict); the plan's status changes only on its evaluation date. */
  async evalueerOpVerzoek(tenant: TenantContext, id: string): Promise<{ plan: Monitoringplan; evaluatie: MonitoringplanEvaluatie; namen: Namen }> {
    const evaluatie = await this.dataSource.transaction(async (manager) => {
      const plan = await plannen.query(manager, tenant, 'p').andWhere('p.id = :id', { id }).setLock('pessimistic_write').getOne();
      if (!plan) throw new NietGevonden(`Monitoringplan ${id}`);
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
    const [reeksen, namen] = await Promise.all([
      this.reeksen(manager, plan.regio, plan.indicatoren, [...plan.gemeenten, ...plan.vergelijkingsgemeenten]),
      this.namen(plan.regio),
    ]);
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
      geevalueerdOp: new Date(),
    });
    await manager.insert(MonitoringplanEvaluatie, evaluatie);
    await manager.update(Monitoringplan, { id: plan.id }, {
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
    const result = new Map<string, Map<string, Meetpunt[]>>();
    for (const { indicator, bron } of indicatoren) {
      const perGemeente = new Map<string, Map<string, Meetpunt>>();
      for (const m of metingen) {
        if (m.indicator !== indicator || m.gemeente === null || (bron && m.bron !== bron)) continue;
        const punten = perGemeente.get(m.gemeente) ?? new Map<string, Meetpunt>();
        punten.set(m.periode, { periode: m.periode, waarde: m.waarde, teller: m.teller }); // ordered by change time: the latest figure per period wins
        perGemeente.set(m.gemeente, punten);
      }
      result.set(indicator, new Map([...perGemeente].map(([gemeente, punten]) => [gemeente, [...punten.values()]])));
    }
    return result;
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

function samenvatting(oordelen: MonitoringOordeel[]): MonitoringOordeel {
  if (oordelen.includes('onvoldoende_data')) return 'onvoldoende_data';
  return oordelen.every((o) => o === 'effect_bereikt') ? 'effect_bereikt' : 'niet_bereikt';
}

function sorteerPerioden(codes: string[]): string[] {
  return [...new Set(codes)].sort((a, b) => {
    const pa = leesPeriode(a);
    const pb = leesPeriode(b);
    return pa && pb ? vergelijkPeriodes(pa, pb) : a.localeCompare(b);
  });
}

/** A baseline whose periods do not follow each other says which are missing. */
function metGaten(nulmeting: Nulmeting): Nulmeting {
  const gaten = gatenIn(nulmeting.periodes);
  return gaten.length ? { ...nulmeting, ontbrekendePerioden: gaten } : nulmeting;
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
