/**
 * Webhook fan-out: N events (default 10,000) to S subscriptions (default 10) on one local receiver,
 * through the real notificaties service (bus → handler transaction → delivery table → signed POSTs),
 * against a bare loop of the same number of signed POSTs to the same receiver with the same
 * parallelism, in the same run. Prints deliveries/s, p50/p99 event→delivery latency and the ratio.
 *
 *   bash tools/bench/run.sh webhook-fanout [N] [S]
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createCloudEvent, METINGEN_AANGELEVERD_V1 } from '@koers/contracts';
import { startTestService } from '@koers/service-testing';
import { TestIsolation, tokenFor } from '@koers/testing';
import { Bezorger } from '../../apps/notificaties/src/webhooks/bezorging/bezorger';
import { nieuwGeheim } from '../../apps/notificaties/src/webhooks/bezorging/ondertekening';
import { notificaties } from '../../apps/notificaties/src/notificaties.service-definition';

const N = Number(process.argv[2] ?? 10_000);
const S = Number(process.argv[3] ?? 10);
const PARALLEL = Number(process.env.BENCH_PARALLEL ?? 64);
const MLW = 'midden-limburg-west';

async function main(): Promise<void> {
  // The receiver does the same work for both sides; event times are read from the bodies after the run.
  const ontvangen: Array<{ pad: string; op: number; body: string }> = [];
  let koersOntvangen = 0;
  const server = createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      const pad = req.url ?? '';
      ontvangen.push({ pad, op: Date.now(), body: Buffer.concat(delen).toString() });
      if (pad.startsWith('/koers')) koersOntvangen++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Baseline: a bare loop of signed POSTs, same receiver, same parallelism.
  const bezorger = new Bezorger({ onveiligToestaan: true, timeoutMs: 15_000, maxBodyBytes: 65_536, maxSockets: PARALLEL });
  const body = JSON.stringify(createCloudEvent({ type: METINGEN_AANGELEVERD_V1, source: 'urn:bench', regio: MLW, data: { regio: MLW, bron: 'bench', aanleverancier: 'bench', metingen: [{ indicator: 'x', periode: '2025', waarde: 1 }] } }));
  const geheim = nieuwGeheim();
  const totaal = N * S;
  let volgende = 0;
  const rawStart = performance.now();
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    while (volgende < totaal) {
      volgende++;
      await bezorger.verstuur({ url: `${basis}/raw`, id: randomUUID(), body, geheimen: [geheim] });
    }
  }));
  const rawPerS = totaal / ((performance.now() - rawStart) / 1000);
  bezorger.close();

  const isolation = new TestIsolation();
  const service = await startTestService(notificaties, isolation, {
    NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true',
    NOTIFICATIES_WEBHOOK_PARALLEL: String(PARALLEL),
    NOTIFICATIES_WEBHOOK_POLL_MS: process.env.BENCH_POLL_MS ?? '50',
    DATABASE_POOL_SIZE: '10',
    LOG_LEVEL: 'error',
  });
  try {
    const token = await tokenFor('aanbieder.horizon');
    for (let i = 0; i < S; i++) {
      await service.http().post('/v1/abonnementen').auth(token, { type: 'bearer' }).send({ callbackUrl: `${basis}/koers/${i}`, eventTypes: ['nl.koers.monitoring.*'], regio: MLW }).expect(201);
    }
    const events = Array.from({ length: N }, () =>
      createCloudEvent({ type: METINGEN_AANGELEVERD_V1, source: 'urn:bench', regio: MLW, subject: randomUUID(), data: { regio: MLW, bron: 'bench', aanleverancier: 'bench', metingen: [{ indicator: 'x', periode: '2025', waarde: 1 }] } }),
    );
    const start = Date.now();
    await isolation.publish(...events);
    while (koersOntvangen < totaal) await new Promise((resolve) => setTimeout(resolve, 50));
    const koers = ontvangen.filter((o) => o.pad.startsWith('/koers'));
    const duurS = (Math.max(...koers.map((o) => o.op)) - start) / 1000;
    const latenties = koers.map((o) => o.op - Date.parse((JSON.parse(o.body) as { time: string }).time)).sort((a, b) => a - b);
    const p = (q: number) => latenties[Math.min(latenties.length - 1, Math.floor(q * latenties.length))];
    const koersPerS = totaal / duurS;
    console.log(`webhook fan-out: ${N} events × ${S} subscriptions = ${totaal} deliveries, ${PARALLEL} in flight`);
    console.log(`  bare signed POST loop : ${Math.round(rawPerS)} deliveries/s`);
    console.log(`  koers (bus → delivery): ${Math.round(koersPerS)} deliveries/s, event→delivery p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
    console.log(`  ratio ${(koersPerS / rawPerS).toFixed(2)} (goal ≥ 0.5)`);
  } finally {
    await service.stop();
    server.closeAllConnections();
    server.close();
  }
}

void main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
