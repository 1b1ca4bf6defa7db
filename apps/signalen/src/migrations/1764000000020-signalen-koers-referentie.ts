import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** The part of the koersdocument or uitvoeringsprogramma a signal deviates from (domain.md §2). */
export class SignalenKoersReferentie1764000000020 implements MigrationInterface {
  name = 'SignalenKoersReferentie1764000000020';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "${schemaOf(runner.connection)}".signaal ADD COLUMN koers_referentie text NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "${schemaOf(runner.connection)}".signaal DROP COLUMN koers_referentie`);
  }
}
