import type { EntityManager } from 'typeorm';
import { schemaOf } from '@koers/persistence';
import type { Categorie } from '../routering/categorieen';

/** The window in which the direct e-mails of one person and category are counted. */
export const VENSTER_MS = 3_600_000;

export interface Vensterstand {
  /** Messages in the current window for this person and category, this one included. */
  aantal: number;
  /** When the bundle of what waits goes out: the end of the window; null while nothing waits. */
  bundelOp: Date | null;
}

/**
 * Counts one more message per person in their window for this category, in the caller's
 * transaction: a window that ended starts again at `nu`; past `maxDirect` the window's end becomes
 * the moment of its bundle. The row lock of the upsert puts concurrent handlers (other replicas)
 * one after the other, so the count holds across them.
 */
export async function telInVenster(
  manager: EntityManager,
  ontvangers: string[],
  categorie: Categorie,
  nu: Date,
  maxDirect: number,
): Promise<Map<string, Vensterstand>> {
  if (!ontvangers.length) return new Map();
  const verlopen = `v.begin_op + make_interval(secs => $4) <= $3`;
  const rijen: Array<{ ontvanger_sub: string; aantal: number; bundel_op: Date | null }> = await manager.query(
    `INSERT INTO "${schemaOf(manager.connection)}".email_venster AS v (ontvanger_sub, categorie, begin_op, aantal)
       SELECT sub, $2, $3, 1 FROM unnest($1::text[]) AS sub ORDER BY sub
     ON CONFLICT (ontvanger_sub, categorie) DO UPDATE SET
       begin_op = CASE WHEN ${verlopen} THEN $3 ELSE v.begin_op END,
       aantal = CASE WHEN ${verlopen} THEN 1 ELSE v.aantal + 1 END,
       bundel_op = CASE WHEN NOT (${verlopen}) AND v.aantal + 1 > $5 THEN coalesce(v.bundel_op, v.begin_op + make_interval(secs => $4)) ELSE v.bundel_op END
     RETURNING ontvanger_sub, aantal, bundel_op`,
    [ontvangers, categorie, nu, VENSTER_MS / 1000, maxDirect],
  );
  return new Map(rijen.map((r) => [r.ontvanger_sub, { aantal: r.aantal, bundelOp: r.bundel_op }]));
}
