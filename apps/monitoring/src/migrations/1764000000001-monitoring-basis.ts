import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class MonitoringBasis1764000000001 implements MigrationInterface {
  name = 'MonitoringBasis1764000000001';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`CREATE TABLE "${s}".regio (code text PRIMARY KEY, naam text NOT NULL)`);
    await runner.query(`
      CREATE TABLE "${s}".gemeente (
        code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
        regio text NOT NULL REFERENCES "${s}".regio (code),
        naam text NOT NULL
      )`);
    await runner.query(`CREATE INDEX gemeente_regio_idx ON "${s}".gemeente (regio)`);
    await runner.query(`
      CREATE TABLE "${s}".indicator (
        code text PRIMARY KEY,
        regio text NULL REFERENCES "${s}".regio (code),
        naam text NOT NULL,
        definitie text NOT NULL,
        eenheid text NOT NULL,
        richting text NOT NULL CHECK (richting IN ('lager_is_beter', 'hoger_is_beter', 'neutraal')),
        bron text NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX indicator_regio_idx ON "${s}".indicator (regio)`);
    await runner.query(`
      CREATE TABLE "${s}".meting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio text NOT NULL,
        -- No foreign keys here: the intake (the only writer) checks every row against the region's
        -- catalogue and gemeenten, and per-row FK triggers cost ~40% of a 100,000-row merge.
        indicator text NOT NULL,
        gemeente text NULL,
        periode text NOT NULL CHECK (periode ~ '^(19|20)[0-9]{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$'),
        waarde numeric NOT NULL,
        teller numeric NULL CHECK (teller >= 0),
        noemer numeric NULL CHECK (noemer >= 0),
        bron text NOT NULL,
        aanleverancier text NOT NULL,
        versie int NOT NULL DEFAULT 1,
        aangeleverd_op timestamptz NOT NULL DEFAULT now(),
        gewijzigd_op timestamptz NOT NULL DEFAULT now(),
        CHECK (teller IS NULL OR noemer IS NULL OR teller <= noemer)
      )`);
    // One figure per indicator × gemeente (or region) × period × source; its prefix (regio, indicator)
    // also serves the series and comparison queries, so no second index slows the bulk merge down.
    await runner.query(
      `CREATE UNIQUE INDEX meting_sleutel ON "${s}".meting (regio, indicator, (COALESCE(gemeente, '')), periode, bron)`,
    );
    await runner.query(`
      CREATE TABLE "${s}".meting_historie (
        id bigserial PRIMARY KEY,
        meting_id uuid NOT NULL REFERENCES "${s}".meting (id),
        waarde numeric NOT NULL,
        teller numeric NULL,
        noemer numeric NULL,
        aanleverancier text NOT NULL,
        versie int NOT NULL,
        geldig_vanaf timestamptz NOT NULL,
        vervangen_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX meting_historie_meting_idx ON "${s}".meting_historie (meting_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    for (const table of ['meting_historie', 'meting', 'indicator', 'gemeente', 'regio']) await runner.query(`DROP TABLE "${s}".${table}`);
  }
}
