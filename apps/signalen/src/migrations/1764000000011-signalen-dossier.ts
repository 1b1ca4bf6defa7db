import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The dossier of a signal (domain.md §2): evidence of three kinds, each piece kept as it was attached. */
export class SignalenDossier1764000000011 implements MigrationInterface {
  name = 'SignalenDossier1764000000011';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".dossierstuk (
        id uuid PRIMARY KEY,
        signaal_id uuid NOT NULL REFERENCES "${s}".signaal (id),
        regio text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('objectieve_data', 'ervaringsinformatie', 'juridisch_kader')),
        inhoud jsonb NOT NULL,
        toegevoegd_door_sub text NOT NULL,
        toegevoegd_door_gemeente text NULL,
        toegevoegd_op timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX dossierstuk_signaal_idx ON "${s}".dossierstuk (regio, signaal_id, toegevoegd_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE "${schemaOf(runner.connection)}".dossierstuk`);
  }
}
