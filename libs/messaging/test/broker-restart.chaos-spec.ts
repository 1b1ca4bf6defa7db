import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventually, TestIsolation } from '@koers/testing';
import {
  deleteBrokerObjects,
  dienSignalenIn,
  dropSchema,
  effectCounts,
  MessagingTestApp,
  startMessagingTestApp,
} from './fixtures/messaging-test-app';

const run = promisify(execFile);
const rabbitmqctl = (...args: string[]) => run('rabbitmqctl', args, { timeout: 60000 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isolation = new TestIsolation();
let app: MessagingTestApp;

jest.setTimeout(120000);

beforeAll(async () => {
  app = await startMessagingTestApp({ isolation });
});

afterAll(async () => {
  await app?.close();
  await dropSchema(isolation.schemaFor('bericht'));
  await deleteBrokerObjects(isolation);
});

it('loses and duplicates no effect of 1,000 events when the broker stops and starts mid-stream', async () => {
  const ids = new Set<string>();
  const writing = (async () => {
    for (let tx = 0; tx < 20; tx++) {
      const events = await dienSignalenIn(app, Array.from({ length: 50 }, (_, i) => `stroom-${tx}-${i}`));
      events.forEach((e) => ids.add(e.id));
      await sleep(120);
    }
  })();

  let sawDisconnect = false;
  await sleep(700);
  try {
    await rabbitmqctl('stop_app');
    await eventually(async () => (!app.health.isConnected() ? true : undefined), 5000, 20);
    sawDisconnect = true;
    await sleep(3000);
  } finally {
    await rabbitmqctl('start_app');
    await rabbitmqctl('await_startup');
  }
  await writing;
  await eventually(async () => (app.health.isConnected() ? true : undefined), 30000);
  await eventually(async () => ((await effectCounts(app.dataSource, app.schema)).distinct >= 1000 ? true : undefined), 60000, 250);
  await sleep(1500); // room for late duplicates to show up

  const counts = await effectCounts(app.dataSource, app.schema);
  const [unpublished] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${app.schema}".outbox WHERE published_at IS NULL`);
  const handledIds: Array<{ event_id: string }> = await app.dataSource.query(`SELECT DISTINCT event_id FROM "${app.schema}".effect`);
  const lost = [...ids].filter((id) => !handledIds.some((row) => row.event_id === id)).length;
  const duplicated = counts.total - counts.distinct;
  console.log(
    `[messaging] broker-restart: events=${ids.size} effects=${counts.total} lost=${lost} duplicated=${duplicated} redelivered-deduped=${app.consumer.stats.duplicates} disconnected=${sawDisconnect} unpublished=${unpublished.n}`,
  );
  expect(sawDisconnect).toBe(true);
  expect(ids.size).toBe(1000);
  expect(lost).toBe(0);
  expect(duplicated).toBe(0);
  expect(counts.distinct).toBe(1000);
  expect(unpublished.n).toBe(0);
});
