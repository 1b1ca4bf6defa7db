import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * Closing a koerstafel with what was learned (domain.md §3), searchable by everyone of the region in
 * Dutch; and the course deviations signalen attached to a running table, for its follow-up.
 */
export class TafelsAfronding1764000000130 implements MigrationInterface {
  name = 'TafelsAfronding1764000000130';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".leerervaring (
        tafel_id uuid PRIMARY KEY REFERENCES "${s}".tafel (id),
        regio text NOT NULL,
        wat_werkte text NOT NULL,
        wat_werkte_niet text NOT NULL,
        voor_wie text NOT NULL,
        afgerond_door_sub text NOT NULL,
        afgerond_op timestamptz NOT NULL
      )`);
    // The same expression as the search query, so the planner can use it; the list per region newest first has its own.
    await runner.query(
      `CREATE INDEX leerervaring_tekst_idx ON "${s}".leerervaring USING gin (to_tsvector('dutch', wat_werkte || ' ' || wat_werkte_niet || ' ' || voor_wie))`,
    );
    await runner.query(`CREATE INDEX leerervaring_regio_idx ON "${s}".leerervaring (regio, afgerond_op DESC, tafel_id)`);
    await runner.query(`
      CREATE TABLE "${s}".tafel_afwijking (
        afwijking_id uuid PRIMARY KEY,
        tafel_id uuid NOT NULL REFERENCES "${s}".tafel (id),
        regio text NOT NULL,
        signaal_id uuid NOT NULL,
        gemeente text NULL,
        indicator text NOT NULL,
        regel text NOT NULL,
        laatste_periode text NOT NULL,
        gekoppeld_op timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX tafel_afwijking_tafel_idx ON "${s}".tafel_afwijking (regio, tafel_id, gekoppeld_op)`);
    // A guest's alias is deleted when the table closes; the row keeps its id and role for the attendance history.
    await runner.query(`ALTER TABLE "${s}".deelnemer ADD COLUMN alias_verwijderd_op timestamptz NULL`);
    await runner.query(`ALTER TABLE "${s}".deelnemer DROP CONSTRAINT deelnemer_check`);
    await runner.query(`
      ALTER TABLE "${s}".deelnemer
        ADD CONSTRAINT deelnemer_gast CHECK ((rol = 'gast') = (sub IS NULL AND organisatie IS NOT NULL)),
        ADD CONSTRAINT deelnemer_alias_van_gast CHECK (alias IS NULL OR rol = 'gast'),
        ADD CONSTRAINT deelnemer_alias_tot_afronding CHECK (rol <> 'gast' OR (alias IS NULL) = (alias_verwijderd_op IS NOT NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".deelnemer DROP CONSTRAINT deelnemer_alias_tot_afronding, DROP CONSTRAINT deelnemer_alias_van_gast, DROP CONSTRAINT deelnemer_gast`);
    await runner.query(`UPDATE "${s}".deelnemer SET alias = 'gast-' || left(id::text, 8) WHERE rol = 'gast' AND alias IS NULL`);
    await runner.query(`ALTER TABLE "${s}".deelnemer ADD CONSTRAINT deelnemer_check CHECK ((rol = 'gast') = (alias IS NOT NULL AND sub IS NULL AND organisatie IS NOT NULL))`);
    await runner.query(`ALTER TABLE "${s}".deelnemer DROP COLUMN alias_verwijderd_op`);
    await runner.query(`DROP TABLE "${s}".tafel_afwijking`);
    await runner.query(`DROP TABLE "${s}".leerervaring`);
  }
}
