import type { EntityManager } from 'typeorm';
import { wekNaCommit } from '@koers/due-work';
import { inRegio, pgClientOf, regioSql, Ruw, tabel } from '@koers/persistence';

/**
 * The series waiting for trend detection (migration 1764000000007). An intake or a new course
 * target queues the series it changed in its own transaction; the worker judges them after commit.
 */
export const TE_BEOORDELEN = 'reeks_te_beoordelen';

/** The due work that drains it (trend-detectie.worker.ts). */
export const TRENDDETECTIE = 'trenddetectie';

/** A series of one region: indicator × gemeente (or the region) × source × kind of period. */
export interface ReeksSleutel {
  indicator: string;
  gemeente: string | null;
  bron: string;
  soort: string;
}

/**
 * A series already waiting keeps its place. The update is there for its row lock: while the worker
 * judges that series (holding the row FOR UPDATE), this waits until the worker has deleted the row
 * and committed, then queues the series again — so this change is judged too. DO NOTHING would not
 * wait, and the worker would delete the row of a change it never saw.
 */
export const IN_WACHTRIJ = `ON CONFLICT (regio, indicator, (COALESCE(gemeente, '')), bron, soort) DO UPDATE SET gewijzigd_op = now()`;

/** The kind of a canonical period code, in SQL (see meting/periode.rules.ts). */
export function soortSql(kolom: string): string {
  return `CASE WHEN length(${kolom}) = 4 THEN 'jaar' WHEN ${kolom} LIKE '%-H%' THEN 'halfjaar' WHEN ${kolom} LIKE '%-Q%' THEN 'kwartaal' ELSE 'maand' END`;
}

/** Queues these series of the region; returns how many. */
export async function zetInWachtrij(manager: EntityManager, schema: string, regio: string, reeksen: ReeksSleutel[]): Promise<number> {
  if (!reeksen.length) return 0;
  // In key order, so two deliveries queueing the same series cannot deadlock on each other's rows.
  const { rowCount } = await pgClientOf(manager).query(
    `INSERT INTO "${schema}".${TE_BEOORDELEN} (regio, indicator, gemeente, bron, soort)
     SELECT $1::text, r.* FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS r (indicator, gemeente, bron, soort)
      ORDER BY 2, 3, 4, 5
     ${IN_WACHTRIJ}`,
    [regio, reeksen.map((r) => r.indicator), reeksen.map((r) => r.gemeente), reeksen.map((r) => r.bron), reeksen.map((r) => r.soort)],
  );
  await wekTrenddetectie(manager);
  return rowCount ?? 0;
}

/** Queues every series of an indicator in the region, or of one gemeente (a course target changed). */
export async function zetIndicatorInWachtrij(manager: EntityManager, schema: string, regio: string, indicator: string, gemeente: string | null): Promise<number> {
  const { tekst, waarden } = regioSql({ regios: [regio] })`INSERT INTO ${tabel(schema, TE_BEOORDELEN)} (regio, indicator, gemeente, bron, soort)
     SELECT DISTINCT m.regio, m.indicator, m.gemeente, m.bron, ${new Ruw(soortSql('m.periode'))} FROM ${tabel(schema, 'meting')} m
      WHERE ${inRegio('m')} AND m.indicator = ${indicator} AND (${gemeente}::text IS NULL OR m.gemeente = ${gemeente})
      ORDER BY 1, 2, 3, 4, 5
     ${new Ruw(IN_WACHTRIJ)}`;
  const { rowCount } = await pgClientOf(manager).query(tekst, waarden);
  await wekTrenddetectie(manager);
  return rowCount ?? 0;
}

/** Wakes the trend detection of every replica once this transaction commits. */
export function wekTrenddetectie(manager: EntityManager): Promise<void> {
  return wekNaCommit(manager, TRENDDETECTIE);
}
