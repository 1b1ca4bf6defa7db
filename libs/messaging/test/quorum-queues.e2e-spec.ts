import * as amqplib from 'amqplib';
import { eventually, TestIsolation } from '@koers/testing';
import { queueDeclarations, queueNames } from '../src';
import { AMQP_URL, deleteBrokerObjects, dienSignalenIn, dropSchema, effectCounts, MessagingTestApp, SERVICE, startMessagingTestApp } from './fixtures/messaging-test-app';

const isolation = new TestIsolation();
let app: MessagingTestApp;

beforeAll(async () => {
  app = await startMessagingTestApp({ isolation, retryDelaysMs: [100, 200] });
});

afterAll(async () => {
  await app?.close();
  await dropSchema(isolation.schemaFor(SERVICE));
  await deleteBrokerObjects(isolation, app?.broker);
});

const names = () => queueNames({ service: SERVICE, broker: app.broker });

/**
 * What the broker answers to a declaration of an existing queue with the given arguments: the same
 * ones are accepted, another queue type is refused (406 PRECONDITION_FAILED naming x-queue-type).
 */
async function redeclare(queue: string, args: Record<string, unknown>): Promise<'accepted' | string> {
  const connection = await amqplib.connect(AMQP_URL);
  try {
    const channel = await connection.createChannel();
    channel.on('error', () => undefined);
    try {
      await channel.checkQueue(queue);
      await channel.assertQueue(queue, { durable: true, arguments: args });
      return 'accepted';
    } catch (error) {
      return (error as Error).message;
    }
  } finally {
    await connection.close().catch(() => undefined);
  }
}

it('declares the service queue, its retry queues and its dead-letter queue as quorum queues under their own names', async () => {
  const { queue, retry, deadLetter } = names();
  expect(queue).toBe(`${isolation.queuePrefix}.${SERVICE}.quorum`);
  const declared = queueDeclarations({ service: SERVICE, broker: app.broker });
  expect(declared.map((d) => d.name)).toEqual([queue, ...retry, deadLetter]);
  for (const { name, arguments: args } of declared) {
    expect(await redeclare(name, args)).toBe('accepted');
    expect(await redeclare(name, { ...args, 'x-queue-type': 'classic' })).toMatch(/PRECONDITION_FAILED.*x-queue-type/);
  }
});

it('leaves a classic queue of the old name alone: the quorum queues never collide with it', async () => {
  const old = `${isolation.queuePrefix}.${SERVICE}`;
  const connection = await amqplib.connect(AMQP_URL);
  try {
    const channel = await connection.createChannel();
    await channel.assertQueue(old, { durable: true });
    expect((await channel.checkQueue(names().queue)).consumerCount).toBeGreaterThan(0);
    await channel.deleteQueue(old);
  } finally {
    await connection.close();
  }
});

it('handles events, retries a failing one through the quorum retry queues and dead-letters it after the last', async () => {
  const [ok] = await dienSignalenIn(app, ['gewoon']);
  const [gif] = await dienSignalenIn(app, ['gif']);
  await eventually(async () => ((await effectCounts(app.dataSource, app.schema)).total >= 1 ? true : undefined));
  const dead = await eventually(async () => (await app.deadLetters.list()).find((d) => d.eventId === gif.id), 15000);
  expect(dead.attempts).toBe(3); // the first delivery and one per retry delay
  expect((await app.dataSource.query(`SELECT event_id FROM "${app.schema}".effect WHERE event_id = $1`, [ok.id])).length).toBe(1);
});

it('deletes the quorum queues when the test isolation releases the service', async () => {
  const other = new TestIsolation();
  const started = await startMessagingTestApp({ isolation: other, retryDelaysMs: [200, 500] });
  const created = queueNames({ service: SERVICE, broker: started.broker });
  await started.close();
  other.claim(SERVICE);
  await other.release(SERVICE);
  await dropSchema(other.schemaFor(SERVICE));
  for (const name of [created.queue, ...created.retry, created.deadLetter]) {
    expect(await redeclare(name, {})).toMatch(/NOT_FOUND/);
  }
});
