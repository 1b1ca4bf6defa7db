import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** Deadlines per region (working days) and the deadlines running for signals and consensus rounds. */
export class SignalenTermijn1764000000021 implements MigrationInterface {
  name = 'SignalenTermijn1764000000021';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".termijn_instelling (
        regio text PRIMARY KEY,
        opnemen_werkdagen integer NOT NULL CHECK (opnemen_werkdagen BETWEEN 1 AND 100),
        beantwoorden_werkdagen integer NOT NULL CHECK (beantwoorden_werkdagen BETWEEN 1 AND 100),
        gewijzigd_door text NOT NULL,
        gewijzigd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE "${s}".termijn (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        signaal_id uuid NOT NULL REFERENCES "${s}".signaal (id),
        soort text NOT NULL CHECK (soort IN ('opnemen', 'beantwoorden')),
        consensusronde_id uuid NULL,
        gestart_op timestamptz NOT NULL,
        uiterlijk date NOT NULL,
        afgerond_op timestamptz NULL,
        verstreken_gemeld_op timestamptz NULL,
        CHECK ((soort = 'beantwoorden') = (consensusronde_id IS NOT NULL))
      )`);
    await runner.query(`CREATE UNIQUE INDEX termijn_opnemen_per_signaal ON "${s}".termijn (signaal_id) WHERE soort = 'opnemen'`);
    await runner.query(`CREATE UNIQUE INDEX termijn_beantwoorden_per_ronde ON "${s}".termijn (consensusronde_id) WHERE soort = 'beantwoorden'`);
    // Lists: the running deadlines of a region's signals; the watch: what is due and not yet reported.
    await runner.query(`CREATE INDEX termijn_lopend_idx ON "${s}".termijn (regio, signaal_id, uiterlijk) WHERE afgerond_op IS NULL`);
    await runner.query(`CREATE INDEX termijn_te_melden_idx ON "${s}".termijn (uiterlijk) WHERE afgerond_op IS NULL AND verstreken_gemeld_op IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".termijn`);
    await runner.query(`DROP TABLE "${s}".termijn_instelling`);
  }
}
