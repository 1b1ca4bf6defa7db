import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** Offers to take a successful agreement over, one per other gemeente of the region, and the agreements that took one over. */
export class TafelsOvername1764000000140 implements MigrationInterface {
  name = 'TafelsOvername1764000000140';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".afspraak ADD COLUMN overgenomen_van_id uuid NULL REFERENCES "${s}".afspraak (id)`);
    await runner.query(`
      CREATE TABLE "${s}".overname (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        afspraak_id uuid NOT NULL REFERENCES "${s}".afspraak (id),
        tafel_id uuid NOT NULL REFERENCES "${s}".tafel (id),
        gemeente text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'overgenomen', 'afgeslagen')),
        monitoringplan_id uuid NOT NULL,
        aangeboden_op timestamptz NOT NULL,
        reden text NULL,
        overgenomen_afspraak_id uuid NULL REFERENCES "${s}".afspraak (id),
        beantwoord_door_sub text NULL,
        beantwoord_op timestamptz NULL,
        UNIQUE (regio, afspraak_id, gemeente),
        CHECK ((status = 'open') = (beantwoord_op IS NULL AND beantwoord_door_sub IS NULL)),
        CHECK ((status = 'afgeslagen') = (reden IS NOT NULL)),
        CHECK ((status = 'overgenomen') = (overgenomen_afspraak_id IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX overname_gemeente_idx ON "${s}".overname (regio, gemeente, status, aangeboden_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".overname`);
    await runner.query(`ALTER TABLE "${s}".afspraak DROP COLUMN overgenomen_van_id`);
  }
}
