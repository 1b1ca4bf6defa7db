import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The inbox filtered to unread items, and the unread count beside every page, read only the few unread rows. */
export class NotificatiesInboxOngelezen1764000000014 implements MigrationInterface {
  name = 'NotificatiesInboxOngelezen1764000000014';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`CREATE INDEX inbox_item_ongelezen_idx ON "${s}".inbox_item (ontvanger_sub, regio, ontvangen_op DESC) WHERE gelezen_op IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".inbox_item_ongelezen_idx`);
  }
}
