import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * The series waiting to be judged against their course: written in the transaction that changed
 * them, removed in the transaction that judged them — so a crash redoes the judgement, never loses it.
 */
export class MonitoringTrenddetectieWachtrij1764000000007 implements MigrationInterface {
  name = 'MonitoringTrenddetectieWachtrij1764000000007';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".reeks_te_beoordelen (
        id bigserial PRIMARY KEY,
        regio text NOT NULL,
        indicator text NOT NULL,
        gemeente text NULL,
        bron text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('jaar', 'halfjaar', 'kwartaal', 'maand')),
        gewijzigd_op timestamptz NOT NULL DEFAULT now()
      )`);
    // One row per series: a series changed twice before it is judged waits once.
    await runner.query(
      `CREATE UNIQUE INDEX reeks_te_beoordelen_sleutel ON "${s}".reeks_te_beoordelen (regio, indicator, (COALESCE(gemeente, '')), bron, soort)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${schemaOf(runner.connection)}".reeks_te_beoordelen`);
  }
}
