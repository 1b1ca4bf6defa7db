import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The agreements of a table, each version its own row, and the jurists' checks of them. */
export class TafelsAfspraak1764000000110 implements MigrationInterface {
  name = 'TafelsAfspraak1764000000110';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".afspraak (
        id uuid PRIMARY KEY,
        tafel_id uuid NOT NULL REFERENCES "${s}".tafel (id),
        regio text NOT NULL,
        versie integer NOT NULL CHECK (versie >= 1),
        vorige_versie_id uuid NULL REFERENCES "${s}".afspraak (id),
        soort text NOT NULL CHECK (soort IN ('contractaanpassing', 'deskundigheidsbevordering', 'werkafspraak', 'pilot', 'outcomecriterium', 'overig')),
        omschrijving text NOT NULL,
        eigenaar text NOT NULL,
        deadline date NOT NULL,
        rechtsgrond text NOT NULL,
        gemeenten text[] NOT NULL,
        voor_de_hele_regio boolean NOT NULL,
        bijeenkomst_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('concept', 'vastgelegd', 'uitgevoerd', 'gestopt', 'vervangen', 'ingetrokken')),
        toetsing text NOT NULL CHECK (toetsing IN ('open', 'akkoord', 'bezwaar')),
        voortgang text NULL CHECK (voortgang IN ('lopend', 'uitgevoerd', 'gestopt')),
        stopreden text NULL,
        monitoringplan_id uuid NULL,
        plan_bevestigd boolean NOT NULL DEFAULT false,
        outcomecriterium jsonb NULL,
        opgesteld_door_sub text NOT NULL,
        opgesteld_op timestamptz NOT NULL,
        gewijzigd_op timestamptz NOT NULL,
        vastgelegd_op timestamptz NULL,
        CHECK ((soort = 'outcomecriterium') = (outcomecriterium IS NOT NULL)),
        CHECK (status <> 'gestopt' OR stopreden IS NOT NULL),
        CHECK ((versie = 1) = (vorige_versie_id IS NULL))
      )`);
    await runner.query(`CREATE INDEX afspraak_tafel_idx ON "${s}".afspraak (regio, tafel_id, opgesteld_op)`);
    await runner.query(`CREATE INDEX afspraak_toetsing_idx ON "${s}".afspraak (regio, toetsing, opgesteld_op) WHERE status = 'concept'`);
    await runner.query(`CREATE UNIQUE INDEX afspraak_een_nieuwe_versie ON "${s}".afspraak (vorige_versie_id) WHERE vorige_versie_id IS NOT NULL`);
    await runner.query(`
      CREATE TABLE "${s}".afspraak_toetsing (
        id uuid PRIMARY KEY,
        afspraak_id uuid NOT NULL REFERENCES "${s}".afspraak (id),
        regio text NOT NULL,
        oordeel text NOT NULL CHECK (oordeel IN ('akkoord', 'bezwaar')),
        reden text NULL,
        jurist_sub text NOT NULL,
        getoetst_op timestamptz NOT NULL,
        CHECK (oordeel = 'akkoord' OR reden IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX afspraak_toetsing_afspraak_idx ON "${s}".afspraak_toetsing (regio, afspraak_id, getoetst_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".afspraak_toetsing`);
    await runner.query(`DROP TABLE "${s}".afspraak`);
  }
}
