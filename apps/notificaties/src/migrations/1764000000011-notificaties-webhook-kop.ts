import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * Head of the line: of the waiting deliveries of one subscription and record (the line), only the
 * first is claimable, marked `kop`. The claim then reads an index of exactly the claimable heads of
 * active subscriptions, instead of checking "no earlier one still waiting" over the whole backlog.
 */
export class NotificatiesWebhookKop1764000000011 implements MigrationInterface {
  name = 'NotificatiesWebhookKop1764000000011';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".webhook_aflevering ADD COLUMN kop boolean NOT NULL DEFAULT false`);
    await runner.query(`
      UPDATE "${s}".webhook_aflevering SET kop = true
       WHERE id IN (SELECT DISTINCT ON (abonnement_id, volgorde) id FROM "${s}".webhook_aflevering
                     WHERE status = 'wachtend' ORDER BY abonnement_id, volgorde, volgnummer)`);
    // Never two heads in one line: the database refuses what a race between transactions might do.
    await runner.query(`CREATE UNIQUE INDEX webhook_aflevering_kop_uniek ON "${s}".webhook_aflevering (abonnement_id, volgorde) WHERE status = 'wachtend' AND kop`);
    // The claim, per active subscription: its due heads in order.
    await runner.query(`CREATE INDEX webhook_aflevering_claimbaar_idx ON "${s}".webhook_aflevering (abonnement_id, volgende_poging, volgnummer) WHERE status = 'wachtend' AND kop`);
    await runner.query(`DROP INDEX "${s}".webhook_aflevering_te_bezorgen_idx`);
    // Read by no query (a webhook_bericht is never updated or deleted): one index write less per planned delivery.
    await runner.query(`DROP INDEX "${s}".webhook_aflevering_event_idx`);
    // Room on each page, so that the claim's lease (no indexed column) is a HOT update without index writes.
    await runner.query(`ALTER TABLE "${s}".webhook_aflevering SET (fillfactor = 70)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".webhook_aflevering RESET (fillfactor)`);
    await runner.query(`CREATE INDEX webhook_aflevering_event_idx ON "${s}".webhook_aflevering (event_id)`);
    await runner.query(`CREATE INDEX webhook_aflevering_te_bezorgen_idx ON "${s}".webhook_aflevering (volgende_poging, volgnummer) WHERE status = 'wachtend'`);
    await runner.query(`DROP INDEX "${s}".webhook_aflevering_claimbaar_idx`);
    await runner.query(`DROP INDEX "${s}".webhook_aflevering_kop_uniek`);
    await runner.query(`ALTER TABLE "${s}".webhook_aflevering DROP COLUMN kop`);
  }
}
