import { DataSource } from 'typeorm';

/**
 * Checks, indexes, foreign keys and defaults live in the migrations only, named there as queries and
 * error mappings use them; the entities do not repeat them, so TypeORM would drop them. That says
 * nothing about the entities and is left out — a column or table that differs is not.
 */
const ONLY_IN_MIGRATIONS = [/ DROP CONSTRAINT "[^"]+"$/, /^DROP INDEX "[^"]+"\."[^"]+"$/, / ALTER COLUMN "[^"]+" DROP DEFAULT$/, /^DROP SEQUENCE "[^"]+"\."[^"]+"$/];

/**
 * What a migration generated now would hold: the statements TypeORM would run to make the database
 * match the entities. Against a schema migrated with every migration it must be empty; otherwise an
 * entity says something about a table or column that the migrations do not.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
  return upQueries.map(({ query }) => query).filter((query) => !ONLY_IN_MIGRATIONS.some((pattern) => pattern.test(query)));
}
