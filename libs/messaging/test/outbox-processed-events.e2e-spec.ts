import * as amqplib from 'amqplib';
import { randomUUID } from 'node:crypto';
import { CloudEvent, ContractViolation, createCloudEvent, SIGNAAL_INGEDIEND_V1 } from '@koers/contracts';
import { encodeEvent, PROCESSED_EVENTS_TABLE, publishOptions, queueNames } from '../src';
import { eventually, TestIsolation } from '@koers/testing';
import {
  AMQP_URL,
  deleteBrokerObjects,
  dienSignalenIn,
  dropSchema,
  effectCounts,
  MessagingTestApp,
  queueDepth,
  signaalEvent,
  startMessagingTestApp,
} from './fixtures/messaging-test-app';

const isolation = new TestIsolation();
let app: MessagingTestApp;
let connection: amqplib.ChannelModel;
let raw: amqplib.ConfirmChannel;

beforeAll(async () => {
  app = await startMessagingTestApp({ isolation, retryDelaysMs: [100, 200] });
  connection = await amqplib.connect(AMQP_URL);
  raw = await connection.createConfirmChannel();
});

afterAll(async () => {
  await connection?.close();
  await app?.close();
  await dropSchema(isolation.schemaFor('bericht'));
  await deleteBrokerObjects(isolation, app?.broker);
});

const names = () => queueNames({ service: 'bericht', broker: app.broker });

async function effectsOf(eventId: string): Promise<number> {
  const [row] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${app.schema}".effect WHERE event_id = $1`, [eventId]);
  return row.n;
}

/** Writes a marker event and waits for its effect: the single consumer handles in order, so everything before it is done. */
async function flush(): Promise<void> {
  const [marker] = await dienSignalenIn(app, [`marker-${randomUUID().slice(0, 8)}`]);
  await eventually(async () => ((await effectsOf(marker.id)) === 1 ? true : undefined));
}

async function publishRaw(event: CloudEvent): Promise<void> {
  raw.publish(app.broker.exchange, event.type, encodeEvent(event), publishOptions(event, 'test'));
  await raw.waitForConfirms();
}

async function deadLetterFor(eventId: string) {
  return eventually(async () => (await app.deadLetters.list()).find((d) => d.eventId === eventId), 10000);
}

it('writes the state change and its event in one transaction: rollback leaves neither, nothing is published', async () => {
  const event = signaalEvent(app.writer, 'teruggedraaid');
  await expect(
    app.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO "${app.schema}".signaal (id, titel) VALUES ($1, $2)`, [event.data.signaalId, 'teruggedraaid']);
      await app.writer.add(manager, event);
      throw new Error('use case fails after writing the event');
    }),
  ).rejects.toThrow('use case fails');

  const invalid = { ...signaalEvent(app.writer, 'ongeldig'), data: { titel: '' } } as CloudEvent;
  await expect(
    app.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO "${app.schema}".signaal (id, titel) VALUES ($1, $2)`, [randomUUID(), 'ongeldig']);
      await app.writer.add(manager, invalid);
    }),
  ).rejects.toBeInstanceOf(ContractViolation);
  await expect(app.writer.add(app.dataSource.manager, signaalEvent(app.writer, 'zonder-tx'))).rejects.toThrow('transaction');

  await flush();
  const [state] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${app.schema}".signaal WHERE titel IN ('teruggedraaid', 'ongeldig')`);
  const [outbox] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${app.schema}".outbox WHERE event_id = ANY($1::uuid[])`, [[event.id, invalid.id]]);
  const effects = await effectsOf(event.id);
  console.log(`[messaging] rollback: state-rows=${state.n} outbox-rows=${outbox.n} effects=${effects}`);
  expect([state.n, outbox.n, effects]).toEqual([0, 0, 0]);
});

