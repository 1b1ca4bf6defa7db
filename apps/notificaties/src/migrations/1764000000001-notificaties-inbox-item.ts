import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class NotificatiesInboxItem1764000000001 implements MigrationInterface {
  name = 'NotificatiesInboxItem1764000000001';

  async up(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${schema}".inbox_item (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        ontvanger_sub text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        titel text NOT NULL,
        tekst text NOT NULL,
        link text NOT NULL,
        ontvangen_op timestamptz NOT NULL,
        gelezen_op timestamptz,
        UNIQUE (event_id, ontvanger_sub)
      )`);
    await runner.query(
      `CREATE INDEX inbox_item_ontvanger_idx ON "${schema}".inbox_item (ontvanger_sub, regio, ontvangen_op DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${schema}".inbox_item`);
  }
}
