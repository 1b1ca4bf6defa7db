import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/** A change counter on gemeenten and indicators: the other services' copies of the register keep the newest. */
export class MonitoringRegisterVersie1764000000030 implements MigrationInterface {
  name = 'MonitoringRegisterVersie1764000000030';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".gemeente ADD COLUMN versie integer NOT NULL DEFAULT 1 CHECK (versie >= 1)`);
    await runner.query(`ALTER TABLE "${s}".indicator ADD COLUMN versie integer NOT NULL DEFAULT 1 CHECK (versie >= 1)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".gemeente DROP COLUMN versie`);
    await runner.query(`ALTER TABLE "${s}".indicator DROP COLUMN versie`);
  }
}
