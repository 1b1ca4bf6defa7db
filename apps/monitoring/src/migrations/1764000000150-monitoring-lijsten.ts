import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * The paged lists: `GET /v1/koersdoelen?gemeente=` (the unique key starts with the indicator),
 * `GET /v1/regios/{regio}/gemeenten` by name and `GET /v1/regios/{regio}/indicatoren` by code.
 */
export class MonitoringLijsten1764000000150 implements MigrationInterface {
  name = 'MonitoringLijsten1764000000150';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`CREATE INDEX koersdoel_gemeente_idx ON "${s}".koersdoel (regio, gemeente, indicator)`);
    await runner.query(`CREATE INDEX gemeente_naam_idx ON "${s}".gemeente (regio, naam, code)`);
    await runner.query(`CREATE INDEX indicator_regio_code_idx ON "${s}".indicator (regio_sleutel, code)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP INDEX "${s}".indicator_regio_code_idx, "${s}".gemeente_naam_idx, "${s}".koersdoel_gemeente_idx`);
  }
}
