import type { EntityManager } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** PostgreSQL truncates nothing here: a longer channel name is refused (NAMEDATALEN - 1). */
const MAX_KANAAL = 63;

/** The LISTEN/NOTIFY channel that wakes the due work `naam` of a schema. */
export function dueWorkKanaal(schema: string, naam: string): string {
  const kanaal = `koers_due_${schema}_${naam}`;
  if (Buffer.byteLength(kanaal) > MAX_KANAAL) throw new Error(`due-work channel "${kanaal}" is longer than ${MAX_KANAAL} bytes`);
  return kanaal;
}

/**
 * Wakes the workers of `naam` in every replica once the caller's transaction commits (a NOTIFY is
 * delivered on commit and dropped on rollback), so new work does not wait for the interval.
 */
export async function wekNaCommit(manager: EntityManager, naam: string): Promise<void> {
  await manager.query('SELECT pg_notify($1, NULL)', [dueWorkKanaal(schemaOf(manager.connection), naam)]);
}
