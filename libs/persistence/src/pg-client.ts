import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

/** The pg client under a TypeORM transaction, for what TypeORM cannot do: COPY, cursors, named prepared statements. */
export function pgClientOf(manager: EntityManager): PoolClient {
  const runner = manager.queryRunner as unknown as { databaseConnection?: PoolClient; isTransactionActive?: boolean } | undefined;
  if (!runner?.databaseConnection || !runner.isTransactionActive) {
    throw new Error('needs the EntityManager of a transaction');
  }
  return runner.databaseConnection;
}
