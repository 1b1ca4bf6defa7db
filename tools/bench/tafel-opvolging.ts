/**
 * The follow-up view: GET /v1/tafels/{id} of a table with A agreements (default 20), each with a
 * monitoring plan and figures, through the real tafels (in this process, with an injected clock to
 * hold the meeting) and the real monitoring and signalen (their own processes), against a raw SQL
 * read of the same rows (tafels' table, participants, agreements and checks; monitoring's plans and
 * the figures they read) in the same run. Prints p50/p99 of both, the ratio, and the number of reads
 * of monitoring per view, counted at an HTTP hop in front of monitoring (not assumed).
 *
 *   bash tools/bench/run.sh tafel-opvolging [A] [N]   # N views measured, default 300
 */
import { Client } from 'pg';
import request from 'supertest';
import { startTestService } from '@koers/service-testing';
import { registerEnv, startServiceProcess, TestIsolation, TEST_DATABASE_URL, tokenFor } from '@koers/testing';
import { tafels } from '../../apps/tafels/src/tafels.service-definition';
import { MonitoringTeller } from '../../apps/tafels/test/monitoring-teller';

const A = Number(process.argv[2] ?? 20);
const N = Number(process.argv[3] ?? 300);
const MLW = 'midden-limburg-west';
const INDICATOR = 'jeugdhulp-met-verblijf';
const DAG = 86_400_000;

type Http = () => ReturnType<typeof request>;

