import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** Signals raised from course deviations: at most one open per gemeente + indicator, enforced here. */
export class SignalenAfwijking1764000000002 implements MigrationInterface {
  name = 'SignalenAfwijking1764000000002';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".signaal ADD COLUMN indicatoren text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`ALTER TABLE "${s}".signaal ADD COLUMN trend_sleutel text NULL`);
    // The statuses are OPEN_STATUSSEN of signaal.rules.ts as they were when this migration was written.
    await runner.query(
      `CREATE UNIQUE INDEX signaal_een_open_per_trend ON "${s}".signaal (regio, trend_sleutel)
        WHERE trend_sleutel IS NOT NULL AND status IN ('ingediend', 'in_voorbereiding', 'consensus_gevraagd', 'consensus_bereikt')`,
    );
    await runner.query(`
      CREATE TABLE "${s}".signaal_afwijking (
        event_id uuid PRIMARY KEY,
        signaal_id uuid NOT NULL REFERENCES "${s}".signaal (id),
        regio text NOT NULL,
        regel text NOT NULL,
        toelichting text NOT NULL,
        laatste_periode text NOT NULL,
        laatste_waarde numeric NOT NULL,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX signaal_afwijking_signaal_idx ON "${s}".signaal_afwijking (signaal_id, ontvangen_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".signaal_afwijking`);
    await runner.query(`DROP INDEX "${s}".signaal_een_open_per_trend`);
    await runner.query(`ALTER TABLE "${s}".signaal DROP COLUMN trend_sleutel, DROP COLUMN indicatoren`);
  }
}
