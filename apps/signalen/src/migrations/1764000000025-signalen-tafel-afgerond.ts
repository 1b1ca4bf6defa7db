import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * A trend stays with its signal while the koerstafel on it runs (domain.md §2, §3): the one open
 * signal per gemeente + indicator now includes `tafel_gestart` until tafels tells the table is
 * closed (`tafel.afgerond.v1`), so a new deviation joins the running table instead of opening a
 * second signal, and after the close opens a new one.
 */
export class SignalenTafelAfgerond1764000000025 implements MigrationInterface {
  name = 'SignalenTafelAfgerond1764000000025';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".signaal ADD COLUMN tafel_afgerond_op timestamptz NULL`);
    await runner.query(`ALTER TABLE "${s}".signaal ADD CONSTRAINT signaal_afgerond_met_tafel CHECK (tafel_afgerond_op IS NULL OR tafel_id IS NOT NULL)`);
    await runner.query(`DROP INDEX "${s}".signaal_een_open_per_trend`);
    // The statuses are OPEN_STATUSSEN of signaal.rules.ts, and TREND_LOOPT_BIJ its running table, as they were when this migration was written.
    await runner.query(
      `CREATE UNIQUE INDEX signaal_een_open_per_trend ON "${s}".signaal (regio, trend_sleutel)
        WHERE trend_sleutel IS NOT NULL
          AND (status IN ('ingediend', 'in_voorbereiding', 'consensus_gevraagd', 'consensus_bereikt') OR (status = 'tafel_gestart' AND tafel_afgerond_op IS NULL))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".signaal_een_open_per_trend`);
    await runner.query(
      `CREATE UNIQUE INDEX signaal_een_open_per_trend ON "${s}".signaal (regio, trend_sleutel)
        WHERE trend_sleutel IS NOT NULL AND status IN ('ingediend', 'in_voorbereiding', 'consensus_gevraagd', 'consensus_bereikt')`,
    );
    await runner.query(`ALTER TABLE "${s}".signaal DROP CONSTRAINT signaal_afgerond_met_tafel, DROP COLUMN tafel_afgerond_op`);
  }
}