function moet(res: { status: number; body: unknown }, status: number, wat: string): void {
  if (res.status !== status) throw new Error(`${wat}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
}

async function totdat<T>(vraag: () => Promise<T | undefined>, wat: string, ms = 30_000): Promise<T> {
  const eind = Date.now() + ms;
  for (;;) {
    const antwoord = await vraag();
    if (antwoord !== undefined) return antwoord;
    if (Date.now() > eind) throw new Error(`${wat}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const p = (lijst: number[], q: number) => [...lijst].sort((a, b) => a - b)[Math.min(lijst.length - 1, Math.floor(q * lijst.length))];

async function main(): Promise<void> {
  const isolation = new TestIsolation();
  const monitoring = await startServiceProcess('monitoring', isolation, { MONITORING_EVALUATIE_INTERVAL_MS: '600000' });
  const signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
  const teller = await MonitoringTeller.voor(monitoring.url);
  const begin = Date.now();
  let verschuiving = 0;
  const klok = { nu: () => new Date(Date.parse('2027-03-02T09:00:00Z') + verschuiving + (Date.now() - begin)) };
  const service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: teller.url }, { klok });
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  try {
    const tokens = new Map<string, string>();
    const token = async (gebruiker: string) => tokens.get(gebruiker) ?? (tokens.set(gebruiker, await tokenFor(gebruiker)), tokens.get(gebruiker) as string);
    const als = (http: Http) => ({
      get: async (pad: string, wie: string) => http().get(pad).set({ authorization: `Bearer ${await token(wie)}` }),
      post: async (pad: string, wie: string, body: object) => http().post(pad).set({ authorization: `Bearer ${await token(wie)}` }).send(body),
    });
    const sig = als(signalen.http);
    const mon = als(monitoring.http);
    const taf = als(service.http);

    moet(await mon.post('/v1/register/herpublicaties', 'beheerder.mlw', {}), 202, 'register');
    // Figures of Weert: a baseline over 2025-Q1/Q2 and later quarters, one of them on a small teller.
    moet(
      await mon.post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [
        ['2025-Q1', 1.6, 67], ['2025-Q2', 1.9, 80], ['2025-Q3', 1.7, 71], ['2025-Q4', 1.4, 3],
      ].map(([periode, waarde, t]) => ({ indicator: INDICATOR, gemeente: 'GM0988', periode, waarde, teller: t, noemer: 4200 }))),
      200,
      'metingen',
    );

    // A signal with consensus, a table, a held meeting.
    const { body: signaal } = await sig.post('/v1/signalen', 'aanbieder.horizon', { regio: MLW, bron: 'partnerverzoek', titel: 'Wachttijd jeugd-GGZ loopt op', omschrijving: 'Jongeren in Weert wachten langer dan twaalf weken op een intake.', gemeenten: ['GM0988'] });
    moet(await sig.post(`/v1/signalen/${signaal.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' }), 201, 'in voorbereiding');
    for (const stuk of [
      { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] },
      { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden wacht.' },
      { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'Een voorziening die tijdig beschikbaar is.' },
    ]) moet(await sig.post(`/v1/signalen/${signaal.id}/dossierstukken`, 'gemeente.weert', stuk), 201, 'dossierstuk');
    const ronde = await sig.post(`/v1/signalen/${signaal.id}/consensusrondes`, 'gemeente.weert', { partijen: ['zorggroep-horizon'] });
    moet(await sig.post(`/v1/signalen/${signaal.id}/consensusrondes/${ronde.body.id}/antwoorden`, 'aanbieder.horizon', { standpunt: 'eens' }), 201, 'consensus');
    const tafel = await taf.post('/v1/tafels', 'gemeente.weert', { signaalId: signaal.id });
    moet(tafel, 201, 'tafel');
    const tafelId: string = tafel.body.id;
    const sub = async (wie: string) => JSON.parse(Buffer.from((await token(wie)).split('.')[1], 'base64url').toString()).sub;
    for (const wie of ['aanbieder.horizon', 'jurist.mlw', 'client.mlw']) moet(await taf.post(`/v1/tafels/${tafelId}/deelnemers`, 'gemeente.weert', { sub: await sub(wie) }), 201, 'deelnemer');
    const start = new Date(klok.nu().getTime() + 7 * DAG);
    const bijeenkomst = await taf.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', { start: start.toISOString(), eind: new Date(start.getTime() + 7_200_000).toISOString(), plaats: 'Stadhuis Weert', agenda: 'Het dossier; vervolgstappen.' });
    moet(bijeenkomst, 201, 'bijeenkomst');
    verschuiving = 8 * DAG;
    const deelnemers = (await taf.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.deelnemers as Array<{ id: string }>;
    moet(
      await taf.post(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomst.body.id}/verslag`, 'gemeente.weert', { probleem: 'Lange wachttijden.', wieMoetMeedoen: 'Weert en Horizon.', stappen: 'Overbruggingsgesprekken.', aanwezigen: deelnemers.map((d) => d.id) }),
      201,
      'verslag',
    );

    // A agreements, each with its plan in monitoring (made once afspraak.opgesteld arrived there over the bus).
    const ids: string[] = [];
    for (let i = 0; i < A; i++) {
      const res = await taf.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', {
        soort: 'werkafspraak',
        omschrijving: `Werkafspraak ${i + 1}: Zorggroep Horizon biedt wie wacht binnen twee weken een overbruggingsgesprek.`,
        eigenaar: 'zorggroep-horizon',
        deadline: i % 2 ? '2027-03-12' : '2027-12-31',
        rechtsgrond: 'Jeugdwet art. 2.3',
        gemeente: 'GM0988',
        bijeenkomstId: bijeenkomst.body.id,
      });
      moet(res, 201, 'afspraak');
      ids.push(res.body.id);
    }
    for (const id of ids) {
      await totdat(async () => {
        const res = await mon.post('/v1/monitoringplannen', 'gemeente.weert', {
          onderwerp: { soort: 'afspraak', id },
          titel: 'Minder verblijf',
          gemeenten: ['GM0988'],
          indicatoren: [{ indicator: INDICATOR, doelwaarde: 1.5, richting: 'maximaal' }],
          nulmetingTot: '2025-Q2',
          nulmetingPerioden: 2,
          meetmomenten: ['2025-Q3', '2025-Q4', '2026-Q1'],
          evaluatiedatum: '2030-01-01',
        });
        return res.status === 201 ? true : undefined;
      }, 'plan');
    }
    verschuiving = 20 * DAG;

    const tSchema = service.settings.database.schema;
    const mSchema = monitoring.schema;
    const raw = async () => {
      await db.query(`SELECT * FROM "${tSchema}".tafel WHERE regio = $1 AND id = $2`, [MLW, tafelId]);
      await db.query(`SELECT * FROM "${tSchema}".deelnemer WHERE regio = $1 AND tafel_id = $2`, [MLW, tafelId]);
      const { rows } = await db.query(`SELECT * FROM "${tSchema}".afspraak WHERE regio = $1 AND tafel_id = $2 ORDER BY opgesteld_op, id`, [MLW, tafelId]);
      await db.query(`SELECT * FROM "${tSchema}".afspraak_toetsing WHERE afspraak_id = ANY($1)`, [rows.map((r: { id: string }) => r.id)]);
      await db.query(`SELECT * FROM "${mSchema}".monitoringplan WHERE regio = $1 AND onderwerp_soort = 'afspraak' AND onderwerp_id = ANY($2)`, [MLW, ids]);
      await db.query(`SELECT * FROM "${mSchema}".meting WHERE regio = $1 AND indicator = $2 AND gemeente = 'GM0988'`, [MLW, INDICATOR]);
    };
    const gemeente = await token('gemeente.weert');
    const view = async () => {
      const res = await service.http().get(`/v1/tafels/${tafelId}`).set({ authorization: `Bearer ${gemeente}` });
      if (res.status !== 200 || res.body.opvolging?.cijfers !== 'beschikbaar' || res.body.opvolging.afspraken.length !== A) throw new Error(`view: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    };
    const batch = async () => {
      const res = await monitoring.http().get(`/v1/monitoringplannen?onderwerp=afspraak&onderwerpIds=${ids.join(',')}`).set({ authorization: `Bearer ${gemeente}` });
      if (res.status !== 200 || res.body.length !== A) throw new Error(`monitoring: ${res.status}`);
    };
    const meet = async (werk: () => Promise<void>) => {
      for (let i = 0; i < 20; i++) await werk();
      const tijden: number[] = [];
      for (let i = 0; i < N; i++) {
        const t = performance.now();
        await werk();
        tijden.push(performance.now() - t);
      }
      return tijden;
    };
    const rawTijden = await meet(raw);
    const batchTijden = await meet(batch);
    const voor = teller.standVragen;
    const viewTijden = await meet(view);
    const vragen = teller.standVragen - voor;
    const f = (ms: number) => ms.toFixed(1);
    console.log(`tafel follow-up view: ${A} agreements with plans and figures, ${N} views (after 20 warm-up)`);
    console.log(`  raw SQL read of the same rows : p50 ${f(p(rawTijden, 0.5))} ms, p99 ${f(p(rawTijden, 0.99))} ms`);
    console.log(`  monitoring's batch route alone: p50 ${f(p(batchTijden, 0.5))} ms, p99 ${f(p(batchTijden, 0.99))} ms (the one call the view makes)`);
    console.log(`  GET /v1/tafels/{id}           : p50 ${f(p(viewTijden, 0.5))} ms, p99 ${f(p(viewTijden, 0.99))} ms (goal p99 < 100 ms)`);
    console.log(`  ratio p50 ${(p(viewTijden, 0.5) / p(rawTijden, 0.5)).toFixed(1)}×, p99 ${(p(viewTijden, 0.99) / p(rawTijden, 0.99)).toFixed(1)}× the raw read`);
    console.log(`  reads of monitoring counted at the hop: ${vragen} for ${N + 20} views (${(vragen / (N + 20)).toFixed(2)} per view)`);
  } finally {
    await db.end();
    await service.stop();
    await teller.stop();
    await Promise.all([signalen.stop(), monitoring.stop()]);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
