import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** Every deviation raised, so the same state of the same series never raises twice. */
export class MonitoringAfwijking1764000000004 implements MigrationInterface {
  name = 'MonitoringAfwijking1764000000004';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".afwijking_melding (
        id bigserial PRIMARY KEY,
        regio text NOT NULL,
        indicator text NOT NULL,
        gemeente text NULL,
        bron text NOT NULL,
        regel text NOT NULL,
        reeks_stand text NOT NULL,
        event_id uuid NOT NULL,
        gemeld_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX afwijking_melding_eenmalig ON "${s}".afwijking_melding (regio, indicator, (COALESCE(gemeente, '')), bron, regel, reeks_stand)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${schemaOf(runner.connection)}".afwijking_melding`);
  }
}
