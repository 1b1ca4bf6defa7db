import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** A concept agreement tafels dropped: no new plan for it, and its plan lapses (`vervallen`) instead of being judged. */
export class MonitoringAfspraakIngetrokken1764000000140 implements MigrationInterface {
  name = 'MonitoringAfspraakIngetrokken1764000000140';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".afspraak_onderwerp ADD COLUMN ingetrokken_op timestamptz NULL`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan ADD COLUMN vervallen_op timestamptz NULL`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan DROP CONSTRAINT monitoringplan_status_check`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan ADD CONSTRAINT monitoringplan_status_check CHECK (status IN ('lopend', 'bevestigd', 'geevalueerd', 'vervallen'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`UPDATE "${s}".monitoringplan SET status = 'lopend' WHERE status = 'vervallen'`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan DROP CONSTRAINT monitoringplan_status_check`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan ADD CONSTRAINT monitoringplan_status_check CHECK (status IN ('lopend', 'bevestigd', 'geevalueerd'))`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan DROP COLUMN vervallen_op`);
    await runner.query(`ALTER TABLE "${s}".afspraak_onderwerp DROP COLUMN ingetrokken_op`);
  }
}
