import type { EntityManager } from 'typeorm';

/** Keys are kept at least this long per caller and region (the draft leaves it to the server). */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Expired keys removed per write: every write clears a few, so the table stays as large as a day's writes. */
const CLEANUP_BATCH = 50;

export interface IdempotencyScope {
  /** The token subject: a key never answers another caller. */
  caller: string;
  regio: string;
  key: string;
}

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  headers: Record<string, string>;
  /** The JSON text the first request answered with, or null for an empty answer. */
  body: string | null;
}

/** The answers to requests with an Idempotency-Key, read and written in the caller's transaction. */
export class IdempotencyStore {
  constructor(
    private readonly schema: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly retentionMs = IDEMPOTENCY_RETENTION_MS,
  ) {}

  /**
   * Takes the key for the rest of the transaction, across processes; false when another transaction
   * holds it, i.e. a request with this key is still being handled.
   */
  async claim(manager: EntityManager, scope: IdempotencyScope): Promise<boolean> {
    const [{ claimed }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS claimed`, [
      JSON.stringify([this.schema, scope.caller, scope.regio, scope.key]),
    ]);
    return claimed;
  }

  async find(manager: EntityManager, scope: IdempotencyScope): Promise<StoredAnswer | undefined> {
    const [row] = await manager.query(
      `SELECT fingerprint, status, headers, body FROM "${this.schema}".idempotency_key
        WHERE caller = $1 AND regio = $2 AND key = $3 AND expires_at > $4`,
      [scope.caller, scope.regio, scope.key, this.clock()],
    );
    return row;
  }

  /** Keeps the answer (replacing an expired one under the same key) and removes a few expired keys. */
  async store(manager: EntityManager, scope: IdempotencyScope, answer: StoredAnswer): Promise<void> {
    const now = this.clock();
    await manager.query(
      `INSERT INTO "${this.schema}".idempotency_key (caller, regio, key, fingerprint, status, headers, body, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (caller, regio, key) DO UPDATE
         SET fingerprint = excluded.fingerprint, status = excluded.status, headers = excluded.headers, body = excluded.body,
             created_at = excluded.created_at, expires_at = excluded.expires_at
         WHERE idempotency_key.expires_at <= excluded.created_at`,
      [scope.caller, scope.regio, scope.key, answer.fingerprint, answer.status, JSON.stringify(answer.headers), answer.body, now, new Date(now.getTime() + this.retentionMs)],
    );
    await manager.query(
      `DELETE FROM "${this.schema}".idempotency_key WHERE (caller, regio, key) IN (
         SELECT caller, regio, key FROM "${this.schema}".idempotency_key WHERE expires_at <= $1
          ORDER BY expires_at LIMIT ${CLEANUP_BATCH} FOR UPDATE SKIP LOCKED)`,
      [now],
    );
  }
}
