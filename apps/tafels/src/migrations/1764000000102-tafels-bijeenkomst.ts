import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The meetings of a table and the participants' answers to their invitations. */
export class TafelsBijeenkomst1764000000102 implements MigrationInterface {
  name = 'TafelsBijeenkomst1764000000102';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".bijeenkomst (
        id uuid PRIMARY KEY,
        tafel_id uuid NOT NULL REFERENCES "${s}".tafel (id),
        regio text NOT NULL,
        start timestamptz NOT NULL,
        eind timestamptz NOT NULL,
        plaats text NULL,
        online_link text NULL,
        agenda text NOT NULL,
        status text NOT NULL CHECK (status IN ('gepland', 'geannuleerd', 'gehouden')),
        volgnummer integer NOT NULL CHECK (volgnummer >= 0),
        gepland_op timestamptz NOT NULL,
        gewijzigd_op timestamptz NOT NULL,
        CHECK (eind > start),
        CHECK (plaats IS NOT NULL OR online_link IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX bijeenkomst_per_tafel_idx ON "${s}".bijeenkomst (regio, tafel_id, start)`);
    await runner.query(`
      CREATE TABLE "${s}".aanwezigheid (
        bijeenkomst_id uuid NOT NULL REFERENCES "${s}".bijeenkomst (id),
        deelnemer_id uuid NOT NULL REFERENCES "${s}".deelnemer (id),
        regio text NOT NULL,
        antwoord text NOT NULL CHECK (antwoord IN ('aanwezig', 'afwezig')),
        beantwoord_door_sub text NOT NULL,
        beantwoord_op timestamptz NOT NULL,
        PRIMARY KEY (bijeenkomst_id, deelnemer_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".aanwezigheid`);
    await runner.query(`DROP TABLE "${s}".bijeenkomst`);
  }
}
