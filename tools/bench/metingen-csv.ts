/**
 * CSV intake benchmark: 100,000 measurements uploaded through the monitoring
 * API (streamed, validated, new figures COPY-ed straight into meting, changed series queued for
 * trend detection), against raw PostgreSQL `COPY` of the same rows into an equivalent table, in the
 * same run. Then the trend detection worker is timed until it has drained the queue, separately.
 * Then the same file again: nothing may change, and it should be at least as fast.
 *
 *   bash tools/bench/run.sh metingen-csv [ROWS]
 *
 * Needs PostgreSQL, RabbitMQ and Keycloak (tools/keycloak/start.sh). Uses its own schema and
 * exchange, removes them afterwards.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import * as amqplib from 'amqplib';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createServiceApp } from '@koers/bootstrap';
import { loadKoersSettings } from '@koers/config';
import { queueNames } from '@koers/messaging';
import { monitoring } from '../../apps/monitoring/src/monitoring.service-definition';

const ROWS = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/koers_test';
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
const id = randomBytes(4).toString('hex');
const schema = `bench_${id}_monitoring`;
const REGIO = 'midden-limburg-west';
const INDICATOREN = ['jeugdhulp-totaal', 'jeugdhulp-met-verblijf', 'jeugdhulp-zonder-verblijf', 'jeugdbescherming', 'doelrealisatie'];
// Enough quarters that the gemeenten stay within the CBS code range (GM5000–GM9999) for large runs.
const PERIODES = Array.from({ length: Math.max(20, Math.ceil(ROWS / (INDICATOREN.length * 5000))) }, (_, i) => `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
const STUK = 64 * 1024;
const GEMEENTEN = Math.ceil(ROWS / (INDICATOREN.length * PERIODES.length));

function gemeenteCode(i: number): string {
  return `GM${String(5000 + i).padStart(4, '0')}`;
}

/** The file, generated lazily: indicator × gemeente × period, with teller/noemer. */
function* csvRegels(variant: number): Generator<string> {
  yield 'indicator,gemeente,periode,waarde,teller,noemer\n';
  let n = 0;
  for (let g = 0; g < GEMEENTEN && n < ROWS; g++) {
    for (const indicator of INDICATOREN) {
      for (const periode of PERIODES) {
        if (n++ >= ROWS) return;
        const teller = 20 + ((g * 7 + n) % 180) + variant;
        yield `${indicator},${gemeenteCode(g)},${periode},${(teller / 40).toFixed(3)},${teller},4000\n`;
      }
    }
  }
}

/** Text in chunks of 64 KiB, cut wherever the boundary falls — as a file is read from disk and sent. */
function* inStukken(regels: Iterable<string>): Generator<Buffer> {
  let stuk = '';
  for (const regel of regels) {
    stuk += regel;
    if (stuk.length >= STUK) {
      yield Buffer.from(stuk.slice(0, STUK));
      stuk = stuk.slice(STUK);
    }
  }
  if (stuk) yield Buffer.from(stuk);
}

async function token(): Promise<string> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/koers/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'koers-tests', username: 'beheerder.mlw', password: process.env.KOERS_DEMO_PASSWORD ?? 'koers-demo' }),
  });
  if (!response.ok) throw new Error(`no token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * The baseline: the same rows with plain COPY into a table equivalent to `meting` — same columns,
 * defaults, checks and indexes (`LIKE … INCLUDING ALL`) — with the region, source and deliverer
 * the API fills in added to each line.
 */
async function rawCopy(client: Client): Promise<number> {
  await client.query(`CREATE TABLE "${schema}".meting_raw (LIKE "${schema}".meting INCLUDING ALL)`);
  const start = performance.now();
  await pipeline(
    Readable.from(inStukken(alsRauweRegels(csvRegels(0)))),
    client.query(copyFrom(`COPY "${schema}".meting_raw (indicator, gemeente, periode, waarde, teller, noemer, regio, bron, aanleverancier) FROM STDIN WITH (FORMAT csv)`)),
  );
  return (performance.now() - start) / 1000;
}

function* alsRauweRegels(regels: Generator<string>): Generator<string> {
  regels.next(); // the header
  for (const regel of regels) yield `${regel.slice(0, -1)},${REGIO},bench,beheerder.mlw\n`;
}

async function upload(url: string, bearer: string, variant: number): Promise<{ seconds: number; body: Record<string, number> }> {
  const start = performance.now();
  const response = await fetch(`${url}/v1/metingen?bron=bench`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'text/csv' },
    body: Readable.toWeb(Readable.from(inStukken(csvRegels(variant)))) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const body = (await response.json()) as Record<string, number>;
  if (!response.ok) throw new Error(`upload refused: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { seconds: (performance.now() - start) / 1000, body };
}

/**
 * Trend detection runs after the upload's commit, outside the request: the time from the response
 * until the worker has emptied the work table, and the deviations it raised.
 */
