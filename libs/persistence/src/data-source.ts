import { DataSource, MixedList, EntitySchema } from 'typeorm';
import { MigrationLockOptions, withMigrationLock } from './migration-lock';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  url: string;
  /** The PostgreSQL schema this service owns; all its tables, the outbox, processed events and migrations live there. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: options.poolSize ?? 10, application_name: options.applicationName ?? `koers-${options.schema}` },
  });
}

/**
 * Creates the schema when it is missing and applies every pending migration, each in its own
 * transaction, under the schema's migration lock: a second migrator at the same time (another
 * replica migrating on start, a second Job) waits for the first and then finds nothing to do.
 */
export async function migrate(dataSource: DataSource, options: MigrationLockOptions = {}): Promise<string[]> {
  const schema = schemaOf(dataSource);
  return withMigrationLock(
    dataSource,
    schema,
    async () => {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    },
    options,
  );
}

/** What `migrate --check` reports: the image's migrations the schema lacks, and applied ones the image does not know. */
export interface MigrationState {
  pending: string[];
  unknown: string[];
}

/** Compares the migrations of this code with those recorded in the schema, without changing anything. */
export async function migrationState(dataSource: DataSource): Promise<MigrationState> {
  const schema = schemaOf(dataSource);
  const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  const [{ present }] = await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`"${schema}".migrations`]);
  const applied: string[] = present ? (await dataSource.query(`SELECT name FROM "${schema}".migrations ORDER BY id`)).map((row: { name: string }) => row.name) : [];
  return { pending: known.filter((name) => !applied.includes(name)), unknown: applied.filter((name) => !known.includes(name)) };
}

export function schemaOf(dataSource: DataSource): string {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema) throw new Error('DataSource has no schema: every Koers service owns one');
  return schema;
}
