import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class NotificatiesWebhooks1764000000010 implements MigrationInterface {
  name = 'NotificatiesWebhooks1764000000010';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".webhook_abonnement (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        organisatie text NOT NULL,
        callback_url text NOT NULL,
        event_types text[] NOT NULL,
        gemeenten text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('actief', 'gepauzeerd')),
        pauze_reden text,
        geheim text NOT NULL,
        vorig_geheim text,
        vorig_geheim_tot timestamptz,
        falend_sinds timestamptz,
        aangemaakt_door text NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    // Lists per organisation (aanbieder) or region (beheerder); and the match of every event of a region.
    await runner.query(`CREATE INDEX webhook_abonnement_organisatie_idx ON "${s}".webhook_abonnement (regio, organisatie, aangemaakt_op DESC)`);

    // The event as it is sent, once, however many subscriptions receive it.
    await runner.query(`
      CREATE TABLE "${s}".webhook_bericht (
        event_id uuid PRIMARY KEY,
        regio text NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);

    await runner.query(`
      CREATE TABLE "${s}".webhook_aflevering (
        id uuid PRIMARY KEY,
        volgnummer bigint GENERATED ALWAYS AS IDENTITY,
        abonnement_id uuid NOT NULL REFERENCES "${s}".webhook_abonnement (id) ON DELETE CASCADE,
        regio text NOT NULL,
        event_id uuid NOT NULL REFERENCES "${s}".webhook_bericht (event_id),
        event_type text NOT NULL,
        volgorde text NOT NULL,
        status text NOT NULL CHECK (status IN ('wachtend', 'bezorgd', 'mislukt')),
        pogingen integer NOT NULL DEFAULT 0,
        pogingen_in_reeks integer NOT NULL DEFAULT 0,
        volgende_poging timestamptz NOT NULL,
        geclaimd_tot timestamptz,
        laatste_statuscode integer,
        laatste_fout text,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        afgerond_op timestamptz,
        UNIQUE (abonnement_id, event_id)
      )`);
    // The worker's claim: due deliveries in order, and "no earlier one of the same record still on its way".
    await runner.query(`CREATE INDEX webhook_aflevering_te_bezorgen_idx ON "${s}".webhook_aflevering (volgende_poging, volgnummer) WHERE status = 'wachtend'`);
    await runner.query(`CREATE INDEX webhook_aflevering_volgorde_idx ON "${s}".webhook_aflevering (abonnement_id, volgorde, volgnummer) WHERE status = 'wachtend'`);
    // The delivery log of a subscription, newest first, and re-delivery of the failed ones since a time.
    await runner.query(`CREATE INDEX webhook_aflevering_log_idx ON "${s}".webhook_aflevering (abonnement_id, regio, aangemaakt_op DESC, volgnummer DESC)`);
    await runner.query(`CREATE INDEX webhook_aflevering_mislukt_idx ON "${s}".webhook_aflevering (abonnement_id, aangemaakt_op) WHERE status = 'mislukt'`);
    await runner.query(`CREATE INDEX webhook_aflevering_event_idx ON "${s}".webhook_aflevering (event_id)`);

    await runner.query(`
      CREATE TABLE "${s}".webhook_poging (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        aflevering_id uuid NOT NULL REFERENCES "${s}".webhook_aflevering (id) ON DELETE CASCADE,
        regio text NOT NULL,
        nummer integer NOT NULL,
        tijdstip timestamptz NOT NULL,
        statuscode integer,
        duur_ms integer NOT NULL,
        fout text,
        UNIQUE (aflevering_id, nummer)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    for (const table of ['webhook_poging', 'webhook_aflevering', 'webhook_bericht', 'webhook_abonnement']) await runner.query(`DROP TABLE "${s}".${table}`);
  }
}
