import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class SignalenSignaal1764000000001 implements MigrationInterface {
  name = 'SignalenSignaal1764000000001';

  async up(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${schema}".signaal (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        bron text NOT NULL CHECK (bron IN ('beleidsinformatie', 'contractdoel', 'partnerverzoek')),
        titel text NOT NULL,
        omschrijving text NOT NULL,
        gemeenten text[] NOT NULL CHECK (cardinality(gemeenten) > 0),
        status text NOT NULL,
        indiener_sub text NOT NULL,
        indiener_rol text NOT NULL,
        indiener_organisatie text,
        ingediend_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX signaal_regio_status_idx ON "${schema}".signaal (regio, status)`);
    await runner.query(`CREATE INDEX signaal_regio_ingediend_op_idx ON "${schema}".signaal (regio, ingediend_op DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const schema = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${schema}".signaal`);
  }
}
