import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

/**
 * The answers to requests sent with an Idempotency-Key, per caller (token subject), region and key,
 * written in the same transaction as the request's effect. In every service's own schema.
 */
export class IdempotencyKeysTable implements MigrationInterface {
  name = 'IdempotencyKeysTable1764000000090';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaOf(queryRunner.connection);
    await queryRunner.query(`
      CREATE TABLE "${schema}".idempotency_key (
        caller text NOT NULL,
        regio text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status smallint NOT NULL,
        headers jsonb NOT NULL,
        body text NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (caller, regio, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_key_expires ON "${schema}".idempotency_key (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "${schemaOf(queryRunner.connection)}".idempotency_key`);
  }
}
