import { DataSource, EntityManager } from 'typeorm';
import { createDataSource, migrate } from '@koers/persistence';
import { dropSchema, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';
import { IDEMPOTENCY_RETENTION_MS, IdempotencyKeysTable, IdempotencyScope, IdempotencyStore, StoredAnswer } from '../src';

const UUR = 3_600_000;
const T0 = new Date('2026-03-02T09:00:00Z');

/** The key table on real PostgreSQL, with the time from the test's clock. */
describe('IdempotencyStore', () => {
  const schema = new TestIsolation().schemaFor('idempotency');
  let dataSource: DataSource;
  let nu = T0;
  let store: IdempotencyStore;
  const scope = (key: string, caller = 'sub-horizon'): IdempotencyScope => ({ caller, regio: 'midden-limburg-west', key });
  const answer = (fingerprint: string): StoredAnswer => ({ fingerprint, status: 201, headers: { location: '/v1/x' }, body: '{"id":"x"}' });
  const keys = async () => (await dataSource.query(`SELECT key FROM "${schema}".idempotency_key ORDER BY key`)).map((row: { key: string }) => row.key);

  beforeAll(async () => {
    dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations: [IdempotencyKeysTable] });
    await dataSource.initialize();
    await migrate(dataSource);
    store = new IdempotencyStore(schema, () => nu);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema);
  });
  beforeEach(async () => {
    nu = T0;
    await dataSource.query(`DELETE FROM "${schema}".idempotency_key`);
  });

  it('finds an answer for 24 hours, per caller, region and key', async () => {
    expect(IDEMPOTENCY_RETENTION_MS).toBeGreaterThanOrEqual(24 * UUR);
    await store.store(dataSource.manager, scope('a'), answer('f1'));
    nu = new Date(T0.getTime() + 24 * UUR - 1000);
    expect(await store.find(dataSource.manager, scope('a'))).toEqual(answer('f1'));
    expect(await store.find(dataSource.manager, scope('a', 'sub-kompas'))).toBeUndefined();
    expect(await store.find(dataSource.manager, { ...scope('a'), regio: 'midden-limburg-oost' })).toBeUndefined();
    nu = new Date(T0.getTime() + 24 * UUR);
    expect(await store.find(dataSource.manager, scope('a'))).toBeUndefined();
  });

  it('lets an expired key be used again, and never replaces one that still holds', async () => {
    await store.store(dataSource.manager, scope('a'), answer('f1'));
    nu = new Date(T0.getTime() + UUR);
    await store.store(dataSource.manager, scope('a'), answer('f2'));
    expect((await store.find(dataSource.manager, scope('a')))?.fingerprint).toBe('f1');
    nu = new Date(T0.getTime() + 25 * UUR);
    await store.store(dataSource.manager, scope('a'), answer('f3'));
    expect((await store.find(dataSource.manager, scope('a')))?.fingerprint).toBe('f3');
  });

  it('removes expired keys a batch at a time on every write', async () => {
    for (let i = 0; i < 60; i++) await store.store(dataSource.manager, scope(`oud-${String(i).padStart(2, '0')}`), answer('f'));
    nu = new Date(T0.getTime() + 12 * UUR);
    await store.store(dataSource.manager, scope('midden'), answer('f'));
    expect(await keys()).toHaveLength(61);
    nu = new Date(T0.getTime() + 25 * UUR);
    await store.store(dataSource.manager, scope('nieuw-1'), answer('f'));
    expect(await keys()).toHaveLength(12);
    await store.store(dataSource.manager, scope('nieuw-2'), answer('f'));
    expect(await keys()).toEqual(['midden', 'nieuw-1', 'nieuw-2']);
  });

  it('lets one transaction at a time claim a key, across connections', async () => {
    const inTransaction = async (work: (manager: EntityManager) => Promise<void>) => dataSource.transaction(work);
    let tweede: boolean[] = [];
    await inTransaction(async (eerste) => {
      expect(await store.claim(eerste, scope('a'))).toBe(true);
      await inTransaction(async (ander) => {
        tweede = [await store.claim(ander, scope('a')), await store.claim(ander, scope('a', 'sub-kompas')), await store.claim(ander, scope('b'))];
      });
    });
    expect(tweede).toEqual([false, true, true]);
    await inTransaction(async (later) => expect(await store.claim(later, scope('a'))).toBe(true));
  });
});
