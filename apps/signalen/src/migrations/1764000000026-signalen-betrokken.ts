import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * `GET /v1/signalen?betrokken=true` looks signals up by who submitted or took them up, by the
 * submitting organisation, and by the parties of consensus rounds: an index for each.
 */
export class SignalenBetrokken1764000000026 implements MigrationInterface {
  name = 'SignalenBetrokken1764000000026';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`CREATE INDEX signaal_indiener_sub_idx ON "${s}".signaal (regio, indiener_sub)`);
    await runner.query(`CREATE INDEX signaal_behandelaar_sub_idx ON "${s}".signaal (regio, behandelaar_sub) WHERE behandelaar_sub IS NOT NULL`);
    await runner.query(`CREATE INDEX signaal_indiener_organisatie_idx ON "${s}".signaal (regio, indiener_organisatie) WHERE indiener_organisatie IS NOT NULL`);
    await runner.query(`CREATE INDEX consensusronde_partijen_idx ON "${s}".consensusronde USING gin (partijen jsonb_path_ops)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(
      `DROP INDEX "${s}".consensusronde_partijen_idx, "${s}".signaal_indiener_organisatie_idx, "${s}".signaal_behandelaar_sub_idx, "${s}".signaal_indiener_sub_idx`,
    );
  }
}
