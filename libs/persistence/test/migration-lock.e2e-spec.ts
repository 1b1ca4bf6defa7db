import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createDataSource, migrate, migrationState } from '../src/data-source';
import { LockHolder } from '../src/migration-lock';
import { assertTestDatabase, dropSchema, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';

/** Slow on purpose, so a second migrator starts while the first is inside it; it counts its runs. */
class TraagProef1764000000001 implements MigrationInterface {
  name = 'TraagProef1764000000001';
  async up(runner: QueryRunner): Promise<void> {
    const s = runner.connection.driver.schema;
    await runner.query(`CREATE TABLE "${s}".proef_looptijd (gelopen_op timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await runner.query('SELECT pg_sleep(0.8)');
    await runner.query(`INSERT INTO "${s}".proef_looptijd DEFAULT VALUES`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${runner.connection.driver.schema}".proef_looptijd`);
  }
}

class TweedeProef1764000000002 implements MigrationInterface {
  name = 'TweedeProef1764000000002';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`INSERT INTO "${runner.connection.driver.schema}".proef_looptijd DEFAULT VALUES`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM "${runner.connection.driver.schema}".proef_looptijd`);
  }
}

describe('migrate: the schema’s migrations under an advisory lock', () => {
  const opened: DataSource[] = [];
  const schemas: string[] = [];
  /** A fresh schema per test: two migrators of one schema, each its own DataSource and connections, as two processes have. */
  const freshSchema = () => {
    const schema = new TestIsolation().schemaFor('migratie');
    schemas.push(schema);
    return schema;
  };
  const migrator = async (schema: string, migrations: Function[] = [TraagProef1764000000001, TweedeProef1764000000002]) => {
    const dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, entities: [], migrations, applicationName: `koers-${schema}-proef` });
    opened.push(dataSource);
    return dataSource.initialize();
  };
  const runs = async (dataSource: DataSource, schema: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".proef_looptijd`))[0].n as number;

  beforeAll(() => assertTestDatabase(TEST_DATABASE_URL));
  afterAll(async () => {
    await Promise.all(opened.filter((d) => d.isInitialized).map((d) => d.destroy()));
    await Promise.all(schemas.map(dropSchema));
  });

  it('lets one of two concurrent migrators run the migrations; the other waits, names who holds the lock, and then finds nothing to do', async () => {
    const schema = freshSchema();
    const [eerste, tweede] = await Promise.all([migrator(schema), migrator(schema)]);
    const gewacht: Array<LockHolder | undefined> = [];
    const [a, b] = await Promise.all([migrate(eerste, { onWait: (h) => gewacht.push(h) }), migrate(tweede, { onWait: (h) => gewacht.push(h) })]);

    expect([a, b].sort((x, y) => y.length - x.length)).toEqual([['TraagProef1764000000001', 'TweedeProef1764000000002'], []]);
    expect(await runs(eerste, schema)).toBe(2); // each migration's insert once: neither ran twice
    expect(gewacht).toEqual([{ pid: expect.any(Number), applicationName: `koers-${schema}-migrate` }]);
    expect(await migrationState(tweede)).toEqual({ pending: [], unknown: [] });
  });

  it('frees the lock when a migration fails, so the next migrator can run', async () => {
    const schema = freshSchema();
    class Kapot1764000000003 implements MigrationInterface {
      name = 'Kapot1764000000003';
      async up(runner: QueryRunner): Promise<void> {
        await runner.query('SELECT 1/0');
      }
      async down(): Promise<void> {
        // nothing was made
      }
    }
    const kapot = await migrator(schema, [TraagProef1764000000001, Kapot1764000000003]);
    await expect(migrate(kapot)).rejects.toThrow(/division by zero/);
    const heel = await migrator(schema);
    const gewacht: unknown[] = [];
    expect(await migrate(heel, { onWait: (h) => gewacht.push(h) })).toEqual(['TweedeProef1764000000002']);
    expect(gewacht).toEqual([]);
  });

  it('tells what the schema lacks before migrating, and which applied migrations this code does not know', async () => {
    const schema = freshSchema();
    const leeg = await migrator(schema);
    expect(await migrationState(leeg)).toEqual({ pending: ['TraagProef1764000000001', 'TweedeProef1764000000002'], unknown: [] });
    await migrate(leeg);
    const ouder = await migrator(schema, [TraagProef1764000000001]);
    expect(await migrationState(ouder)).toEqual({ pending: [], unknown: ['TweedeProef1764000000002'] });
  });
});
