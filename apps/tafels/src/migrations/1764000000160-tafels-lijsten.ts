import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * `GET /v1/tafels` and `GET /v1/afspraken` filter by status, by owner, by a merged signal and by who
 * takes part (`betrokken`: the behandelaar, a seated user, a seated organisation): an index for each.
 */
export class TafelsLijsten1764000000160 implements MigrationInterface {
  name = 'TafelsLijsten1764000000160';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`CREATE INDEX tafel_status_idx ON "${s}".tafel (regio, status, gestart_op)`);
    await runner.query(`CREATE INDEX tafel_samengevoegde_signalen_idx ON "${s}".tafel USING gin (samengevoegde_signalen)`);
    await runner.query(`CREATE INDEX tafel_behandelaar_idx ON "${s}".tafel (regio, behandelaar_sub)`);
    await runner.query(`CREATE INDEX deelnemer_sub_idx ON "${s}".deelnemer (regio, sub) WHERE sub IS NOT NULL`);
    await runner.query(`CREATE INDEX deelnemer_organisatie_idx ON "${s}".deelnemer (regio, organisatie) WHERE organisatie IS NOT NULL`);
    await runner.query(`CREATE INDEX afspraak_eigenaar_idx ON "${s}".afspraak (regio, eigenaar, deadline)`);
    await runner.query(`CREATE INDEX afspraak_status_idx ON "${s}".afspraak (regio, status, deadline)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(
      `DROP INDEX "${s}".afspraak_status_idx, "${s}".afspraak_eigenaar_idx, "${s}".deelnemer_organisatie_idx, "${s}".deelnemer_sub_idx, "${s}".tafel_behandelaar_idx, "${s}".tafel_samengevoegde_signalen_idx, "${s}".tafel_status_idx`,
    );
  }
}
