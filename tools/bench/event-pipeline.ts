/**
 * Event pipeline benchmark: raw amqplib (confirm-publish + consume/ack) against the Koers pipeline
 * (outbox in the writer's transaction → relay with confirms → consumer with processed-events transaction →
 * handler), in the same run, on the same broker and database.
 *
 * By default both sides do the same work around the messages: nothing (the raw consumer acks, the
 * Koers handler notes the time in memory), so the ratio is the cost of the guarantees themselves.
 * BENCH_WITH_STATE=1 adds what a real service does on top — a state row next to each event and an
 * effect row per handled event — to show how much of the time that application work takes.
 *
 *   bash tools/bench/run.sh event-pipeline [N]
 *
 * Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/koers_test), AMQP_URL.
 * Creates its own schema, exchange and queues and removes them afterwards.
 */
import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import * as amqplib from 'amqplib';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { CloudEvent, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';
import type { KoersSettings } from '@koers/config';
import {
  encodeEvent,
  EventConsumer,
  HandlesEvent,
  MessagingModule,
  MESSAGING_MIGRATIONS,
  MESSAGING_TUNING,
  OutboxWriter,
  PROCESSED_EVENTS_TABLE,
  publishOptions,
  queueNames,
} from '@koers/messaging';
import { DATA_SOURCE, PersistenceModule, schemaOf } from '@koers/persistence';

const N = Number(process.argv[2] ?? 5000);
const TX_SIZE = Number(process.env.BENCH_TX_SIZE ?? 100);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/koers_test';
const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const id = randomBytes(4).toString('hex');
const SERVICE = 'bench';
const broker: KoersSettings['broker'] = {
  url: AMQP_URL,
  exchange: `koers.bench.${id}`,
  queuePrefix: `koers-bench.${id}`,
  prefetch: Number(process.env.BENCH_PREFETCH ?? 100),
  retryDelaysMs: [1000],
};
const schema = `bench_${id}`;
const WITH_STATE = process.env.BENCH_WITH_STATE === '1';
if (process.env.BENCH_CONCURRENCY) MESSAGING_TUNING.consumerConcurrency = Number(process.env.BENCH_CONCURRENCY);
if (process.env.BENCH_RELAY_BATCH) MESSAGING_TUNING.relayBatchSize = Number(process.env.BENCH_RELAY_BATCH);

function sampleEvent(titel: string): CloudEvent<SignaalIngediendV1> {
  const signaalId = randomUUID();
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: 'urn:nld:oin:00000000000000000000:systeem:koers-bench',
    type: SIGNAAL_INGEDIEND_V1,
    time: new Date().toISOString(),
    subject: signaalId,
    datacontenttype: 'application/json',
    dataschema: `urn:nl-koers:schema:${SIGNAAL_INGEDIEND_V1}`,
    regio: 'midden-limburg-west',
    traceparent: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
    data: {
      signaalId,
      regio: 'midden-limburg-west',
      bron: 'beleidsinformatie',
      titel,
      gemeenten: ['GM1640', 'GM0946'],
      indienerRol: 'gemeente',
      ingediendOp: new Date().toISOString(),
    },
  };
}

// ---------------------------------------------------------------------------------------------- raw

async function rawBaseline(): Promise<{ seconds: number; rate: number }> {
  const exchange = `koers.bench.${id}.raw`;
  const queue = `koers-bench.${id}.raw`;
  const publisher = await amqplib.connect(AMQP_URL);
  const consumer = await amqplib.connect(AMQP_URL);
  try {
    const pub = await publisher.createConfirmChannel();
    await pub.assertExchange(exchange, 'topic', { durable: true });
    await pub.assertQueue(queue, { durable: true });
    await pub.bindQueue(queue, exchange, SIGNAAL_INGEDIEND_V1);
    const sub = await consumer.createChannel();
    await sub.prefetch(broker.prefetch);
    let acked = 0;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    let lastAck = 0;
    await sub.consume(queue, (message) => {
      if (!message) return;
      sub.ack(message);
      if (++acked === N) {
        lastAck = performance.now();
        done();
      }
    });
    const events = Array.from({ length: N }, (_, i) => sampleEvent(`raw-${i}`));
    const start = performance.now();
    for (let i = 0; i < N; i += 500) {
      for (const event of events.slice(i, i + 500)) {
        pub.publish(exchange, event.type, encodeEvent(event), publishOptions(event, 'bench'));
      }
      await pub.waitForConfirms();
    }
    await finished;
    const seconds = (lastAck - start) / 1000;
    await pub.deleteQueue(queue);
    await pub.deleteExchange(exchange);
    return { seconds, rate: N / seconds };
  } finally {
    await publisher.close().catch(() => undefined);
    await consumer.close().catch(() => undefined);
  }
}

