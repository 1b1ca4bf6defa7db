import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { queueNames } from '../src';
import { eventually, TestIsolation } from '@koers/testing';
import {
  brokerSettings,
  deleteBrokerObjects,
  dropSchema,
  effectCounts,
  MessagingTestApp,
  queryOnce,
  queueDepth,
  startMessagingTestApp,
} from './fixtures/messaging-test-app';

const ROOT = join(__dirname, '..', '..', '..');
const isolation = new TestIsolation();
const schema = isolation.schemaFor('bericht');
let app: MessagingTestApp | undefined;

afterAll(async () => {
  await app?.close();
  await dropSchema(schema);
  await deleteBrokerObjects(isolation);
});

/** Starts the fixture process and SIGKILLs it the moment it reports its commit. */
function commitAndKill(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'libs/messaging/test/fixtures/commit-and-hang.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json', KOERS_TEST_ISOLATION_ID: isolation.id },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let eventId: string | undefined;
    const timeout = setTimeout(() => child.kill('SIGKILL'), 45000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /committed ([0-9a-f-]{36})/.exec(output);
      if (match && !eventId) {
        eventId = match[1];
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (_code, signal) => {
      clearTimeout(timeout);
      if (eventId && signal === 'SIGKILL') resolve(eventId);
      else reject(new Error(`fixture ended (${signal ?? _code}) without committing:\n${output}`));
    });
  });
}

it('publishes an event committed by a process killed before its relay ran, and handles it once', async () => {
  const eventId = await commitAndKill();

  const [row] = await queryOnce<{ published_at: Date | null }>(`SELECT published_at FROM "${schema}".outbox WHERE event_id = $1`, [eventId]);
  const [before] = await queryOnce<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".effect`);
  const queued = await queueDepth(queueNames({ service: 'bericht', broker: brokerSettings(isolation) }).queue);
  expect(row).toBeDefined();
  expect(row.published_at).toBeNull();
  expect(before.n).toBe(0);
  expect(queued).toBe(0);

  app = await startMessagingTestApp({ isolation });
  const started = app;
  await eventually(async () => ((await effectCounts(started.dataSource, schema)).total > 0 ? true : undefined), 15000);
  await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate to show up
  const after = await effectCounts(started.dataSource, schema);
  const [published] = await queryOnce<{ published_at: Date | null }>(`SELECT published_at FROM "${schema}".outbox WHERE event_id = $1`, [eventId]);
  console.log(
    `[messaging] relay-crash: unpublished-after-kill=1 effects-before=${before.n} queued-before=${queued} effects-after=${after.total} distinct=${after.distinct} published=${published.published_at !== null}`,
  );
  expect(after).toEqual({ total: 1, distinct: 1 });
  expect(published.published_at).not.toBeNull();
});
