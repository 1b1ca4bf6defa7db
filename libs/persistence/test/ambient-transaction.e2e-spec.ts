import { DataSource } from 'typeorm';
import { dropSchema, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';
import { createDataSource, inAmbientTransaction, joinAmbientTransactions, migrate } from '../src';

/** One transaction around code that opens its own transactions and queries, on real PostgreSQL. */
describe('ambient transactions', () => {
  const schema = new TestIsolation().schemaFor('ambient');
  let dataSource: DataSource;
  const rijen = async () => (await dataSource.query(`SELECT naam FROM "${schema}".ding ORDER BY naam`)).map((rij: { naam: string }) => rij.naam);
  // What a use case does, unaware of any ambient transaction.
  const useCase = (naam: string, fout?: Error) =>
    dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO "${schema}".ding (naam) VALUES ($1)`, [naam]);
      if (fout) throw fout;
    });

  beforeAll(async () => {
    dataSource = joinAmbientTransactions(createDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations: [], poolSize: 3 }));
    await dataSource.initialize();
    await migrate(dataSource);
    await dataSource.query(`CREATE TABLE "${schema}".ding (naam text PRIMARY KEY)`);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema);
  });
  beforeEach(() => dataSource.query(`DELETE FROM "${schema}".ding`));

  it('commits the work of nested transactions and plain queries together, and they read each other', async () => {
    const gezien = await inAmbientTransaction(dataSource, async () => {
      await useCase('a');
      await dataSource.query(`INSERT INTO "${schema}".ding (naam) VALUES ('b')`);
      return rijen();
    });
    expect(gezien).toEqual(['a', 'b']);
    expect(await rijen()).toEqual(['a', 'b']);
  });

  it('commits nothing until the end: another connection sees nothing while the work runs', async () => {
    const buiten = createDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations: [] });
    await buiten.initialize();
    try {
      const tussendoor = await inAmbientTransaction(dataSource, async () => {
        await useCase('a');
        return buiten.query(`SELECT count(*)::int AS n FROM "${schema}".ding`);
      });
      expect(tussendoor).toEqual([{ n: 0 }]);
      expect(await rijen()).toEqual(['a']);
    } finally {
      await buiten.destroy();
    }
  });

  it('rolls everything back when the work throws, also what a nested transaction had committed', async () => {
    await expect(
      inAmbientTransaction(dataSource, async () => {
        await useCase('a');
        throw new Error('weigering');
      }),
    ).rejects.toThrow('weigering');
    expect(await rijen()).toEqual([]);
  });

  it('keeps the savepoint semantics of a nested transaction that fails and is caught', async () => {
    await inAmbientTransaction(dataSource, async () => {
      await useCase('a');
      await useCase('b', new Error('mislukt')).catch(() => undefined);
      await useCase('c');
    });
    expect(await rijen()).toEqual(['a', 'c']);
  });

  it('holds one connection, and hands out pooled ones again afterwards, also to work started inside that outlives it', async () => {
    let later: Promise<unknown> | undefined;
    await inAmbientTransaction(dataSource, async () => {
      await Promise.all([useCase('a'), dataSource.query('SELECT 1')]);
      const [{ pid }] = await dataSource.query('SELECT pg_backend_pid() AS pid');
      const [{ pid: ander }] = await dataSource.query('SELECT pg_backend_pid() AS pid');
      expect(ander).toBe(pid);
      later = new Promise((resolve) => setTimeout(resolve, 50)).then(() => useCase('later'));
    });
    await later;
    expect(await rijen()).toEqual(['a', 'later']);
    await expect(inAmbientTransaction(createDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations: [] }), async () => 1)).rejects.toThrow(/joinAmbientTransactions/);
  });
});
