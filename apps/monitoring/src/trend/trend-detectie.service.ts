import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, CloudEvent } from '@koers/contracts';
import { OutboxWriter } from '@koers/messaging';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { Indicator } from '../indicator/indicator.entity';
import { IndicatorService } from '../indicator/indicator.service';
import { pgClientOf } from '../pg-client';
import { Koersdoel } from '../koersdoel/koersdoel.entity';
import { ONDERDRUKKINGSGRENS } from '../reeks/reeks.rules';
import { Afwijking, beoordeelReeks, Punt, STANDAARD_INSTELLINGEN, TrendInstellingen } from './trend.rules';

/** The series (indicator × gemeente × source × kind of period) an intake changed, filled in the same transaction. */
export const GEWIJZIGDE_REEKSEN = 'gewijzigde_reeksen';

/** An empty list of changed series for this transaction. */
export async function maakGewijzigdeReeksen(client: PoolClient): Promise<void> {
  await client.query(`CREATE TEMP TABLE IF NOT EXISTS ${GEWIJZIGDE_REEKSEN} (indicator text, gemeente text, bron text, soort text) ON COMMIT DROP`);
  await client.query(`TRUNCATE ${GEWIJZIGDE_REEKSEN}`);
}

/** Adds series to this transaction's list of changed series. */
export async function voegGewijzigdeReeksenToe(client: PoolClient, reeksen: Array<{ indicator: string; gemeente: string | null; bron: string; soort: string }>): Promise<void> {
  if (!reeksen.length) return;
  await client.query(`INSERT INTO ${GEWIJZIGDE_REEKSEN} (indicator, gemeente, bron, soort) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`, [
    reeksen.map((r) => r.indicator),
    reeksen.map((r) => r.gemeente),
    reeksen.map((r) => r.bron),
    reeksen.map((r) => r.soort),
  ]);
}

/** The kind of a canonical period code, in SQL (see periode.ts). */
export function soortSql(kolom: string): string {
  return `CASE WHEN length(${kolom}) = 4 THEN 'jaar' WHEN ${kolom} LIKE '%-H%' THEN 'halfjaar' WHEN ${kolom} LIKE '%-Q%' THEN 'kwartaal' ELSE 'maand' END`;
}

interface Reeks {
  indicator: string;
  gemeente: string | null;
  bron: string;
  punten: Array<Punt & { teller: number | null }>;
}

const GETOONDE_PUNTEN = 12;
const RIJEN_PER_KEER = 20_000;

/**
 * After new measurements, judges every changed series against its course (trend.rules.ts) and
 * raises `afwijking.gedetecteerd.v1` through the outbox — in the intake's own transaction, so a
 * delivery and its verdicts are stored together or not at all. A state already reported is skipped.
 */
@Injectable()
export class TrendDetectieService {
  private readonly logger = new Logger(TrendDetectieService.name);
  instellingen: TrendInstellingen = STANDAARD_INSTELLINGEN;
  /** The last run, for logs and the benchmark. */
  laatsteRonde = { reeksen: 0, afwijkingen: 0, durationMs: 0 };

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly indicatoren: IndicatorService,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * A course target was set or changed: its series are judged again against it (for a region-wide
   * target, every series of the indicator in the region; those with a target of their own keep it).
   */
  async herbeoordeel(manager: EntityManager, regio: string, indicator: string, gemeente: string | null): Promise<number> {
    const client = pgClientOf(manager);
    await maakGewijzigdeReeksen(client);
    await client.query(
      `INSERT INTO ${GEWIJZIGDE_REEKSEN} (indicator, gemeente, bron, soort)
       SELECT DISTINCT indicator, gemeente, bron, ${soortSql('periode')} FROM "${schemaOf(this.dataSource)}".meting
        WHERE regio = $1 AND indicator = $2 AND ($3::text IS NULL OR gemeente = $3)`,
      [regio, indicator, gemeente],
    );
    return this.detecteer(manager, client, regio);
  }

  async detecteer(manager: EntityManager, client: PoolClient, regio: string): Promise<number> {
    const begin = performance.now();
    const s = schemaOf(this.dataSource);
    const [richtingen, doelen] = await Promise.all([this.indicatoren.zichtbaarIn(regio), manager.getRepository(Koersdoel).findBy({ regio })]);
    let reeksen = 0;
    let afwijkingen = 0;
    for await (const deel of this.reeksen(client, s, regio)) {
      reeksen += deel.length;
      afwijkingen += await this.beoordeel(manager, client, s, regio, deel, richtingen, doelen);
    }
    this.laatsteRonde = { reeksen, afwijkingen, durationMs: performance.now() - begin };
    if (afwijkingen) this.logger.log({ regio, ...this.laatsteRonde }, 'afwijkingen gemeld');
    return afwijkingen;
  }

