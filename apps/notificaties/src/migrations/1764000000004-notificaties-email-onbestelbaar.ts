import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** An e-mail whose address the receiving server refuses for good is `onbestelbaar`, not retried for ever. */
export class NotificatiesEmailOnbestelbaar1764000000004 implements MigrationInterface {
  name = 'NotificatiesEmailOnbestelbaar1764000000004';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email DROP CONSTRAINT uitgaande_email_status_check`);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email ADD CONSTRAINT uitgaande_email_status_check CHECK (status IN ('wachtend', 'verzonden', 'onbestelbaar'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`UPDATE "${s}".uitgaande_email SET status = 'wachtend' WHERE status = 'onbestelbaar'`);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email DROP CONSTRAINT uitgaande_email_status_check`);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email ADD CONSTRAINT uitgaande_email_status_check CHECK (status IN ('wachtend', 'verzonden'))`);
  }
}