// -------------------------------------------------------------------------------------------- koers

class BenchTables1764000000001 implements MigrationInterface {
  name = 'BenchTables1764000000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner.connection);
    await queryRunner.query(`CREATE TABLE "${s}".signaal (id uuid PRIMARY KEY, titel text NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "${s}".effect (event_id uuid NOT NULL, handled_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  }
  async down(): Promise<void> {
    // dropped with the schema
  }
}

/** Per event id: when its handler ran, and how often (more than once would be a duplicated effect). */
const handled = new Map<string, { at: number; calls: number }>();

@Injectable()
class BenchHandler {
  @HandlesEvent(SIGNAAL_INGEDIEND_V1)
  async signaalIngediend(event: CloudEvent<SignaalIngediendV1>, manager: EntityManager): Promise<void> {
    if (WITH_STATE) await manager.query(`INSERT INTO "${schema}".effect (event_id) VALUES ($1)`, [event.id]);
    const seen = handled.get(event.id);
    handled.set(event.id, { at: Date.now(), calls: (seen?.calls ?? 0) + 1 });
  }
}

@Module({
  imports: [
    PersistenceModule.forRoot({
      url: DATABASE_URL,
      schema,
      entities: [],
      migrations: [...MESSAGING_MIGRATIONS, BenchTables1764000000001],
      migrateOnStart: true,
      poolSize: 10,
    }),
    MessagingModule.forRoot({ service: SERVICE, broker, eventSource: 'urn:nld:oin:00000000000000000000:systeem:koers-bench' }),
  ],
  providers: [BenchHandler],
})
class BenchModule {}

async function koersPipeline() {
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  const dataSource = app.get<DataSource>(DATA_SOURCE);
  const writer = app.get(OutboxWriter);
  const consumer = app.get(EventConsumer);
  try {
    await dataSource.query(`TRUNCATE "${schema}".signaal, "${schema}".effect, "${schema}".outbox, "${schema}".${PROCESSED_EVENTS_TABLE}`);
    handled.clear();
    const committedAt = new Map<string, number>(); // event id → commit time (epoch ms)
    const events = Array.from({ length: N }, (_, i) => sampleEvent(`koers-${i}`));
    let firstCommit = 0;
    for (let i = 0; i < N; i += TX_SIZE) {
      const batch = events.slice(i, i + TX_SIZE);
      await dataSource.transaction(async (manager) => {
        if (WITH_STATE) {
          const params = batch.flatMap((e) => [e.data.signaalId, e.data.titel]);
          await manager.query(
            `INSERT INTO "${schema}".signaal (id, titel) VALUES ${batch.map((_, j) => `($${2 * j + 1}, $${2 * j + 2})`).join(', ')}`,
            params,
          );
        }
        await writer.add(manager, batch);
      });
      const now = Date.now();
      if (!firstCommit) firstCommit = now;
      for (const event of batch) committedAt.set(event.id, now);
    }
    const writeSeconds = (Date.now() - firstCommit) / 1000;
    // Done when every handler ran AND its transaction (with the processed-event rows) committed.
    const deadline = Date.now() + 120_000;
    while (handled.size < N) {
      if (Date.now() > deadline) throw new Error(`only ${handled.size} of ${N} events handled within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    for (;;) {
      const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".${PROCESSED_EVENTS_TABLE}`);
      if (n >= N) break;
      if (Date.now() > deadline) throw new Error(`only ${n} of ${N} processed-event rows committed within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const end = Date.now();
    const published: Array<{ event_id: string; at: string }> = await dataSource.query(
      `SELECT event_id, (extract(epoch FROM published_at) * 1000)::float8 AS at FROM "${schema}".outbox`,
    );
    const publishedAt = new Map(published.map((row) => [row.event_id, Number(row.at)]));
    const rows = [...handled].map(([eventId, { at }]) => ({ eventId, handled: at, published: publishedAt.get(eventId) ?? NaN }));
    const latencies = rows.map((row) => row.handled - (committedAt.get(row.eventId) ?? NaN)).sort((a, b) => a - b);
    // Where the time goes: commit → marked published by the relay (after confirms), and from there → handled.
    const relayLag = rows.map((row) => row.published - (committedAt.get(row.eventId) ?? NaN)).sort((a, b) => a - b);
    const consumerLag = rows.map((row) => row.handled - row.published).sort((a, b) => a - b);
    const seconds = (end - firstCommit) / 1000;
    const [{ n: effects }] = WITH_STATE
      ? await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".effect`)
      : [{ n: [...handled.values()].reduce((sum, h) => sum + h.calls, 0) }];
    const distinct = handled.size;
    return {
      seconds,
      rate: N / seconds,
      writeSeconds,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      relayP50: percentile(relayLag, 0.5),
      consumerP50: percentile(consumerLag, 0.5),
      effects,
      distinct,
      batches: consumer.stats.batches,
    };
  } finally {
    await app.close();
  }
}

/**
 * Latency of a lone event, not of a backlog: events committed one per transaction at a steady
 * pace well below capacity (every PACED_INTERVAL_MS), commit → handler ran.
 */
const PACED_EVENTS = 300;
const PACED_INTERVAL_MS = 10;

async function koersPacedLatency(): Promise<{ p50: number; p99: number }> {
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  const dataSource = app.get<DataSource>(DATA_SOURCE);
  const writer = app.get(OutboxWriter);
  try {
    handled.clear();
    const committedAt = new Map<string, number>();
    for (let i = 0; i < PACED_EVENTS; i++) {
      const event = sampleEvent(`paced-${i}`);
      await dataSource.transaction((manager) => writer.add(manager, event));
      committedAt.set(event.id, Date.now());
      await new Promise((resolve) => setTimeout(resolve, PACED_INTERVAL_MS));
    }
    const deadline = Date.now() + 30_000;
    while (handled.size < PACED_EVENTS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    const latencies = [...committedAt].map(([eventId, at]) => (handled.get(eventId)?.at ?? NaN) - at).sort((a, b) => a - b);
    return { p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
  } finally {
    await app.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function cleanUp(): Promise<void> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
  const connection = await amqplib.connect(AMQP_URL);
  const channel = await connection.createChannel();
  const names = queueNames({ service: SERVICE, broker });
  for (const queue of [names.queue, ...names.retry, names.deadLetter]) await channel.deleteQueue(queue);
  await channel.deleteExchange(broker.exchange);
  await connection.close();
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const size = encodeEvent(sampleEvent('koers-0')).length;
  console.log(
    `[bench] event pipeline${WITH_STATE ? ' with state and effect rows' : ''}: N=${N}, rounds ${ROUNDS}, message ~${size} bytes, tx size ${TX_SIZE}, prefetch ${broker.prefetch}, consumer concurrency ${MESSAGING_TUNING.consumerConcurrency}, relay batch ${MESSAGING_TUNING.relayBatchSize}`,
  );
  const raws: number[] = [];
  const koerses: Array<Awaited<ReturnType<typeof koersPipeline>>> = [];
  try {
    // Alternating rounds, medians reported: a shared 2-core machine is noisy.
    for (let round = 1; round <= ROUNDS; round++) {
      const raw = await rawBaseline();
      raws.push(raw.rate);
      console.log(`[bench] round ${round} raw amqplib (confirm publish → consume/ack): ${raw.rate.toFixed(0)} msgs/s (${raw.seconds.toFixed(2)} s)`);
      const koers = await koersPipeline();
      koerses.push(koers);
      console.log(
        `[bench] round ${round} koers (outbox tx → relay → processed-events tx → handler): ${koers.rate.toFixed(0)} events/s (${koers.seconds.toFixed(2)} s; writing took ${koers.writeSeconds.toFixed(2)} s; ${koers.batches} consumer batches; effects ${koers.effects}, distinct ${koers.distinct})`,
      );
      console.log(
        `[bench] round ${round} commit→handled latency: p50 ${koers.p50.toFixed(0)} ms, p99 ${koers.p99.toFixed(0)} ms (p50 commit→marked published ${koers.relayP50.toFixed(0)} ms, published→handled ${koers.consumerP50.toFixed(0)} ms)`,
      );
      if (koers.effects !== N || koers.distinct !== N) throw new Error(`expected ${N} effects, got ${koers.effects} (${koers.distinct} distinct)`);
    }
    const raw = median(raws);
    const koers = median(koerses.map((k) => k.rate));
    console.log(`[bench] median raw: ${raw.toFixed(0)} msgs/s`);
    console.log(`[bench] median koers: ${koers.toFixed(0)} events/s`);
    console.log(`[bench] median commit→handled p50 ${median(koerses.map((k) => k.p50)).toFixed(0)} ms, p99 ${median(koerses.map((k) => k.p99)).toFixed(0)} ms`);
    const paced = await koersPacedLatency();
    console.log(
      `[bench] lone-event latency (${PACED_EVENTS} single-event transactions, one every ${PACED_INTERVAL_MS} ms): commit→handled p50 ${paced.p50.toFixed(0)} ms, p99 ${paced.p99.toFixed(0)} ms`,
    );
    console.log(`[bench] ratio koers/raw (medians): ${(koers / raw).toFixed(2)}`);
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
