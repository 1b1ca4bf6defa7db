import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** Consensus rounds and their answers (domain.md §2): all stay on record; one answer per organisation per round. */
export class SignalenConsensus1764000000012 implements MigrationInterface {
  name = 'SignalenConsensus1764000000012';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".consensusronde (
        id uuid PRIMARY KEY,
        signaal_id uuid NOT NULL REFERENCES "${s}".signaal (id),
        regio text NOT NULL,
        nummer integer NOT NULL CHECK (nummer >= 1),
        partijen jsonb NOT NULL CHECK (jsonb_typeof(partijen) = 'array' AND jsonb_array_length(partijen) > 0),
        uitkomst text NOT NULL CHECK (uitkomst IN ('open', 'bereikt', 'niet_bereikt')),
        gevraagd_door_sub text NOT NULL,
        gevraagd_op timestamptz NOT NULL,
        afgesloten_op timestamptz NULL,
        CHECK ((uitkomst = 'open') = (afgesloten_op IS NULL)),
        UNIQUE (signaal_id, nummer)
      )`);
    await runner.query(`CREATE INDEX consensusronde_signaal_idx ON "${s}".consensusronde (regio, signaal_id, nummer)`);
    await runner.query(`CREATE UNIQUE INDEX consensusronde_een_open_per_signaal ON "${s}".consensusronde (signaal_id) WHERE uitkomst = 'open'`);
    await runner.query(`
      CREATE TABLE "${s}".consensusantwoord (
        id uuid PRIMARY KEY,
        ronde_id uuid NOT NULL REFERENCES "${s}".consensusronde (id),
        signaal_id uuid NOT NULL REFERENCES "${s}".signaal (id),
        regio text NOT NULL,
        organisatie text NOT NULL,
        standpunt text NOT NULL CHECK (standpunt IN ('eens', 'eens_met_aanvulling', 'oneens')),
        aanvulling text NULL,
        redenen text[] NOT NULL DEFAULT '{}',
        gegeven_door_sub text NOT NULL,
        rol text NOT NULL,
        gegeven_op timestamptz NOT NULL,
        CHECK ((standpunt = 'eens_met_aanvulling') = (aanvulling IS NOT NULL)),
        CHECK ((standpunt = 'oneens') = (cardinality(redenen) > 0))
      )`);
    await runner.query(`CREATE UNIQUE INDEX consensusantwoord_een_per_organisatie ON "${s}".consensusantwoord (ronde_id, organisatie)`);
    await runner.query(`CREATE INDEX consensusantwoord_signaal_idx ON "${s}".consensusantwoord (regio, signaal_id, gegeven_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".consensusantwoord`);
    await runner.query(`DROP TABLE "${s}".consensusronde`);
  }
}
