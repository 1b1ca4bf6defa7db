import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The minutes of a held meeting and the participants' remarks on the concept, each with what was done with it. */
export class TafelsVerslag1764000000103 implements MigrationInterface {
  name = 'TafelsVerslag1764000000103';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".verslag (
        bijeenkomst_id uuid PRIMARY KEY REFERENCES "${s}".bijeenkomst (id),
        tafel_id uuid NOT NULL REFERENCES "${s}".tafel (id),
        regio text NOT NULL,
        status text NOT NULL CHECK (status IN ('concept', 'vastgesteld')),
        probleem text NOT NULL,
        wie_moet_meedoen text NOT NULL,
        stappen text NOT NULL,
        aanwezigen uuid[] NOT NULL,
        vastgelegd_op timestamptz NOT NULL,
        reacties_tot timestamptz NOT NULL,
        vastgesteld_op timestamptz NULL,
        concept jsonb NULL,
        reactietermijn_gemeld_op timestamptz NULL,
        CHECK ((status = 'vastgesteld') = (vastgesteld_op IS NOT NULL))
      )`);
    // The watch for remark terms that passed looks only at concepts not reported yet.
    await runner.query(`CREATE INDEX verslag_reactietermijn_idx ON "${s}".verslag (reacties_tot) WHERE status = 'concept' AND reactietermijn_gemeld_op IS NULL`);
    await runner.query(`
      CREATE TABLE "${s}".opmerking (
        id uuid PRIMARY KEY,
        bijeenkomst_id uuid NOT NULL REFERENCES "${s}".verslag (bijeenkomst_id),
        regio text NOT NULL,
        tekst text NOT NULL,
        auteur_sub text NOT NULL,
        auteur_rol text NOT NULL,
        geplaatst_op timestamptz NOT NULL,
        verwerking text NULL CHECK (verwerking IN ('verwerkt', 'niet_verwerkt')),
        toelichting text NULL,
        CHECK ((verwerking IS NULL) = (toelichting IS NULL))
      )`);
    await runner.query(`CREATE INDEX opmerking_per_verslag_idx ON "${s}".opmerking (regio, bijeenkomst_id, geplaatst_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".opmerking`);
    await runner.query(`DROP TABLE "${s}".verslag`);
  }
}