  private async beoordeel(
    manager: EntityManager,
    client: PoolClient,
    s: string,
    regio: string,
    reeksen: Reeks[],
    richtingen: Map<string, Indicator>,
    doelen: Koersdoel[],
  ): Promise<number> {
    const meldingen: Array<{ reeks: Reeks; afwijking: Afwijking; stand: string; doel: Koersdoel | null; punten: Punt[] }> = [];
    for (const reeks of reeksen) {
      const laatste = reeks.punten[reeks.punten.length - 1];
      // Small numbers are not judged: no trend can be read in them, and no signal may single out a child.
      if (laatste.teller !== null && laatste.teller < ONDERDRUKKINGSGRENS) continue;
      const doel = doelen.find((d) => d.indicator === reeks.indicator && d.gemeente === reeks.gemeente) ?? doelen.find((d) => d.indicator === reeks.indicator && d.gemeente === null) ?? null;
      const richting = richtingen.get(reeks.indicator)?.richting ?? 'neutraal';
      const punten = reeks.punten.map(({ periode, waarde }) => ({ periode, waarde }));
      const stand = `${laatste.periode}=${laatste.waarde}${doel ? `;koersdoel=${doel.id}@${doel.versie}` : ''}`;
      for (const afwijking of beoordeelReeks(punten, richting, doel, this.instellingen)) meldingen.push({ reeks, afwijking, stand, doel, punten });
    }
    if (!meldingen.length) return 0;

    const eventIds = meldingen.map(() => randomUUID());
    const { rows } = await client.query<{ event_id: string }>(
      `INSERT INTO "${s}".afwijking_melding (regio, indicator, gemeente, bron, regel, reeks_stand, event_id)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [
        regio,
        meldingen.map((m) => m.reeks.indicator),
        meldingen.map((m) => m.reeks.gemeente),
        meldingen.map((m) => m.reeks.bron),
        meldingen.map((m) => m.afwijking.regel),
        meldingen.map((m) => m.stand),
        eventIds,
      ],
    );
    const nieuw = new Set(rows.map((row) => row.event_id));
    const events: CloudEvent<AfwijkingGedetecteerdV1>[] = meldingen
      .map((melding, i) => ({ melding, id: eventIds[i] }))
      .filter(({ id }) => nieuw.has(id))
      .map(({ melding, id }) => {
        const laatste = melding.punten[melding.punten.length - 1];
        return {
          ...this.outbox.event<AfwijkingGedetecteerdV1>({
            type: AFWIJKING_GEDETECTEERD_V1,
            regio,
            subject: `${melding.reeks.indicator}/${melding.reeks.gemeente ?? regio}`,
            data: {
              regio,
              ...(melding.reeks.gemeente ? { gemeente: melding.reeks.gemeente } : {}),
              indicator: melding.reeks.indicator,
              indicatorNaam: richtingen.get(melding.reeks.indicator)?.naam ?? melding.reeks.indicator,
              regel: melding.afwijking.regel,
              toelichting: melding.afwijking.toelichting,
              laatstePeriode: laatste.periode,
              laatsteWaarde: laatste.waarde,
              ...(melding.doel ? { doelwaarde: melding.doel.doelwaarde } : {}),
              reeks: melding.punten.slice(-GETOONDE_PUNTEN),
              reeksStand: melding.stand,
            },
          }),
          id,
        };
      });
    await this.outbox.add(manager, events);
    return events.length;
  }

  /**
   * The changed series, per kind of period, oldest point first, in batches: one scan through a
   * cursor, so memory stays flat however many series one delivery touches. A series cut off at the
   * end of a fetch is completed by the next one.
   */
  private async *reeksen(client: PoolClient, s: string, regio: string): AsyncGenerator<Reeks[]> {
    // DECLARE takes no bind parameters; the region is quoted as a literal.
    await client.query(
      `DECLARE trend_reeksen NO SCROLL CURSOR FOR
       SELECT m.indicator, m.gemeente, m.bron, g.soort, m.periode, m.waarde::float8 AS waarde, m.teller::float8 AS teller
         FROM "${s}".meting m
         JOIN ${GEWIJZIGDE_REEKSEN} g
           ON m.regio = ${client.escapeLiteral(regio)} AND m.indicator = g.indicator AND COALESCE(m.gemeente, '') = COALESCE(g.gemeente, '')
          AND m.bron = g.bron AND ${soortSql('m.periode')} = g.soort
        ORDER BY m.indicator, m.gemeente, m.bron, g.soort, m.periode`,
    );
    try {
      let onaf: { sleutel: string; reeks: Reeks } | undefined;
      for (;;) {
        const { rows } = await client.query<{ indicator: string; gemeente: string | null; bron: string; soort: string; periode: string; waarde: number; teller: number | null }>(
          `FETCH ${RIJEN_PER_KEER} FROM trend_reeksen`,
        );
        // Rows arrive ordered by series and period: within one kind of period, canonical codes sort
        // chronologically as text ('2024-09' < '2024-10', '2024-Q4' < '2025-Q1').
        const klaar: Reeks[] = [];
        for (const row of rows) {
          const sleutel = `${row.indicator}|${row.gemeente ?? ''}|${row.bron}|${row.soort}`;
          if (onaf?.sleutel !== sleutel) {
            if (onaf) klaar.push(onaf.reeks);
            onaf = { sleutel, reeks: { indicator: row.indicator, gemeente: row.gemeente, bron: row.bron, punten: [] } };
          }
          onaf.reeks.punten.push({ periode: row.periode, waarde: row.waarde, teller: row.teller });
        }
        const laatste = rows.length < RIJEN_PER_KEER;
        if (laatste && onaf) klaar.push(onaf.reeks);
        if (klaar.length) yield klaar;
        if (laatste) return;
      }
    } finally {
      // After an error the transaction is aborted and rolls back, which closes the cursor anyway.
      await client.query('CLOSE trend_reeksen').catch(() => undefined);
    }
  }
}
