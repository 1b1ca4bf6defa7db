import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** An e-mail being sent is leased instead of locked for the length of an SMTP session (@koers/due-work). */
export class NotificatiesEmailLease1764000000005 implements MigrationInterface {
  name = 'NotificatiesEmailLease1764000000005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "${schemaOf(runner.connection)}".uitgaande_email ADD COLUMN geclaimd_tot timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "${schemaOf(runner.connection)}".uitgaande_email DROP COLUMN geclaimd_tot`);
  }
}
