import { request as httpRequest } from 'node:http';
import { Client } from 'pg';
import { createCloudEvent, METINGEN_AANGELEVERD_V1 } from '@koers/contracts';
import { eventually, ServiceProcess, startServiceProcess, TEST_DATABASE_URL, TestIsolation, tokenFor } from '@koers/testing';

const MLW = 'midden-limburg-west';
const BURST = 240;
/** Below the default 25 s, so the test waits less when shutdown hangs; the bound asserted is this. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

/** Twenty years of months: one period per event, so every event is its own row in `meting`. */
const maand = (n: number) => `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/**
 * SIGTERM in the middle of a burst, as Kubernetes sends it at a rolling update: the process stops
 * taking deliveries, lets the batch in flight commit and ack, stops its relay and due work, drains
 * HTTP and exits 0 in time; the next process takes the rest of the queue. Every event ends up
 * handled exactly once.
 */
describe('a service process stopped with SIGTERM during a burst of events', () => {
  const isolation = new TestIsolation();
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  let opvolger: ServiceProcess | undefined;
  beforeAll(() => db.connect());
  afterAll(async () => {
    await opvolger?.stop();
    await db.end();
  });

  const tel = async (sql: string, waarden: unknown[] = []) => (await db.query<{ n: number }>(sql, waarden)).rows[0].n;

  it('finishes what it took, exits 0 within KOERS_SHUTDOWN_TIMEOUT_MS, and the next process handles the rest: 0 lost, 0 twice', async () => {
    // Small batches (prefetch 10 → 5 a transaction), so the burst takes long enough to stop it in the middle.
    const env = { AMQP_PREFETCH: '10', KOERS_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS), LOG_LEVEL: 'info' };
    const eerste = await startServiceProcess('monitoring', isolation, env);
    const schema = eerste.schema;
    const events = Array.from({ length: BURST }, (_, n) =>
      createCloudEvent({
        type: METINGEN_AANGELEVERD_V1,
        source: 'urn:nld:oin:00000000000000000000:systeem:dwh-mlw',
        regio: MLW,
        data: { regio: MLW, bron: 'Regionaal datawarehouse', aanleverancier: 'dwh-mlw', metingen: [{ indicator: 'uitval', gemeente: 'GM0988', periode: maand(n), waarde: n % 50 }] },
      }),
    );
    const ids = events.map((event) => event.id);
    const verwerkt = () => tel(`SELECT count(*)::int AS n FROM "${schema}".verwerkte_events WHERE event_id = ANY($1::uuid[])`, [ids]);
    await isolation.publish(...events);

    await eventually(async () => ((await verwerkt()) > 0 ? true : undefined), 20_000, 10);
    const gestopt = Date.now();
    const einde = await eerste.kill('SIGTERM');
    const stopduur = Date.now() - gestopt;
    const voorDeStop = await verwerkt();

    expect(einde).toEqual({ code: 0, signal: null });
    expect(stopduur).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(eerste.output()).toMatch(/"msg":"stopped"/);
    expect(eerste.output()).not.toMatch(/batch failed|handler transaction failed|could not settle/);
    expect(voorDeStop).toBeLessThan(BURST); // it was stopped in the middle, not after the burst

    opvolger = await startServiceProcess('monitoring', isolation, env);
    await eventually(async () => ((await verwerkt()) === BURST ? true : undefined), 90_000);

    const rijen = await db.query<{ periode: string; n: number }>(
      `SELECT periode, count(*)::int AS n FROM "${schema}".meting WHERE indicator = 'uitval' AND gemeente = 'GM0988' AND periode = ANY($1::text[]) GROUP BY periode`,
      [events.map((_, n) => maand(n))],
    );
    expect(rijen.rows).toHaveLength(BURST); // 0 lost
    expect(rijen.rows.every((rij) => rij.n === 1)).toBe(true);
    // Everything the first process handled it also acked before it closed: the second met no redelivery of it.
    const metrics = (await opvolger.http().get('/metrics').expect(200)).text;
    const metric = (name: string) => Number(new RegExp(`^${name}\\{[^}]*\\} (\\d+)$`, 'm').exec(metrics)?.[1]);
    expect(metric('koers_events_duplicates_total')).toBe(0);
    expect(metric('koers_events_handled_total')).toBe(BURST - voorDeStop);
    process.stdout.write(`graceful shutdown: ${voorDeStop} of ${BURST} handled before SIGTERM, stopped in ${stopduur} ms (exit 0), ${BURST - voorDeStop} by the next process, 0 duplicates\n`);
  }, 180_000);

  it('answers an HTTP request that is in flight when SIGTERM comes, then exits 0', async () => {
    const dienst = await startServiceProcess('monitoring', new TestIsolation(), { KOERS_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) });
    const token = await tokenFor('aanbieder.horizon');
    // A CSV delivery streamed in two parts: the first before the signal, the rest after it.
    const verzoek = httpRequest(`${dienst.url}/v1/metingen?regio=${MLW}&bron=Horizon%20registratie`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    });
    const antwoord = new Promise<{ status: number; body: string }>((resolve, reject) => {
      verzoek.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      verzoek.on('error', reject);
    });
    verzoek.write('indicator;gemeente;periode;waarde\nuitval;GM0988;2021-01;4\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const einde = dienst.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    verzoek.end('uitval;GM0988;2021-02;5\n');

    try {
      expect(await antwoord).toEqual({ status: 200, body: expect.stringContaining('"ontvangen":2') });
      expect(await einde).toEqual({ code: 0, signal: null });
    } finally {
      await dienst.stop(); // it has exited: this removes its schema and queues
    }
  }, 180_000);
});
