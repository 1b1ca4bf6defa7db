import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';
import { SEED_REGIOS } from '../gebied/gebied.seed';
import { INDICATOR_SEED } from '../indicator/indicator.seed';

/** The seed regions with their gemeenten and the national indicator catalogue. */
export class MonitoringSeed1764000000002 implements MigrationInterface {
  name = 'MonitoringSeed1764000000002';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`INSERT INTO "${s}".regio (code, naam) SELECT * FROM unnest($1::text[], $2::text[])`, [
      SEED_REGIOS.map((r) => r.code),
      SEED_REGIOS.map((r) => r.naam),
    ]);
    const gemeenten = SEED_REGIOS.flatMap((r) => Object.entries(r.gemeenten).map(([code, naam]) => ({ code, naam, regio: r.code })));
    await runner.query(`INSERT INTO "${s}".gemeente (code, regio, naam) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
      gemeenten.map((g) => g.code),
      gemeenten.map((g) => g.regio),
      gemeenten.map((g) => g.naam),
    ]);
    await runner.query(
      `INSERT INTO "${s}".indicator (code, naam, definitie, eenheid, richting, bron)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      (['code', 'naam', 'definitie', 'eenheid', 'richting', 'bron'] as const).map((field) => INDICATOR_SEED.map((i) => i[field])),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DELETE FROM "${s}".indicator WHERE regio IS NULL`);
    await runner.query(`DELETE FROM "${s}".gemeente`);
    await runner.query(`DELETE FROM "${s}".regio`);
  }
}
