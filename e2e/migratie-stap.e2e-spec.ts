import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrationLockKey } from '@koers/persistence';
import { dropSchema, eventually, startServiceProcess, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';

const ROOT = join(__dirname, '..');

interface Afloop {
  code: number | null;
  output: string;
}

/** The image's command (`node dist/apps/main.js <args>`), run from the sources as the tests run services. */
function koers(args: string[], env: Record<string, string>): { klaar: Promise<Afloop>; output: () => string } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'apps/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { klaar: new Promise((resolve) => child.once('exit', (code) => resolve({ code, output }))), output: () => output };
}

/** Migrations as a step of their own: `<service> migrate` and the init container's `<service> migrate --check`. */
describe('the migrate command of a service', () => {
  const schema = new TestIsolation().schemaFor('monitoring');
  const env = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, NODE_ENV: 'production' };
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  beforeAll(() => db.connect());
  afterAll(async () => {
    await db.end();
    await dropSchema(schema);
  });

  it('check exits 1 while the schema lacks the image’s migrations; two migrators at once apply them once; then check exits 0', async () => {
    const voor = await koers(['monitoring', 'migrate', '--check'], env).klaar;
    expect(voor.code).toBe(1);
    const ontbrekend = Number(/lacks (\d+) migration\(s\) of this image; run migrate first/.exec(voor.output)?.[1]);
    expect(ontbrekend).toBeGreaterThan(3); // the bus, the idempotency keys and monitoring's own

    // The test holds the lock first, so both migrators surely meet it — as a second Job or replica would.
    await db.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [migrationLockKey(schema)]);
    const a = koers(['monitoring', 'migrate'], env);
    const b = koers(['migrate'], { ...env, KOERS_SERVICE: 'monitoring' });
    await eventually(async () => (/holds the lock/.test(a.output()) && /holds the lock/.test(b.output()) ? true : undefined), 30_000, 100);
    await db.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [migrationLockKey(schema)]);
    const [eerste, tweede] = await Promise.all([a.klaar, b.klaar]);

    expect([eerste.code, tweede.code]).toEqual([0, 0]);
    const uitkomsten = [eerste.output, tweede.output].map((output) => (new RegExp(`applied ${ontbrekend} migration\\(s\\)`).test(output) ? 'gemigreerd' : /nothing to migrate/.test(output) ? 'niets te doen' : output));
    expect(uitkomsten.sort()).toEqual(['gemigreerd', 'niets te doen']);
    const { rows } = await db.query<{ name: string; n: number }>(`SELECT name, count(*)::int AS n FROM "${schema}".migrations GROUP BY name`);
    expect(rows).toHaveLength(ontbrekend);
    expect(rows.every((row) => row.n === 1)).toBe(true);

    const na = await koers(['monitoring', 'migrate', '--check'], env).klaar;
    expect(na.code).toBe(0);
    expect(na.output).toMatch(/is up to date/);
  }, 180_000);

  it('refuses an unknown service or command with exit status 64', async () => {
    const dienst = await koers(['kassa', 'migrate'], env).klaar;
    expect(dienst).toEqual({ code: 64, output: expect.stringMatching(/one of signalen, tafels, pilots, consent, monitoring, notificaties/) });
    const opdracht = await koers(['monitoring', 'migreer'], env).klaar;
    expect(opdracht).toEqual({ code: 64, output: expect.stringMatching(/unknown command "migreer"/) });
  }, 180_000);

  it('lets two replicas that migrate on start (development) start at once on a fresh schema: the migrations run once', async () => {
    const isolation = new TestIsolation();
    const [a, b] = await Promise.all([startServiceProcess('tafels', isolation), startServiceProcess('tafels', isolation)]);
    try {
      const { rows } = await db.query<{ name: string; n: number }>(`SELECT name, count(*)::int AS n FROM "${a.schema}".migrations GROUP BY name`);
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.every((row) => row.n === 1)).toBe(true);
    } finally {
      await b.kill('SIGTERM');
      await a.stop();
    }
  }, 180_000);
});
