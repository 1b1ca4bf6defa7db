import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class NotificatiesEmailOutbox1764000000003 implements MigrationInterface {
  name = 'NotificatiesEmailOutbox1764000000003';

  async up(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${schema}".uitgaande_email (
        id uuid PRIMARY KEY,
        ontvanger_sub text NOT NULL,
        adres text NOT NULL,
        soort text NOT NULL CHECK (soort IN ('direct', 'dagoverzicht')),
        onderwerp text NOT NULL,
        tekst text NOT NULL,
        html text NOT NULL,
        status text NOT NULL CHECK (status IN ('wachtend', 'verzonden')),
        pogingen integer NOT NULL DEFAULT 0,
        volgende_poging timestamptz NOT NULL,
        laatste_fout text,
        aangemaakt_op timestamptz NOT NULL,
        verzonden_op timestamptz
      )`);
    await runner.query(
      `CREATE INDEX uitgaande_email_wachtend_idx ON "${schema}".uitgaande_email (volgende_poging) WHERE status = 'wachtend'`,
    );
    await runner.query(`CREATE INDEX uitgaande_email_ontvanger_idx ON "${schema}".uitgaande_email (ontvanger_sub, aangemaakt_op DESC)`);
    // One row per recipient per event; the e-mail it went out in is set at once (direct) or by the daily digest.
    await runner.query(`
      CREATE TABLE "${schema}".email_melding (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        ontvanger_sub text NOT NULL,
        adres text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        categorie text NOT NULL,
        wijze text NOT NULL CHECK (wijze IN ('direct', 'dagelijks')),
        titel text NOT NULL,
        tekst text NOT NULL,
        link text NOT NULL,
        actie text NOT NULL,
        aangemaakt_op timestamptz NOT NULL,
        uitgaande_email_id uuid REFERENCES "${schema}".uitgaande_email (id) DEFERRABLE INITIALLY DEFERRED,
        UNIQUE (event_id, ontvanger_sub)
      )`);
    await runner.query(
      `CREATE INDEX email_melding_dagoverzicht_idx ON "${schema}".email_melding (aangemaakt_op) WHERE wijze = 'dagelijks' AND uitgaande_email_id IS NULL`,
    );
    await runner.query(`CREATE INDEX email_melding_ontvanger_idx ON "${schema}".email_melding (ontvanger_sub, regio, aangemaakt_op DESC)`);
    await runner.query(`CREATE INDEX email_melding_uitgaande_email_idx ON "${schema}".email_melding (uitgaande_email_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${schema}".email_melding`);
    await runner.query(`DROP TABLE "${schema}".uitgaande_email`);
  }
}
