import { Client, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** The pg client under a TypeORM transaction, for what TypeORM cannot do: COPY, cursors, named prepared statements. */
export function pgClientOf(manager: EntityManager): PoolClient {
  const runner = manager.queryRunner as unknown as { databaseConnection?: PoolClient; isTransactionActive?: boolean } | undefined;
  if (!runner?.databaseConnection || !runner.isTransactionActive) {
    throw new Error('needs the EntityManager of a transaction');
  }
  return runner.databaseConnection;
}

/** A connection of its own to the DataSource's database, outside its pool: for LISTEN and session-level locks. */
export function eigenPgClient(dataSource: DataSource, applicationName: string): Client {
  const o = dataSource.options as {
    url?: string; host?: string; port?: number; username?: string; password?: string; database?: string; ssl?: unknown;
  };
  return new Client({
    connectionString: o.url,
    host: o.host,
    port: o.port,
    user: o.username,
    password: o.password,
    database: o.database,
    ssl: o.ssl as boolean | undefined,
    application_name: applicationName,
  });
}
