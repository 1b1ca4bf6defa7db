import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class MonitoringDuiding1764000000005 implements MigrationInterface {
  name = 'MonitoringDuiding1764000000005';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".duiding (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        indicator text NOT NULL REFERENCES "${s}".indicator (code),
        gemeente text NULL REFERENCES "${s}".gemeente (code),
        periode text NULL CHECK (periode ~ '^(19|20)[0-9]{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
        tekst text NOT NULL,
        auteur_sub text NOT NULL,
        auteur text NOT NULL,
        rol text NOT NULL,
        organisatie text NULL,
        geplaatst_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX duiding_reeks_idx ON "${s}".duiding (regio, indicator, (COALESCE(gemeente, '')), geplaatst_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${schemaOf(runner.connection)}".duiding`);
  }
}
