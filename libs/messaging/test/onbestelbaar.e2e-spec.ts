import * as amqplib from 'amqplib';
import { randomUUID } from 'node:crypto';
import { berichtOnbestelbaarType, berichtOnbestelbaarV1, SIGNAAL_INGEDIEND_V1 } from '@koers/contracts';
import { eventually, TestIsolation } from '@koers/testing';
import { AMQP_URL, deleteBrokerObjects, dienSignalenIn, dropSchema, MessagingTestApp, OnbestelbaarHandlers, queryOnce, startMessagingTestApp } from './fixtures/messaging-test-app';

const isolation = new TestIsolation();
const FEIT = berichtOnbestelbaarType('signalen');
let app: MessagingTestApp;

beforeAll(async () => {
  app = await startMessagingTestApp({ isolation, retryDelaysMs: [100], onbestelbaar: berichtOnbestelbaarV1.signalen });
});

afterAll(async () => {
  await app?.close();
  await dropSchema(isolation.schemaFor('bericht'));
  await deleteBrokerObjects(isolation, app?.broker);
});

const feiten = async () =>
  (await queryOnce<{ payload: { id: string; type: string; regio: string; subject: string; data: Record<string, unknown> } }>(
    `SELECT payload FROM "${app.schema}".outbox WHERE type = $1 ORDER BY position`,
    [FEIT],
  )).map((r) => r.payload);

const deadLetter = (eventId: string) => eventually(async () => (await app.deadLetters.list()).find((d) => d.eventId === eventId), 10000);

it('tells the region of a dead letter with a fact through the outbox: ids, type and reason, never the payload', async () => {
  const [event] = await dienSignalenIn(app, ['geweigerd']);
  await deadLetter(event.id);
  const [feit] = await eventually(async () => {
    const alle = (await feiten()).filter((f) => f.data.eventId === event.id);
    return alle.length ? alle : undefined;
  });
  expect(feit).toMatchObject({ type: FEIT, regio: 'midden-limburg-west', subject: event.id });
  expect(feit.data).toEqual({
    regio: 'midden-limburg-west',
    dienst: 'signalen',
    eventId: event.id,
    eventType: SIGNAAL_INGEDIEND_V1,
    reden: expect.stringContaining("heeft status 'afgewezen'"),
    pogingen: 1,
    onbestelbaarOp: expect.any(String),
  });
});

it('lists and replays one at a time: a list while a replay runs still sees every dead letter, and the replay finds its message', async () => {
  const [event] = await dienSignalenIn(app, ['geweigerd']);
  await deadLetter(event.id);
  const [eerste, tweede, vervangen, derde] = await Promise.all([app.deadLetters.list(), app.deadLetters.list(), app.deadLetters.replay([event.id]), app.deadLetters.list()]);
  expect(vervangen).toBe(1);
  for (const lijst of [eerste, tweede]) expect(lijst.map((d) => d.eventId)).toContain(event.id);
  // Replayed, it is refused once more and comes back; the list after the replay never saw a held copy.
  expect(derde.filter((d) => d.eventId === event.id).length).toBeLessThanOrEqual(1);
});

it('two processes of the service take turns as well: a list in one while the other replays a dead letter still sees the rest', async () => {
  const tweede = await startMessagingTestApp({ isolation, retryDelaysMs: [100], onbestelbaar: berichtOnbestelbaarV1.signalen, relay: false });
  try {
    const [blijft] = await dienSignalenIn(app, ['geweigerd']);
    await deadLetter(blijft.id);
    // A replay takes every dead letter off the queue for a moment, the one it leaves as well.
    for (let ronde = 0; ronde < 5; ronde++) {
      const [vervangen] = await dienSignalenIn(app, ['geweigerd']);
      await deadLetter(vervangen.id);
      const [aantal, lijst] = await Promise.all([app.deadLetters.replay([vervangen.id]), tweede.deadLetters.list()]);
      expect(aantal).toBe(1);
      expect(lijst.map((d) => d.eventId)).toContain(blijft.id);
    }
  } finally {
    await tweede.close();
  }
});

it('does not report a fact that is itself dead-lettered, so nothing goes round', async () => {
  const [event] = await dienSignalenIn(app, ['geweigerd']);
  const feit = await eventually(async () => (await feiten()).find((f) => f.data.eventId === event.id));
  // The fact comes back to this service, is refused and dead-lettered in turn.
  await deadLetter(feit.id);
  expect(app.app.get(OnbestelbaarHandlers).ontvangen).toContain(event.id);
  const [marker] = await dienSignalenIn(app, ['na-de-melding']);
  await eventually(async () => ((await app.dataSource.query(`SELECT 1 FROM "${app.schema}".effect WHERE event_id = $1`, [marker.id])).length ? true : undefined));
  expect((await feiten()).filter((f) => f.data.eventId === feit.id)).toEqual([]);
});

it('does not report a dead letter without a region (an unreadable message)', async () => {
  const voor = (await feiten()).length;
  const messageId = randomUUID();
  const connection = await amqplib.connect(AMQP_URL);
  try {
    const channel = await connection.createConfirmChannel();
    channel.publish(app.broker.exchange, SIGNAAL_INGEDIEND_V1, Buffer.from('geen json'), { messageId, persistent: true });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
  await deadLetter(messageId);
  const [marker] = await dienSignalenIn(app, ['na-onleesbaar']);
  await eventually(async () => ((await app.dataSource.query(`SELECT 1 FROM "${app.schema}".effect WHERE event_id = $1`, [marker.id])).length ? true : undefined));
  expect((await feiten()).length).toBe(voor);
});
