import { Column, CreateDateColumn, Entity, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';
import { createDataSource, migrate } from '../src/data-source';
import { pendingSchemaChanges } from '../src/schema-drift';
import { assertTestDatabase, dropSchema, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';

class Proef1764000000001 implements MigrationInterface {
  name = 'Proef1764000000001';
  async up(runner: QueryRunner): Promise<void> {
    const s = runner.connection.driver.schema;
    await runner.query(`CREATE TABLE "${s}".proef_stuk (
      id uuid PRIMARY KEY,
      regio text NOT NULL CHECK (regio <> ''),
      behandelaar_gemeente text,
      ingediend_op timestamptz NOT NULL DEFAULT now())`);
    await runner.query(`CREATE INDEX proef_stuk_regio_idx ON "${s}".proef_stuk (regio)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${runner.connection.driver.schema}".proef_stuk`);
  }
}

/** The columns every variant shares; each variant adds one. */
abstract class ProefStukBasis {
  @PrimaryColumn('uuid') id: string;
  @Column('text') regio: string;
  @CreateDateColumn({ type: 'timestamptz' }) ingediendOp: Date;
}

@Entity({ name: 'proef_stuk' })
class ProefStuk extends ProefStukBasis {
  @Column('text', { nullable: true }) behandelaarGemeente: string | null;
}

@Entity({ name: 'proef_stuk' })
class ProefStukMetAndereKolom extends ProefStukBasis {
  @Column('text', { nullable: true }) behandelaarOrganisatie: string | null;
}

@Entity({ name: 'proef_stuk' })
class ProefStukMetVerplichteGemeente extends ProefStukBasis {
  @Column('text') behandelaarGemeente: string;
}

describe('pendingSchemaChanges: entities against the migrated schema', () => {
  const schema = new TestIsolation().schemaFor('persistence');
  const drift = async (entity: Function) => {
    const dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, entities: [entity], migrations: [Proef1764000000001] });
    await dataSource.initialize();
    try {
      await migrate(dataSource);
      return await pendingSchemaChanges(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };

  beforeAll(() => assertTestDatabase(TEST_DATABASE_URL));
  afterAll(() => dropSchema(schema));

  it('is empty when the entity names its columns in camelCase and the migration in snake_case; checks, indexes and defaults stay the migration’s', async () => {
    expect(await drift(ProefStuk)).toEqual([]);
  });

  it('names a column whose name differs', async () => {
    expect(await drift(ProefStukMetAndereKolom)).toEqual([expect.stringMatching(/RENAME COLUMN "behandelaar_gemeente" TO "behandelaar_organisatie"/)]);
  });

  it('names a column whose nullability differs', async () => {
    expect(await drift(ProefStukMetVerplichteGemeente)).toEqual([expect.stringMatching(/ALTER COLUMN "behandelaar_gemeente" SET NOT NULL/)]);
  });
});
