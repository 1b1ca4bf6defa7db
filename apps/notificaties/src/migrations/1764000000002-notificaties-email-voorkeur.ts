import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class NotificatiesEmailVoorkeur1764000000002 implements MigrationInterface {
  name = 'NotificatiesEmailVoorkeur1764000000002';

  async up(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    // Only choices that differ from the default are stored; the primary key serves every lookup.
    await runner.query(`
      CREATE TABLE "${schema}".email_voorkeur (
        gebruiker_sub text NOT NULL,
        categorie text NOT NULL,
        keuze text NOT NULL CHECK (keuze IN ('direct', 'dagelijks', 'uit')),
        gewijzigd_op timestamptz NOT NULL,
        PRIMARY KEY (gebruiker_sub, categorie)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${schema}".email_voorkeur`);
  }
}
