import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The koerstafel and its participants; one table per signal. */
export class TafelsTafel1764000000101 implements MigrationInterface {
  name = 'TafelsTafel1764000000101';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".tafel (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        signaal_id uuid NOT NULL,
        samengevoegde_signalen uuid[] NOT NULL DEFAULT '{}',
        gemeenten text[] NOT NULL,
        titel text NOT NULL,
        probleemstelling text NOT NULL,
        bewijs jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('voorbereiding', 'gepland', 'gehouden', 'afspraken_vastgelegd', 'monitoring', 'afgerond')),
        behandelaar_sub text NOT NULL,
        behandelaar_gemeente text NOT NULL,
        gestart_op timestamptz NOT NULL,
        UNIQUE (regio, signaal_id)
      )`);
    await runner.query(`CREATE INDEX tafel_regio_idx ON "${s}".tafel (regio, gestart_op)`);
    await runner.query(`
      CREATE TABLE "${s}".deelnemer (
        id uuid PRIMARY KEY,
        tafel_id uuid NOT NULL REFERENCES "${s}".tafel (id),
        regio text NOT NULL,
        rol text NOT NULL CHECK (rol IN ('gemeente', 'aanbieder', 'clientvertegenwoordiger', 'jurist', 'gast')),
        sub text NULL,
        organisatie text NULL,
        alias text NULL,
        toegevoegd_door_sub text NOT NULL,
        toegevoegd_op timestamptz NOT NULL,
        CHECK ((rol = 'gast') = (alias IS NOT NULL AND sub IS NULL AND organisatie IS NOT NULL)),
        CHECK (rol = 'gast' OR sub IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX deelnemer_gebruiker_uniek ON "${s}".deelnemer (tafel_id, sub) WHERE sub IS NOT NULL`);
    await runner.query(`CREATE UNIQUE INDEX deelnemer_alias_uniek ON "${s}".deelnemer (tafel_id, lower(alias)) WHERE alias IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".deelnemer`);
    await runner.query(`DROP TABLE "${s}".tafel`);
  }
}
