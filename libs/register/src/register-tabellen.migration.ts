import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The service's own copy of monitoring's region register, one row per region and item. */
export class RegisterProjectie1764000000090 implements MigrationInterface {
  name = 'RegisterProjectie1764000000090';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".register_gemeente (
        regio text NOT NULL,
        code text NOT NULL,
        naam text NOT NULL,
        versie integer NOT NULL,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (regio, code)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".register_indicator (
        regio text NOT NULL,
        code text NOT NULL,
        naam text NOT NULL,
        definitie text NOT NULL,
        eenheid text NOT NULL,
        richting text NOT NULL,
        bron text NOT NULL,
        landelijk boolean NOT NULL,
        versie integer NOT NULL,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (regio, code)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".register_indicator`);
    await runner.query(`DROP TABLE "${s}".register_gemeente`);
  }
}
