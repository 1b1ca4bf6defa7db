import type { EntityManager } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * Which rows of a table are due. `wanneer` and `volgorde` are SQL over the alias `d`; in `wanneer`,
 * `$1` is the injected clock's now (timestamptz), so deadlines compare with the clock, not with the
 * database's.
 */
export interface DueTabel {
  tabel: string;
  /** The primary key column (default `id`); it is also the idempotency key a receiver sees. */
  sleutel?: string;
  wanneer: string;
  volgorde: string;
}

/**
 * The clock's date in the Netherlands, for a `wanneer` that compares a date column: a deadline or an
 * evaluation date is a Dutch calendar day. The database session's own time zone (UTC on most servers)
 * would end that day at 01:00 or 02:00 Dutch time.
 */
export const VANDAAG_IN_NEDERLAND = `($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Locks up to `max` due rows for the caller's transaction, skipping rows another transaction holds,
 * so replicas share the work and never run the same row at the same time. Returns their keys.
 */
export async function claimInTransactie(manager: EntityManager, due: DueTabel, max: number, nu: Date): Promise<string[]> {
  const s = schemaOf(manager.connection);
  const sleutel = due.sleutel ?? 'id';
  const rijen: Array<{ sleutel: string }> = await manager.query(
    `SELECT d.${sleutel} AS sleutel FROM "${s}".${due.tabel} d
      WHERE ${metKlok(due.wanneer)} ORDER BY ${due.volgorde} LIMIT $2 FOR UPDATE OF d SKIP LOCKED`,
    [nu, max],
  );
  return rijen.map((rij) => String(rij.sleutel));
}

/**
 * For work that leaves the database: claims up to `max` due rows whose lease is free by giving
 * them a lease (column `geclaimd_tot`) and commits, so the rows are not held locked while the
 * work is away. The lease is database time (it guards a process's life, not a deadline); one that
 * runs out because its process died makes the row claimable again. Returns the rows as stored,
 * with their new `geclaimd_tot`, which the recording step checks (a late result of an expired lease
 * changes nothing).
 */
export async function claimMetLease<R>(manager: EntityManager, due: DueTabel, max: number, nu: Date, leaseMs: number): Promise<R[]> {
  const s = schemaOf(manager.connection);
  const sleutel = due.sleutel ?? 'id';
  const [rijen]: [R[], number] = await manager.query(
    `WITH due AS (
       SELECT d.${sleutel} AS sleutel FROM "${s}".${due.tabel} d
        WHERE ${metKlok(due.wanneer)} AND (d.geclaimd_tot IS NULL OR d.geclaimd_tot < now())
        ORDER BY ${due.volgorde} LIMIT $2 FOR UPDATE OF d SKIP LOCKED)
     UPDATE "${s}".${due.tabel} t SET geclaimd_tot = date_trunc('milliseconds', now() + make_interval(secs => $3))
       FROM due WHERE t.${sleutel} = due.sleutel
     RETURNING t.*`,
    [nu, max, leaseMs / 1000],
  );
  return rijen;
}

/** The clock's parameter typed even when the condition does not use it (PostgreSQL refuses an untyped one). */
function metKlok(wanneer: string): string {
  return `$1::timestamptz IS NOT NULL AND (${wanneer})`;
}
