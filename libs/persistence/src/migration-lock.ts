import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { eigenPgClient } from './pg-client';

/** Who holds a schema's migration lock, as PostgreSQL knows the session. */
export interface LockHolder {
  pid: number;
  applicationName: string;
}

export interface MigrationLockOptions {
  /** Called once when another session holds the lock, before waiting for it. */
  onWait?: (holder: LockHolder | undefined) => void;
}

/** The advisory lock key of a schema's migrations (text, hashed by PostgreSQL to a bigint). */
export function migrationLockKey(schema: string): string {
  return `koers.migrations.${schema}`;
}

/**
 * Runs `work` holding the session-level advisory lock on the schema's migrations, on a connection of
 * its own (the migrations run on the pool). A second migrator of the same schema waits until the
 * first is done, then finds nothing pending; its session's end frees the lock if it dies.
 */
export async function withMigrationLock<T>(dataSource: DataSource, schema: string, work: () => Promise<T>, options: MigrationLockOptions = {}): Promise<T> {
  const client = eigenPgClient(dataSource, `koers-${schema}-migrate`);
  await client.connect();
  try {
    if (!(await tryLock(client, schema))) {
      options.onWait?.(await holderOf(client, schema));
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [migrationLockKey(schema)]);
    }
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [migrationLockKey(schema)]);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function tryLock(client: Client, schema: string): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [migrationLockKey(schema)]);
  return rows[0].locked;
}

/** The session holding the lock (a bigint advisory lock shows as classid = high and objid = low 32 bits). */
async function holderOf(client: Client, schema: string): Promise<LockHolder | undefined> {
  const { rows } = await client.query<{ pid: number; application_name: string }>(
    `SELECT l.pid, a.application_name
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended($1, 0)`,
    [migrationLockKey(schema)],
  );
  return rows[0] ? { pid: rows[0].pid, applicationName: rows[0].application_name } : undefined;
}
