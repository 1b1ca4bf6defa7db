import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * A burst must not flood people: per person and category an hour window counts the direct e-mails;
 * past the limit messages wait (`gebundeld`) for one e-mail at the window's end. Inbox items name
 * their group, so the inbox can show 300 new signals as one line.
 */
export class NotificatiesBundels1764000000012 implements MigrationInterface {
  name = 'NotificatiesBundels1764000000012';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".email_venster (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ontvanger_sub text NOT NULL,
        categorie text NOT NULL,
        begin_op timestamptz NOT NULL,
        aantal integer NOT NULL CHECK (aantal >= 1),
        bundel_op timestamptz NULL,
        UNIQUE (ontvanger_sub, categorie)
      )`);
    await runner.query(`CREATE INDEX email_venster_bundel_idx ON "${s}".email_venster (bundel_op) WHERE bundel_op IS NOT NULL`);
    await runner.query(`ALTER TABLE "${s}".email_melding DROP CONSTRAINT email_melding_wijze_check`);
    await runner.query(`ALTER TABLE "${s}".email_melding ADD CONSTRAINT email_melding_wijze_check CHECK (wijze IN ('direct', 'dagelijks', 'gebundeld'))`);
    await runner.query(
      `CREATE INDEX email_melding_bundel_idx ON "${s}".email_melding (ontvanger_sub, categorie) WHERE wijze = 'gebundeld' AND uitgaande_email_id IS NULL`,
    );
    await runner.query(`ALTER TABLE "${s}".uitgaande_email DROP CONSTRAINT uitgaande_email_soort_check`);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email ADD CONSTRAINT uitgaande_email_soort_check CHECK (soort IN ('direct', 'dagoverzicht', 'bundel'))`);

    await runner.query(`ALTER TABLE "${s}".inbox_item ADD COLUMN groep text NULL, ADD COLUMN groep_naam text NULL`);
    // Items from before the groups: one group per kind of event.
    await runner.query(`UPDATE "${s}".inbox_item SET groep = event_type, groep_naam = event_type`);
    await runner.query(`ALTER TABLE "${s}".inbox_item ALTER COLUMN groep SET NOT NULL, ALTER COLUMN groep_naam SET NOT NULL`);
    await runner.query(`CREATE INDEX inbox_item_groep_idx ON "${s}".inbox_item (ontvanger_sub, regio, groep, ontvangen_op DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".inbox_item_groep_idx`);
    await runner.query(`ALTER TABLE "${s}".inbox_item DROP COLUMN groep_naam, DROP COLUMN groep`);
    await runner.query(`DELETE FROM "${s}".uitgaande_email WHERE soort = 'bundel'`);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email DROP CONSTRAINT uitgaande_email_soort_check`);
    await runner.query(`ALTER TABLE "${s}".uitgaande_email ADD CONSTRAINT uitgaande_email_soort_check CHECK (soort IN ('direct', 'dagoverzicht'))`);
    await runner.query(`DROP INDEX "${s}".email_melding_bundel_idx`);
    await runner.query(`UPDATE "${s}".email_melding SET wijze = 'direct' WHERE wijze = 'gebundeld'`);
    await runner.query(`ALTER TABLE "${s}".email_melding DROP CONSTRAINT email_melding_wijze_check`);
    await runner.query(`ALTER TABLE "${s}".email_melding ADD CONSTRAINT email_melding_wijze_check CHECK (wijze IN ('direct', 'dagelijks'))`);
    await runner.query(`DROP TABLE "${s}".email_venster`);
  }
}
