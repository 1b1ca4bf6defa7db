import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** Indexes for the filters of the signal list: gemeente, indicator and Dutch full-text search. */
export class SignalenZoeken1764000000022 implements MigrationInterface {
  name = 'SignalenZoeken1764000000022';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`CREATE INDEX signaal_gemeenten_idx ON "${s}".signaal USING gin (gemeenten)`);
    await runner.query(`CREATE INDEX signaal_indicatoren_idx ON "${s}".signaal USING gin (indicatoren)`);
    // The same expression as the list query, so the planner can use it.
    await runner.query(`CREATE INDEX signaal_tekst_idx ON "${s}".signaal USING gin (to_tsvector('dutch', titel || ' ' || omschrijving))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".signaal_tekst_idx, "${s}".signaal_indicatoren_idx, "${s}".signaal_gemeenten_idx`);
  }
}
