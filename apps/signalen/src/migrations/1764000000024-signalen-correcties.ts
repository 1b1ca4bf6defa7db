import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * Corrections while a signal is prepared: its text, and evidence withdrawn because it was added by
 * mistake. Both stay on record: the corrections are append-only, and a withdrawn piece is marked,
 * never deleted.
 */
export class SignalenCorrecties1764000000024 implements MigrationInterface {
  name = 'SignalenCorrecties1764000000024';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".signaal_correctie (
        id uuid PRIMARY KEY,
        signaal_id uuid NOT NULL REFERENCES "${s}".signaal (id),
        regio text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('tekst', 'dossierstuk_ingetrokken')),
        dossierstuk_id uuid NULL REFERENCES "${s}".dossierstuk (id),
        vorige jsonb NOT NULL DEFAULT '{}',
        nieuw jsonb NOT NULL DEFAULT '{}',
        reden text NULL,
        wie_sub text NOT NULL,
        gemeente text NULL,
        wanneer timestamptz NOT NULL,
        CHECK ((soort = 'dossierstuk_ingetrokken') = (dossierstuk_id IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX signaal_correctie_signaal_idx ON "${s}".signaal_correctie (regio, signaal_id, wanneer)`);
    await runner.query(`
      CREATE FUNCTION "${s}".signaal_correctie_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'signaal_correctie is append-only: % is not allowed', TG_OP;
      END $$`);
    await runner.query(`
      CREATE TRIGGER signaal_correctie_alleen_toevoegen BEFORE UPDATE OR DELETE ON "${s}".signaal_correctie
        FOR EACH ROW EXECUTE FUNCTION "${s}".signaal_correctie_alleen_toevoegen()`);
    await runner.query(`ALTER TABLE "${s}".dossierstuk ADD COLUMN ingetrokken_op timestamptz NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".dossierstuk DROP COLUMN ingetrokken_op`);
    await runner.query(`DROP TABLE "${s}".signaal_correctie`);
    await runner.query(`DROP FUNCTION "${s}".signaal_correctie_alleen_toevoegen()`);
  }
}
