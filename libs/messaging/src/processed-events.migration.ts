import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';
import { MessagingTables } from './messaging-tables.migration';
import { PROCESSED_EVENTS_TABLE } from './processed-events';

/** The dedupe table `inbox` becomes `verwerkte_events` in place: its rows stay, so no event is handled twice. */
export class ProcessedEventsTable implements MigrationInterface {
  name = 'ProcessedEventsTable1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`ALTER TABLE "${schema}".inbox RENAME TO ${PROCESSED_EVENTS_TABLE}`);
    await queryRunner.query(`ALTER INDEX "${schema}".inbox_pkey RENAME TO ${PROCESSED_EVENTS_TABLE}_pkey`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`ALTER INDEX "${schema}".${PROCESSED_EVENTS_TABLE}_pkey RENAME TO inbox_pkey`);
    await queryRunner.query(`ALTER TABLE "${schema}".${PROCESSED_EVENTS_TABLE} RENAME TO inbox`);
  }
}

/** The tables of the event bus, for every service's migrations: they run first. */
export const MESSAGING_MIGRATIONS = [MessagingTables, ProcessedEventsTable];