it('publishes a committed event and handles it exactly once', async () => {
  const [event] = await dienSignalenIn(app, ['eenmaal']);
  await eventually(async () => ((await effectsOf(event.id)) > 0 ? true : undefined));
  await flush();
  const [outbox] = await app.dataSource.query(`SELECT published_at FROM "${app.schema}".outbox WHERE event_id = $1`, [event.id]);
  const [processed] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${app.schema}".${PROCESSED_EVENTS_TABLE} WHERE event_id = $1`, [event.id]);
  const effects = await effectsOf(event.id);
  console.log(`[messaging] exactly-once: published=${outbox.published_at !== null} processed=${processed.n} effects=${effects}`);
  expect(outbox.published_at).not.toBeNull();
  expect(processed.n).toBe(1);
  expect(effects).toBe(1);
});

it('applies the effect once when the same message is delivered twice', async () => {
  const event = signaalEvent(app.writer, 'dubbel');
  const before = app.consumer.stats.duplicates;
  await publishRaw(event);
  await publishRaw(event);
  await flush();
  const effects = await effectsOf(event.id);
  const deduped = app.consumer.stats.duplicates - before;
  console.log(`[messaging] duplicate: deliveries=2 effects=${effects} deduped=${deduped}`);
  expect(effects).toBe(1);
  expect(deduped).toBe(1);
});

it('dead-letters a poison message after its retries while later messages keep flowing, and replays it once fixed', async () => {
  // Same transaction → same consumer batch: the batch falls back to a savepoint per message.
  const [before, poison, after] = await dienSignalenIn(app, ['voor-gif', 'gif', 'naast-gif']);
  const later: CloudEvent[] = [before, after];
  for (let i = 0; i < 3; i++) later.push(...(await dienSignalenIn(app, [`na-gif-${i}`])));
  await eventually(async () => ((await Promise.all(later.map((e) => effectsOf(e.id)))).every((n) => n === 1) ? true : undefined));
  const laterHandledAt = Date.now();

  const dead = await deadLetterFor(poison.id);
  const deadSeenAt = Date.now();
  console.log(
    `[messaging] poison: later-handled=${later.length} (${deadSeenAt - laterHandledAt} ms before the poison was seen dead) attempts=${dead.attempts} error="${dead.error}" poison-effects=${await effectsOf(poison.id)}`,
  );
  expect(laterHandledAt).toBeLessThanOrEqual(deadSeenAt);
  expect(dead).toMatchObject({ type: SIGNAAL_INGEDIEND_V1, regio: 'midden-limburg-west', attempts: 3 });
  expect(dead.error).toMatch(/^Onverwachte fout bij het verwerken \(Error\): giftig signaal: /);
  expect(dead.deadLetteredAt).not.toBeNull();
  expect(dead.event?.id).toBe(poison.id);
  expect(await effectsOf(poison.id)).toBe(0);
  // Listing leaves the dead letters where they are.
  expect((await app.deadLetters.list()).some((d) => d.eventId === poison.id)).toBe(true);

  app.handlers.poison.delete('gif');
  try {
    expect(await app.deadLetters.replay([poison.id])).toBe(1);
    await eventually(async () => ((await effectsOf(poison.id)) === 1 ? true : undefined));
    await flush();
    const remaining = (await app.deadLetters.list()).filter((d) => d.eventId === poison.id).length;
    console.log(`[messaging] replay: replayed=1 effects=${await effectsOf(poison.id)} still-dead=${remaining}`);
    expect(remaining).toBe(0);
    expect(await effectsOf(poison.id)).toBe(1);
  } finally {
    app.handlers.poison.add('gif');
  }
});

it('dead-letters a payload that violates its JSON Schema at once, without retries', async () => {
  const valid = signaalEvent(app.writer, 'schema');
  const event = { ...valid, data: { ...valid.data, gemeenten: [], onbekendVeld: true } };
  const callsBefore = app.handlers.calls;
  await publishRaw(event);
  const dead = await deadLetterFor(event.id);
  console.log(`[messaging] contract-violation: attempts=${dead.attempts} handler-calls=${app.handlers.calls - callsBefore} error="${dead.error}"`);
  expect(dead.attempts).toBe(0);
  expect(dead.error).toBe(`Het bericht ${SIGNAAL_INGEDIEND_V1} klopt niet met zijn schema: het veld 'onbekendVeld' hoort er niet bij; het veld 'gemeenten' mag geen lege lijst zijn.`);
  expect(app.handlers.calls - callsBefore).toBe(0);
  expect(await effectsOf(event.id)).toBe(0);
});

