import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class MonitoringKoersdoel1764000000003 implements MigrationInterface {
  name = 'MonitoringKoersdoel1764000000003';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".koersdoel (
        id uuid PRIMARY KEY,
        regio text NOT NULL REFERENCES "${s}".regio (code),
        gemeente text NULL REFERENCES "${s}".gemeente (code),
        indicator text NOT NULL REFERENCES "${s}".indicator (code),
        doelwaarde numeric NOT NULL,
        richting text NOT NULL CHECK (richting IN ('maximaal', 'minimaal')),
        koersdocument_sectie text NOT NULL,
        versie int NOT NULL DEFAULT 1,
        vastgesteld_door text NOT NULL,
        vastgesteld_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX koersdoel_sleutel ON "${s}".koersdoel (regio, indicator, (COALESCE(gemeente, '')))`);
    await runner.query(`
      CREATE TABLE "${s}".koersdoel_historie (
        id bigserial PRIMARY KEY,
        koersdoel_id uuid NOT NULL REFERENCES "${s}".koersdoel (id),
        doelwaarde numeric NOT NULL,
        richting text NOT NULL,
        koersdocument_sectie text NOT NULL,
        versie int NOT NULL,
        vastgesteld_door text NOT NULL,
        vastgesteld_op timestamptz NOT NULL,
        vervangen_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX koersdoel_historie_doel_idx ON "${s}".koersdoel_historie (koersdoel_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".koersdoel_historie`);
    await runner.query(`DROP TABLE "${s}".koersdoel`);
  }
}
