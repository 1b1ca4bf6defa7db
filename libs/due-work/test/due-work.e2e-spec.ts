import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DueWork, Klok, wekNaCommit } from '../src';
import { dropSchema, eventually } from '@koers/testing';
import { maakTabellen, omgeving, openDataSource, TAKEN } from './fixtures/taak-tabel';

const ROOT = join(__dirname, '..', '..', '..');
const schema = `test_${randomBytes(4).toString('hex')}_due`;
let dataSource: DataSource;

/** A receiver outside the database that counts what it got per idempotency key. */
let ontvanger: Server;
let ontvangerUrl: string;
const ontvangen = new Map<string, number>();

beforeAll(async () => {
  dataSource = await openDataSource(schema);
  await maakTabellen(dataSource);
  ontvanger = createServer((req, res) => {
    const sleutel = String(req.headers['idempotency-key']);
    ontvangen.set(sleutel, (ontvangen.get(sleutel) ?? 0) + 1);
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => ontvanger.listen(0, '127.0.0.1', resolve));
  ontvangerUrl = `http://127.0.0.1:${(ontvanger.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await dataSource?.destroy();
  await dropSchema(schema);
  await new Promise((resolve) => ontvanger?.close(resolve));
});

beforeEach(async () => {
  await dataSource.query(`TRUNCATE "${schema}".taak, "${schema}".uitvoering, "${schema}".outbox`);
  ontvangen.clear();
});

async function zetKlaar(aantal: number, dueOp = new Date()): Promise<string[]> {
  const ids = Array.from({ length: aantal }, () => randomUUID());
  await dataSource.query(`INSERT INTO "${schema}".taak (id, due_op) SELECT unnest($1::uuid[]), $2`, [ids, dueOp]);
  return ids;
}

async function telling(): Promise<{ totaal: number; verschillend: number; processen: number; events: number }> {
  const [rij] = await dataSource.query(
    `SELECT count(*)::int AS totaal, count(DISTINCT taak_id)::int AS verschillend, count(DISTINCT pid)::int AS processen,
            (SELECT count(DISTINCT payload->>'subject')::int FROM "${schema}".outbox) AS events
       FROM "${schema}".uitvoering`,
  );
  return rij;
}

interface Werker {
  proces: ChildProcessWithoutNullStreams;
  regels: string[];
  gestart: Promise<void>;
  einde: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  wachtOp(patroon: RegExp): Promise<void>;
}

function werker(modus: 'transactie' | 'lease', env: Record<string, string> = {}): Werker {
  const proces = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'libs/due-work/test/fixtures/due-werker.ts'],
    { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json', DUE_SCHEMA: schema, DUE_MODUS: modus, DUE_ONTVANGER: ontvangerUrl, ...env } },
  );
  const regels: string[] = [];
  const wachtenden: Array<{ patroon: RegExp; klaar: () => void }> = [];
  let uitvoer = '';
  proces.stdout.on('data', (stuk: Buffer) => {
    uitvoer += stuk;
    const delen = uitvoer.split('\n');
    uitvoer = delen.pop() ?? '';
    for (const regel of delen) {
      regels.push(regel);
      for (const w of wachtenden.filter((w) => w.patroon.test(regel))) w.klaar();
    }
  });
  let fouten = '';
  proces.stderr.on('data', (stuk: Buffer) => (fouten += stuk));
  const einde = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proces.on('exit', (code, signal) => {
      if (code) process.stderr.write(`due-werker ended with ${code}:\n${fouten}\n`);
      resolve({ code, signal });
    }),
  );
  const wachtOp = (patroon: RegExp) =>
    regels.some((r) => patroon.test(r))
      ? Promise.resolve()
      : Promise.race([
          new Promise<void>((klaar) => wachtenden.push({ patroon, klaar })),
          einde.then(({ code, signal }) => Promise.reject(new Error(`due-werker ended (${signal ?? code}) before ${patroon}:\n${fouten}`))),
        ]);
  return { proces, regels, gestart: wachtOp(/^klaar$/), einde, wachtOp };
}

async function start(...werkers: Werker[]): Promise<void> {
  await Promise.all(werkers.map((w) => w.gestart));
  for (const w of werkers) w.proces.stdin.write('start\n');
}

describe('work that stays in the database (claimed in the transaction that does it)', () => {
  it('two worker processes on one table: every row done once, none twice', async () => {
    await zetKlaar(300);
    const twee = [werker('transactie'), werker('transactie')];
    await start(...twee);
    expect((await Promise.all(twee.map((w) => w.einde))).map((e) => e.code)).toEqual([0, 0]);
    const na = await telling();
    console.log(`[due-work] two workers, in the transaction: rows=300 done=${na.totaal} distinct=${na.verschillend} processes=${na.processen}`);
    expect(na).toEqual({ totaal: 300, verschillend: 300, processen: 2, events: 300 });
  });

  it('a worker killed by SIGKILL before its commit loses nothing: after a restart every row is done once', async () => {
    await zetKlaar(30);
    const gedood = werker('transactie', { DUE_VASTLOPEN: '1' });
    await start(gedood);
    await gedood.wachtOp(/^midden/);
    gedood.proces.kill('SIGKILL');
    expect((await gedood.einde).signal).toBe('SIGKILL');
    expect(await telling()).toEqual({ totaal: 0, verschillend: 0, processen: 0, events: 0 });

    const opnieuw = werker('transactie');
    await start(opnieuw);
    expect((await opnieuw.einde).code).toBe(0);
    expect(await telling()).toEqual({ totaal: 30, verschillend: 30, processen: 1, events: 30 });
  });
});

describe('work that leaves the database (a lease, at least once, with an idempotency key)', () => {
  it('two worker processes on one table: every row sent and recorded once, none sent twice', async () => {
    const ids = await zetKlaar(200);
    const twee = [werker('lease'), werker('lease')];
    await start(...twee);
    expect((await Promise.all(twee.map((w) => w.einde))).map((e) => e.code)).toEqual([0, 0]);
    const na = await telling();
    console.log(`[due-work] two workers, with a lease: rows=200 received=${[...ontvangen.values()].reduce((a, b) => a + b, 0)} recorded=${na.totaal} processes=${na.processen}`);
    expect([...ontvangen.keys()].sort()).toEqual([...ids].sort());
    expect([...ontvangen.values()].every((n) => n === 1)).toBe(true);
    expect(na).toEqual({ totaal: 200, verschillend: 200, processen: 2, events: 200 });
  });

  it('a worker killed by SIGKILL while it holds leases: once they run out the rows go out with their key and are recorded once', async () => {
    const ids = await zetKlaar(12);
    const gedood = werker('lease', { DUE_VASTLOPEN: '1', DUE_LEASE_MS: '1500' });
    await start(gedood);
    await gedood.wachtOp(/^midden/);
    gedood.proces.kill('SIGKILL');
    expect((await gedood.einde).signal).toBe('SIGKILL');
    const [{ geleased }] = await dataSource.query(`SELECT count(*)::int AS geleased FROM "${schema}".taak WHERE geclaimd_tot > now() AND gedaan_op IS NULL`);
    expect(geleased).toBeGreaterThan(0);

    const opnieuw = werker('lease', { DUE_LEASE_MS: '1500' });
    await start(opnieuw);
    expect((await opnieuw.einde).code).toBe(0);
    expect([...ontvangen.keys()].sort()).toEqual([...ids].sort());
    expect(await telling()).toEqual({ totaal: 12, verschillend: 12, processen: 1, events: 12 });
  });
});

describe('in one process', () => {
  const gedaan = async () => (await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".taak WHERE gedaan_op IS NOT NULL`))[0].n as number;
  const luisteraars: Array<{ stop(): Promise<void> }> = [];
  afterAll(() => Promise.all(luisteraars.map((l) => l.stop())));
  const klaarMaken = (klok: Klok) => {
    const env = omgeving(dataSource, klok);
    luisteraars.push(env.luisteraar);
    return new DueWork(env, {
      naam: 'taken',
      intervalMs: 600_000,
      batch: 10,
      due: TAKEN,
      async verwerk(manager, ids) {
        await manager.query(`UPDATE "${schema}".taak SET gedaan_op = now() WHERE id = ANY($1::uuid[])`, [ids]);
      },
    });
  };

  it('compares due dates with the injected clock, not the database clock', async () => {
    const morgen = new Date(Date.now() + 86_400_000);
    await zetKlaar(3, morgen);
    let nu = new Date();
    const werk = klaarMaken({ nu: () => nu });
    expect(await werk.werkAf()).toBe(0);
    nu = new Date(morgen.getTime() + 1000);
    expect(await werk.werkAf()).toBe(3);
    expect(await gedaan()).toBe(3);
  });

  it('wakes at once when a transaction that made work due commits, not at the interval, and not on a rollback', async () => {
    const werk = klaarMaken({ nu: () => new Date() });
    await werk.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the first run, on start, found nothing
      const nieuw = (manager: import('typeorm').EntityManager) =>
        manager.query(`INSERT INTO "${schema}".taak (id, due_op) VALUES ($1, now())`, [randomUUID()]).then(() => wekNaCommit(manager, 'taken'));
      await dataSource.transaction(async (manager) => {
        await nieuw(manager);
        throw new Error('terugdraaien');
      }).catch(() => undefined);
      await dataSource.transaction(nieuw);
      expect(await eventually(async () => ((await gedaan()) === 1 ? true : undefined), 3000)).toBe(true);
    } finally {
      await werk.stop();
    }
  });
});
