import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * The agreements tafels drafted, as subjects a monitoring plan may be made for; a plan is confirmed
 * (`bevestigd`) once its agreement is recorded.
 */
export class MonitoringAfspraakOnderwerp1764000000130 implements MigrationInterface {
  name = 'MonitoringAfspraakOnderwerp1764000000130';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".afspraak_onderwerp (
        afspraak_id uuid PRIMARY KEY,
        regio text NOT NULL,
        tafel_id uuid NOT NULL,
        versie int NOT NULL CHECK (versie >= 1),
        vorige_versie_id uuid NULL,
        overgenomen_van_id uuid NULL,
        soort text NOT NULL,
        gemeenten text[] NOT NULL CHECK (cardinality(gemeenten) > 0),
        indicator text NULL,
        opgesteld_op timestamptz NOT NULL
      )`);
    // Plans of a subject: the follow-up read of many agreements at once, and one plan per agreement.
    await runner.query(`CREATE INDEX monitoringplan_onderwerp_idx ON "${s}".monitoringplan (regio, onderwerp_soort, onderwerp_id)`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan DROP CONSTRAINT monitoringplan_status_check`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan ADD CONSTRAINT monitoringplan_status_check CHECK (status IN ('lopend', 'bevestigd', 'geevalueerd'))`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan ADD COLUMN bevestigd_op timestamptz NULL`);
    await runner.query(`DROP INDEX "${s}".monitoringplan_te_evalueren_idx`);
    await runner.query(`CREATE INDEX monitoringplan_te_evalueren_idx ON "${s}".monitoringplan (evaluatiedatum) WHERE status IN ('lopend', 'bevestigd')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".monitoringplan_te_evalueren_idx`);
    await runner.query(`UPDATE "${s}".monitoringplan SET status = 'lopend' WHERE status = 'bevestigd'`);
    await runner.query(`CREATE INDEX monitoringplan_te_evalueren_idx ON "${s}".monitoringplan (evaluatiedatum) WHERE status = 'lopend'`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan DROP COLUMN bevestigd_op`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan DROP CONSTRAINT monitoringplan_status_check`);
    await runner.query(`ALTER TABLE "${s}".monitoringplan ADD CONSTRAINT monitoringplan_status_check CHECK (status IN ('lopend', 'geevalueerd'))`);
    await runner.query(`DROP INDEX "${s}".monitoringplan_onderwerp_idx`);
    await runner.query(`DROP TABLE "${s}".afspraak_onderwerp`);
  }
}
