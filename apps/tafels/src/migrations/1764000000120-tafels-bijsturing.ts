import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** Monitoring's verdict on each agreement, and the table's flag that it must steer (`bijsturen`). */
export class TafelsBijsturing1764000000120 implements MigrationInterface {
  name = 'TafelsBijsturing1764000000120';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      ALTER TABLE "${s}".afspraak
        ADD COLUMN oordeel text NULL CHECK (oordeel IN ('effect_bereikt', 'niet_bereikt', 'onvoldoende_data')),
        ADD COLUMN geevalueerd_op timestamptz NULL,
        ADD CONSTRAINT afspraak_oordeel_met_datum CHECK ((oordeel IS NULL) = (geevalueerd_op IS NULL))`);
    await runner.query(`ALTER TABLE "${s}".tafel ADD COLUMN bijsturing_nodig boolean NOT NULL DEFAULT false`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".tafel DROP COLUMN bijsturing_nodig`);
    await runner.query(`ALTER TABLE "${s}".afspraak DROP CONSTRAINT afspraak_oordeel_met_datum, DROP COLUMN geevalueerd_op, DROP COLUMN oordeel`);
  }
}