it('acks an unknown event type and does nothing else', async () => {
  const event = createCloudEvent({ type: 'nl.koers.onbekend.iets.gebeurd.v1', source: 'urn:nld:test', regio: 'flevoland', data: { x: 1 } });
  const deadBefore = (await app.deadLetters.list()).length;
  const unknownBefore = app.consumer.stats.unknown;
  const before = (await effectCounts(app.dataSource, app.schema)).total;
  raw.sendToQueue(names().queue, encodeEvent(event), publishOptions(event, 'test'));
  await raw.waitForConfirms();
  await eventually(async () => (app.consumer.stats.unknown > unknownBefore ? true : undefined));
  const depth = await queueDepth(names().queue);
  const deadAfter = (await app.deadLetters.list()).length;
  const after = (await effectCounts(app.dataSource, app.schema)).total;
  console.log(`[messaging] unknown-type: acked=${app.consumer.stats.unknown - unknownBefore} queue-depth=${depth} dead-letters+=${deadAfter - deadBefore} effects+=${after - before}`);
  expect(depth).toBe(0);
  expect(deadAfter - deadBefore).toBe(0);
  expect(after - before).toBe(0);
});

it('dead-letters a body that is not JSON', async () => {
  const messageId = randomUUID();
  raw.sendToQueue(names().queue, Buffer.from('dit is geen json'), { messageId, contentType: 'text/plain', persistent: true });
  await raw.waitForConfirms();
  const dead = await deadLetterFor(messageId);
  console.log(`[messaging] not-json: attempts=${dead.attempts} event=${dead.event} error="${dead.error}"`);
  expect(dead.event).toBeNull();
  expect(dead.attempts).toBe(0);
  expect(dead.error).toBe('Het bericht is niet leesbaar: de inhoud is geen JSON.');
});

it('dead-letters a domain refusal at once with its reason: the handler ran once, nothing was retried', async () => {
  const callsBefore = app.handlers.calls;
  const retriedBefore = app.consumer.stats.retried;
  const [event] = await dienSignalenIn(app, ['geweigerd']);
  const dead = await deadLetterFor(event.id);
  console.log(`[messaging] refusal: attempts=${dead.attempts} handler-calls=${app.handlers.calls - callsBefore} error="${dead.error}"`);
  expect(dead.attempts).toBe(1);
  expect(dead.error).toBe(`Statusconflict: Signaal ${event.data.signaalId} heeft status 'afgewezen'; het kan niet meer worden ingediend.`);
  expect(app.handlers.calls - callsBefore).toBe(1);
  expect(app.consumer.stats.retried - retriedBefore).toBe(0);
  expect(await effectsOf(event.id)).toBe(0);
});

it('dead-letters an event whose envelope regio differs from its payload regio, without running the handler', async () => {
  const valid = signaalEvent(app.writer, 'andere-regio');
  const event = { ...valid, regio: 'flevoland' };
  const callsBefore = app.handlers.calls;
  await publishRaw(event);
  const dead = await deadLetterFor(event.id);
  console.log(`[messaging] regio-mismatch: attempts=${dead.attempts} handler-calls=${app.handlers.calls - callsBefore} error="${dead.error}"`);
  expect(dead).toMatchObject({ regio: 'flevoland', attempts: 0 });
  expect(dead.error).toBe('De regio in de inhoud van het bericht (midden-limburg-west) wijkt af van de regio van het bericht zelf (flevoland).');
  expect(app.handlers.calls - callsBefore).toBe(0);
  expect(await effectsOf(event.id)).toBe(0);
});