async function wachtOpTrenddetectie(client: Client): Promise<{ seconden: number; afwijkingen: number }> {
  const start = performance.now();
  for (;;) {
    const { rows } = await client.query<{ wachtend: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${schema}".reeks_te_beoordelen) AS wachtend`);
    if (!rows[0].wachtend) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const seconden = (performance.now() - start) / 1000;
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".afwijking_melding`);
  return { seconden, afwijkingen: rows[0].n };
}

async function main(): Promise<void> {
  const settings = loadKoersSettings('monitoring', monitoring.defaultPort, {
    ...process.env,
    DATABASE_URL,
    DATABASE_SCHEMA: schema,
    AMQP_EXCHANGE: `koers.bench.${id}`,
    AMQP_QUEUE_PREFIX: `koers-bench.${id}`,
    LOG_LEVEL: 'warn',
  });
  const app = await createServiceApp(monitoring, settings);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "${schema}".gemeente (code, regio, naam) SELECT 'GM' || lpad((5000 + i)::text, 4, '0'), $1, 'Benchgemeente ' || i FROM generate_series(0, $2 - 1) AS i`,
      [REGIO, GEMEENTEN],
    );
    const bearer = await token();
    let piekRss = 0;
    const meter = setInterval(() => (piekRss = Math.max(piekRss, process.memoryUsage().rss)), 100);
    const rss = () => Math.round(piekRss / 1024 / 1024);
    const rate = (seconds: number) => Math.round(ROWS / seconds);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(`[bench] CSV intake: ${ROWS} rows (${GEMEENTEN} gemeenten × ${INDICATOREN.length} indicators × ${PERIODES.length} periods), ${ROUNDS} rounds`);
    const rondes: Array<{ raw: number; eerste: number; tweede: number; trend: { reeksen: number; afwijkingen: number; seconden: number } }> = [];
    // Alternating rounds on emptied tables, medians reported: a shared 2-core machine is noisy.
    for (let ronde = 1; ronde <= ROUNDS; ronde++) {
      await client.query(`DROP TABLE IF EXISTS "${schema}".meting_raw`);
      await client.query(
        `TRUNCATE "${schema}".meting_historie, "${schema}".meting, "${schema}".afwijking_melding, "${schema}".reeks_te_beoordelen, "${schema}".outbox`,
      );
      const raw = await rawCopy(client);
      const eerste = await upload(url, bearer, 0);
      const trend = { reeksen: eerste.body.reeksenTeBeoordelen, ...(await wachtOpTrenddetectie(client)) };
      const tweede = await upload(url, bearer, 0);
      if (eerste.body.nieuw !== ROWS) throw new Error(`first upload stored ${eerste.body.nieuw} of ${ROWS} rows`);
      if (tweede.body.nieuw !== 0 || tweede.body.gecorrigeerd !== 0 || tweede.body.reeksenTeBeoordelen !== 0) throw new Error('re-sending the same file changed rows');
      rondes.push({ raw, eerste: eerste.seconds, tweede: tweede.seconds, trend });
      console.log(
        `[bench] round ${ronde}: raw COPY ${rate(raw)} rows/s, API first ${rate(eerste.seconds)} rows/s (${JSON.stringify(eerste.body)}), ` +
          `trend detection ${(trend.seconden * 1000).toFixed(0)} ms (${trend.afwijkingen} deviations), again ${rate(tweede.seconds)} rows/s (${JSON.stringify(tweede.body)})`,
      );
    }
    clearInterval(meter);
    const raw = median(rondes.map((r) => r.raw));
    const eerste = median(rondes.map((r) => r.eerste));
    const tweede = median(rondes.map((r) => r.tweede));
    const trendMs = median(rondes.map((r) => r.trend.seconden * 1000));
    const { reeksen, afwijkingen } = rondes[0].trend;
    console.log(`[bench] median raw COPY into a table like meting (same columns, defaults and indexes): ${rate(raw)} rows/s`);
    console.log(`[bench] median API upload, first time (the request; trend detection follows it): ${rate(eerste)} rows/s; same file again (0 rows changed): ${rate(tweede)} rows/s`);
    console.log(`[bench] ratio API/COPY (medians): first ${(raw / eerste).toFixed(2)}, again ${(raw / tweede).toFixed(2)}; peak rss ${rss()} MB (service and file generator together)`);
    console.log(
      `[bench] trend detection after the first upload (worker, until the queue is empty): ${reeksen} series in ${trendMs.toFixed(0)} ms = ` +
        `${((trendMs * 1000) / Math.max(1, reeksen)).toFixed(0)} µs per series (median), ${afwijkingen} deviations raised`,
    );
  } finally {
    await app.close();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
    await removeBrokerResources(settings.broker);
  }
}

async function removeBrokerResources(broker: { url: string; exchange: string; queuePrefix: string; retryDelaysMs: number[] }): Promise<void> {
  const connection = await amqplib.connect(broker.url);
  const channel = await connection.createChannel();
  const names = queueNames({ service: 'monitoring', broker: { ...broker, prefetch: 1 } });
  for (const name of [names.queue, ...names.retry, names.deadLetter]) await channel.deleteQueue(name);
  await channel.deleteExchange(broker.exchange);
  await connection.close();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
