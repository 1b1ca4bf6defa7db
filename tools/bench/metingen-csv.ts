/**
 * CSV intake benchmark (issue "monitoring"): 100,000 measurements uploaded through the monitoring
 * API (streamed, validated, COPY into a staging table, merged with history), against raw PostgreSQL
 * `COPY` of the same rows into an equivalent table, in the same run. Then the same file again:
 * nothing may change, and it should be at least as fast.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register tools/bench/metingen-csv.ts [ROWS]
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
import { monitoring } from '../../apps/monitoring/src/monitoring.service-definition';
import { TrendDetectieService } from '../../apps/monitoring/src/trend/trend-detectie.service';

const ROWS = Number(process.argv[2] ?? 100_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/koers_test';
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
const id = randomBytes(4).toString('hex');
const schema = `bench_${id}_monitoring`;
const REGIO = 'midden-limburg-west';
const INDICATOREN = ['jeugdhulp-totaal', 'jeugdhulp-met-verblijf', 'jeugdhulp-zonder-verblijf', 'jeugdbescherming', 'doelrealisatie'];
// Enough quarters that the gemeenten stay within the CBS code range (GM5000–GM9999) for large runs.
const PERIODES = Array.from({ length: Math.max(20, Math.ceil(ROWS / (INDICATOREN.length * 5000))) }, (_, i) => `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
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

async function token(): Promise<string> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/koers/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'koers-tests', username: 'beheerder.mlw', password: process.env.KOERS_DEMO_PASSWORD ?? 'koers-demo' }),
  });
  if (!response.ok) throw new Error(`no token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function rawCopy(client: Client): Promise<number> {
  await client.query(`CREATE TABLE "${schema}".meting_raw (indicator text, gemeente text, periode text, waarde numeric, teller numeric, noemer numeric)`);
  await client.query(`CREATE UNIQUE INDEX ON "${schema}".meting_raw (indicator, gemeente, periode)`);
  const start = performance.now();
  await pipeline(Readable.from(skipHeader(csvRegels(0))), client.query(copyFrom(`COPY "${schema}".meting_raw FROM STDIN WITH (FORMAT csv)`)));
  return (performance.now() - start) / 1000;
}

function* skipHeader(regels: Generator<string>): Generator<string> {
  regels.next();
  yield* regels;
}

async function upload(url: string, bearer: string, variant: number): Promise<{ seconds: number; body: Record<string, number> }> {
  const start = performance.now();
  const response = await fetch(`${url}/v1/metingen?bron=bench`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'text/csv' },
    body: Readable.toWeb(Readable.from(csvRegels(variant))) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const body = (await response.json()) as Record<string, number>;
  if (!response.ok) throw new Error(`upload refused: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { seconds: (performance.now() - start) / 1000, body };
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
    const rawSeconds = await rawCopy(client);
    const eerste = await upload(url, bearer, 0);
    const trend = { ...app.get(TrendDetectieService).laatsteRonde };
    const tweede = await upload(url, bearer, 0);
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM "${schema}".meting`)).rows;
    const rate = (s: number) => Math.round(ROWS / s);
    console.log(`[bench] CSV intake: ${ROWS} rows (${GEMEENTEN} gemeenten × ${INDICATOREN.length} indicators × ${PERIODES.length} periods)`);
    console.log(`[bench] raw COPY into an equivalent table: ${rate(rawSeconds)} rows/s (${rawSeconds.toFixed(2)} s)`);
    console.log(`[bench] API upload, first time: ${rate(eerste.seconds)} rows/s (${eerste.seconds.toFixed(2)} s) → ${JSON.stringify(eerste.body)}`);
    console.log(`[bench] API upload, same file again: ${rate(tweede.seconds)} rows/s (${tweede.seconds.toFixed(2)} s) → ${JSON.stringify(tweede.body)}`);
    console.log(`[bench] ratio API/COPY: first ${(rawSeconds / eerste.seconds).toFixed(2)}, again ${(rawSeconds / tweede.seconds).toFixed(2)}; rows stored ${n}; peak rss ${rss()} MB (service and file generator together)`);
    clearInterval(meter);
    console.log(
      `[bench] trend detection inside the first upload: ${trend.reeksen} series in ${trend.durationMs.toFixed(0)} ms = ${((trend.durationMs * 1000) / Math.max(1, trend.reeksen)).toFixed(0)} µs per series (${trend.afwijkingen} deviations raised)`,
    );
    if (tweede.body.nieuw !== 0 || tweede.body.gecorrigeerd !== 0) throw new Error('re-sending the same file changed rows');
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
  const queue = `${broker.queuePrefix}.monitoring`;
  for (const name of [queue, ...broker.retryDelaysMs.map((_, n) => `${queue}.retry.${n}`), `${queue}.dead-letter`]) await channel.deleteQueue(name);
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
