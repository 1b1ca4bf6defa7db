import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@koers/persistence';
import { assertTestDatabase, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';
import { MESSAGING_MIGRATIONS, MessagingTables, PROCESSED_EVENTS_TABLE, ProcessedEvents } from '../src';
import { dropSchema } from './fixtures/messaging-test-app';

const isolation = new TestIsolation();
const schema = isolation.schemaFor('verwerkt');
const open: DataSource[] = [];

async function migrated(migrations: Function[]): Promise<DataSource> {
  const dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations, poolSize: 2 });
  await dataSource.initialize();
  open.push(dataSource);
  await migrate(dataSource);
  return dataSource;
}

beforeAll(() => assertTestDatabase(TEST_DATABASE_URL));

afterAll(async () => {
  for (const dataSource of open) if (dataSource.isInitialized) await dataSource.destroy();
  await dropSchema(schema);
});

it('renames the inbox of a schema that has one to verwerkte_events in place, keeping what was processed', async () => {
  const before = await migrated([MessagingTables]);
  const handled = [randomUUID(), randomUUID()];
  await before.query(`INSERT INTO "${schema}".inbox (event_id, consumer) SELECT unnest($1::uuid[]), 'signalen'`, [handled]);

  const after = await migrated(MESSAGING_MIGRATIONS);
  const [{ inbox, verwerkt }] = await after.query(`SELECT to_regclass($1) AS inbox, to_regclass($2) AS verwerkt`, [
    `"${schema}".inbox`,
    `"${schema}".${PROCESSED_EVENTS_TABLE}`,
  ]);
  expect(inbox).toBeNull();
  expect(verwerkt).not.toBeNull();
  const rows: Array<{ event_id: string }> = await after.query(`SELECT event_id FROM "${schema}".${PROCESSED_EVENTS_TABLE} ORDER BY event_id`);
  expect(rows.map((row) => row.event_id)).toEqual([...handled].sort());

  // An event processed before the rename is still known as processed: its redelivery does nothing.
  const fresh = randomUUID();
  const runner = after.createQueryRunner();
  try {
    expect(await new ProcessedEvents(schema, 'signalen').claim(runner, [...handled, fresh])).toEqual(new Set([fresh]));
  } finally {
    await runner.release();
  }
});
