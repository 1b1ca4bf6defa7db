import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The deadlines of recorded agreements as due work: reported once when they pass. */
export class TafelsAfspraakDeadline1764000000150 implements MigrationInterface {
  name = 'TafelsAfspraakDeadline1764000000150';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".afspraak ADD COLUMN deadline_gemeld_op timestamptz NULL`);
    await runner.query(`CREATE INDEX afspraak_deadline_idx ON "${s}".afspraak (deadline) WHERE status = 'vastgelegd' AND deadline_gemeld_op IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".afspraak_deadline_idx`);
    await runner.query(`ALTER TABLE "${s}".afspraak DROP COLUMN deadline_gemeld_op`);
  }
}
