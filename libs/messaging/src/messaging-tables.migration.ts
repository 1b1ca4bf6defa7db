import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * The outbox (events written in the same transaction as the state change, published by the relay)
 * and the inbox (event ids already handled, written in the same transaction as the effect; renamed
 * to verwerkte_events by ProcessedEventsTable). Its timestamp is the lowest of every service, so it runs first.
 */
export class MessagingTables implements MigrationInterface {
  name = 'MessagingTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${schema}".outbox (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL,
        type text NOT NULL,
        regio text NOT NULL,
        payload json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_unpublished ON "${schema}".outbox (position) WHERE published_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "${schema}".inbox (
        event_id uuid NOT NULL,
        consumer text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, consumer)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`DROP TABLE "${schema}".inbox`);
    await queryRunner.query(`DROP TABLE "${schema}".outbox`);
  }
}
