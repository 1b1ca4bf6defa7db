import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * The running deadlines are looked up by signal (a page of a list, a detail, the `verlopen` filter),
 * never by region alone: index them by signal.
 */
export class SignalenTermijnIndex1764000000023 implements MigrationInterface {
  name = 'SignalenTermijnIndex1764000000023';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".termijn_lopend_idx`);
    await runner.query(`CREATE INDEX termijn_lopend_per_signaal_idx ON "${s}".termijn (signaal_id, uiterlijk) WHERE afgerond_op IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".termijn_lopend_per_signaal_idx`);
    await runner.query(`CREATE INDEX termijn_lopend_idx ON "${s}".termijn (regio, signaal_id, uiterlijk) WHERE afgerond_op IS NULL`);
  }
}
