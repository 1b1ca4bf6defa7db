import { randomInt } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from './eventually';
import { TEST_DATABASE_URL } from './test-isolation';

/**
 * Holds back the COMMIT of every transaction that inserts a matching row into a table until the
 * test opens the gate: a deferred constraint trigger waits for an advisory lock the test holds. So a
 * test can act while a request has done all its work but not committed — or, with the service
 * process stopped (SIGSTOP) before opening, between the commit and the answer it never sends.
 * Nothing in the service knows about it.
 */
export class CommitGate {
  private constructor(
    private readonly client: Client,
    private readonly schema: string,
    private readonly name: string,
    private readonly table: string,
    private readonly lock: [number, number],
  ) {}

  /** `when` is the trigger's condition on NEW, e.g. `NEW.titel LIKE 'poort%'`. */
  static async install(schema: string, table: string, when: string): Promise<CommitGate> {
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    const lock: [number, number] = [randomInt(1, 2 ** 31 - 1), randomInt(1, 2 ** 31 - 1)];
    const name = `commit_gate_${lock[1]}`;
    await client.query(`CREATE FUNCTION "${schema}".${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_advisory_xact_lock(${lock[0]}, ${lock[1]}); RETURN NULL; END $$`);
    await client.query(`CREATE CONSTRAINT TRIGGER ${name} AFTER INSERT ON "${schema}".${table} DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION "${schema}".${name}()`);
    await client.query(`SELECT pg_advisory_lock($1, $2)`, lock);
    return new CommitGate(client, schema, name, table, lock);
  }

  /** Resolves once a transaction waits at the gate in its COMMIT. */
  async held(timeoutMs = 15000): Promise<void> {
    await eventually(async () => {
      const { rows } = await this.client.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1 AND objid = $2 AND objsubid = 2`,
        this.lock,
      );
      return rows[0].n > 0 ? true : undefined;
    }, timeoutMs);
  }

  /** Lets the waiting commits through; later ones pass at once. */
  async open(): Promise<void> {
    await this.client.query(`SELECT pg_advisory_unlock($1, $2)`, this.lock);
  }

  async remove(): Promise<void> {
    try {
      await this.client.query(`SELECT pg_advisory_unlock_all()`);
      await this.client.query(`DROP TRIGGER IF EXISTS ${this.name} ON "${this.schema}".${this.table}`);
      await this.client.query(`DROP FUNCTION IF EXISTS "${this.schema}".${this.name}()`);
    } finally {
      await this.client.end();
    }
  }
}
