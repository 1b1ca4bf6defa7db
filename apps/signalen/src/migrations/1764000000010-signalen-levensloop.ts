import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * The life cycle of a signal (domain.md §2): who handles it, what it was merged into, which tafel
 * started on it, and its history — append-only, one row per status change, intake included.
 */
export class SignalenLevensloop1764000000010 implements MigrationInterface {
  name = 'SignalenLevensloop1764000000010';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      ALTER TABLE "${s}".signaal
        ADD COLUMN behandelaar_sub text NULL,
        ADD COLUMN behandelaar_gemeente text NULL,
        ADD COLUMN samengevoegd_met uuid NULL REFERENCES "${s}".signaal (id),
        ADD COLUMN tafel_id uuid NULL,
        ADD CONSTRAINT signaal_status_bekend CHECK (status IN
          ('ingediend', 'in_voorbereiding', 'consensus_gevraagd', 'consensus_bereikt', 'tafel_gestart', 'afgewezen', 'samengevoegd')),
        ADD CONSTRAINT signaal_samengevoegd_heeft_doel CHECK ((status = 'samengevoegd') = (samengevoegd_met IS NOT NULL)),
        ADD CONSTRAINT signaal_niet_met_zichzelf CHECK (samengevoegd_met <> id)`);
    await runner.query(`CREATE INDEX signaal_samengevoegd_met_idx ON "${s}".signaal (regio, samengevoegd_met) WHERE samengevoegd_met IS NOT NULL`);

    await runner.query(`
      CREATE TABLE "${s}".statuswijziging (
        id uuid PRIMARY KEY,
        signaal_id uuid NOT NULL REFERENCES "${s}".signaal (id),
        regio text NOT NULL,
        van text NULL,
        naar text NOT NULL,
        wie_sub text NOT NULL,
        rol text NOT NULL,
        organisatie text NULL,
        gemeente text NULL,
        wanneer timestamptz NOT NULL,
        reden text NULL
      )`);
    await runner.query(`CREATE INDEX statuswijziging_signaal_idx ON "${s}".statuswijziging (regio, signaal_id, wanneer)`);
    // History is evidence: once written it is never changed or removed.
    await runner.query(`
      CREATE FUNCTION "${s}".statuswijziging_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'statuswijziging is append-only: % is not allowed', TG_OP;
      END $$`);
    await runner.query(`
      CREATE TRIGGER statuswijziging_alleen_toevoegen BEFORE UPDATE OR DELETE ON "${s}".statuswijziging
        FOR EACH ROW EXECUTE FUNCTION "${s}".statuswijziging_alleen_toevoegen()`);
    // Signals submitted before this migration get their intake as first entry.
    await runner.query(`
      INSERT INTO "${s}".statuswijziging (id, signaal_id, regio, van, naar, wie_sub, rol, organisatie, wanneer)
      SELECT gen_random_uuid(), id, regio, NULL, 'ingediend', indiener_sub, indiener_rol, indiener_organisatie, ingediend_op FROM "${s}".signaal`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".statuswijziging`);
    await runner.query(`DROP FUNCTION "${s}".statuswijziging_alleen_toevoegen()`);
    await runner.query(`DROP INDEX "${s}".signaal_samengevoegd_met_idx`);
    await runner.query(`
      ALTER TABLE "${s}".signaal
        DROP CONSTRAINT signaal_niet_met_zichzelf, DROP CONSTRAINT signaal_samengevoegd_heeft_doel, DROP CONSTRAINT signaal_status_bekend,
        DROP COLUMN tafel_id, DROP COLUMN samengevoegd_met, DROP COLUMN behandelaar_gemeente, DROP COLUMN behandelaar_sub`);
  }
}
