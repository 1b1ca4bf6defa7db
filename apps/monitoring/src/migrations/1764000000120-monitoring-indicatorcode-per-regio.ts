import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * An indicator code is unique within the national catalogue and one region's own indicators, not
 * across regions: one region's code must neither block another region nor tell it that it exists.
 * Course targets and interpretations name an indicator visible in their region, which the services
 * check; the database can no longer point them at one row by code alone.
 */
export class MonitoringIndicatorcodePerRegio1764000000120 implements MigrationInterface {
  name = 'MonitoringIndicatorcodePerRegio1764000000120';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".koersdoel DROP CONSTRAINT koersdoel_indicator_fkey`);
    await runner.query(`ALTER TABLE "${s}".duiding DROP CONSTRAINT duiding_indicator_fkey`);
    await runner.query(`ALTER TABLE "${s}".indicator DROP CONSTRAINT indicator_pkey`);
    // Not a generated column: TypeORM would want its own metadata table to know one.
    await runner.query(`ALTER TABLE "${s}".indicator ADD COLUMN regio_sleutel text NOT NULL DEFAULT ''`);
    await runner.query(`UPDATE "${s}".indicator SET regio_sleutel = COALESCE(regio, '')`);
    await runner.query(`ALTER TABLE "${s}".indicator ALTER COLUMN regio_sleutel DROP DEFAULT`);
    await runner.query(`ALTER TABLE "${s}".indicator ADD CONSTRAINT indicator_regio_sleutel CHECK (regio_sleutel = COALESCE(regio, ''))`);
    await runner.query(`ALTER TABLE "${s}".indicator ADD CONSTRAINT indicator_pkey PRIMARY KEY (code, regio_sleutel)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`ALTER TABLE "${s}".indicator DROP CONSTRAINT indicator_pkey`);
    await runner.query(`ALTER TABLE "${s}".indicator DROP CONSTRAINT indicator_regio_sleutel`);
    await runner.query(`ALTER TABLE "${s}".indicator DROP COLUMN regio_sleutel`);
    await runner.query(`ALTER TABLE "${s}".indicator ADD CONSTRAINT indicator_pkey PRIMARY KEY (code)`);
    await runner.query(`ALTER TABLE "${s}".duiding ADD CONSTRAINT duiding_indicator_fkey FOREIGN KEY (indicator) REFERENCES "${s}".indicator (code)`);
    await runner.query(`ALTER TABLE "${s}".koersdoel ADD CONSTRAINT koersdoel_indicator_fkey FOREIGN KEY (indicator) REFERENCES "${s}".indicator (code)`);
  }
}
