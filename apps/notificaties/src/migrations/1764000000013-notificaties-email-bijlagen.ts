import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** An e-mail keeps its attachments (the .ics of a meeting invitation) in its outbox row, so a restart loses none. */
export class NotificatiesEmailBijlagen1764000000013 implements MigrationInterface {
  name = 'NotificatiesEmailBijlagen1764000000013';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email ADD COLUMN bijlagen jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email DROP COLUMN bijlagen`);
  }
}
