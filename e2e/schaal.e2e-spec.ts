import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AFSPRAAK_OPGESTELD_V1, AfspraakOpgesteldV1, createCloudEvent, METINGEN_AANGELEVERD_V1 } from '@koers/contracts';
import { eventually, registerEnv, ServiceProcess, SmtpTestServer, startServiceProcess, TEST_DATABASE_URL, TestIsolation, tokenFor, WebhookOntvanger } from '@koers/testing';

const MLW = 'midden-limburg-west';
const SOURCE = 'urn:nld:oin:00000000000000000000:systeem:dwh-mlw';
const METINGEN = 200;
const SIGNALEN = 30;
const PLANNEN = 20;

type Dienst = 'monitoring' | 'signalen' | 'tafels' | 'pilots' | 'consent' | 'notificaties';
type Paar = [ServiceProcess, ServiceProcess];

/** The calendar date in Europe/Amsterdam, the date monitoring's evaluation due work compares with. */
const vandaag = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const maand = (n: number) => `${1990 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/**
 * Scale-out on one machine, as regional IT runs Koers with two replicas: two processes of every
 * service on different ports, sharing one schema per service and one queue per service on the
 * broker. Every event is handled once, every due job (plan evaluations, e-mails, webhook deliveries)
 * done once, and the region boundary holds on every process. Prints the counts.
 */
describe('two processes of every service on one database and broker', () => {
  const isolation = new TestIsolation();
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  const paren = {} as Record<Dienst, Paar>;
  const tokens: Record<string, string> = {};
  const telling: string[] = [];
  let smtp: SmtpTestServer;
  let ontvanger: WebhookOntvanger;

  const twee = async (dienst: Dienst, env: Record<string, string> = {}): Promise<Paar> => {
    // One after the other: two processes migrating at once would wait on the migration lock anyway.
    const eerste = await startServiceProcess(dienst, isolation, env);
    return [eerste, await startServiceProcess(dienst, isolation, env)];
  };
  const tel = async (sql: string, waarden: unknown[] = []) => (await db.query<{ n: number }>(sql, waarden)).rows[0].n;
  const metriek = async (proces: ServiceProcess, naam: string) => {
    const tekst = (await proces.http().get('/metrics').expect(200)).text;
    return Number(new RegExp(`^${naam}\\{[^}]*\\} (\\d+)$`, 'm').exec(tekst)?.[1] ?? 0);
  };
  const als = (gebruiker: string, proces: ServiceProcess) => ({
    get: (pad: string) => proces.http().get(pad).auth(tokens[gebruiker], { type: 'bearer' }),
    post: (pad: string, body: object) => proces.http().post(pad).auth(tokens[gebruiker], { type: 'bearer' }).send(body),
  });

  beforeAll(async () => {
    await db.connect();
    smtp = await SmtpTestServer.start();
    ontvanger = await WebhookOntvanger.start();
    paren.monitoring = await twee('monitoring', { MONITORING_EVALUATIE_INTERVAL_MS: '200' });
    const register = registerEnv(paren.monitoring[0]);
    paren.signalen = await twee('signalen', register);
    paren.notificaties = await twee('notificaties', {
      ...register,
      NOTIFICATIES_SMTP_HOST: '127.0.0.1',
      NOTIFICATIES_SMTP_PORT: String(smtp.port),
      NOTIFICATIES_AFZENDER: 'Koers <noreply@koers.test>',
      NOTIFICATIES_EMAIL_POLL_INTERVAL_MS: '100',
      // Every signal its own e-mail (the default bundles past 3 an hour), so each mail can be counted.
      NOTIFICATIES_EMAIL_DIRECT_PER_UUR: '100',
      NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true',
      NOTIFICATIES_WEBHOOK_POLL_MS: '50',
    });
    paren.tafels = await twee('tafels', { TAFELS_SIGNALEN_URL: paren.signalen[0].url, TAFELS_MONITORING_URL: paren.monitoring[0].url });
    paren.pilots = await twee('pilots');
    paren.consent = await twee('consent');
    for (const user of ['aanbieder.horizon', 'gemeente.weert', 'gemeente.roermond', 'beheerder.mlw', 'beheerder.mlo']) tokens[user] = await tokenFor(user);
  }, 600_000);

  afterAll(async () => {
    process.stdout.write(`scale-out, two processes of every service:\n${telling.map((regel) => `  ${regel}`).join('\n')}\n`);
    await Promise.all(Object.values(paren).flat().map((proces) => proces.stop()));
    await Promise.all([smtp?.stop(), ontvanger?.stop(), db.end()]);
  }, 120_000);

  it('runs twelve processes, each ready, with the services sharing one schema each', async () => {
    for (const [dienst, [a, b]] of Object.entries(paren)) {
      expect(a.url).not.toBe(b.url);
      expect(a.schema).toBe(b.schema);
      await a.http().get('/health/ready').expect(200);
      await b.http().get('/health/ready').expect(200);
      expect(dienst).toBe(a.service);
    }
    telling.push(`${Object.values(paren).flat().length} processes ready (${Object.keys(paren).join(', ')} × 2)`);
  });

  it('handles a burst of events once, split over both processes, and delivers each to a webhook once by webhook-id', async () => {
    const abonnement = await als('aanbieder.horizon', paren.notificaties[1])
      .post('/v1/abonnementen', { callbackUrl: ontvanger.url('/schaal'), eventTypes: [METINGEN_AANGELEVERD_V1], regio: MLW })
      .expect(201);
    expect(abonnement.body.id).toEqual(expect.any(String));
    // A constant series: measurements only, no deviation to follow from them.
    const events = Array.from({ length: METINGEN }, (_, n) =>
      createCloudEvent({
        type: METINGEN_AANGELEVERD_V1,
        source: SOURCE,
        regio: MLW,
        data: { regio: MLW, bron: 'Regionaal datawarehouse', aanleverancier: 'dwh-mlw', metingen: [{ indicator: 'uitval', gemeente: 'GM0988', periode: maand(n), waarde: 10 }] },
      }),
    );
    const ids = events.map((event) => event.id);
    await isolation.publish(...events);

    const schema = paren.monitoring[0].schema;
    await eventually(async () => ((await tel(`SELECT count(*)::int AS n FROM "${schema}".verwerkte_events WHERE event_id = ANY($1::uuid[])`, [ids])) === METINGEN ? true : undefined), 120_000);
    const rijen = await tel(
      `SELECT count(*)::int AS n FROM (SELECT periode FROM "${schema}".meting WHERE indicator = 'uitval' AND gemeente = 'GM0988' AND periode = ANY($1::text[]) GROUP BY periode HAVING count(*) = 1) p`,
      [events.map((_, n) => maand(n))],
    );
    expect(rijen).toBe(METINGEN);
    const [a, b] = await Promise.all(paren.monitoring.map((p) => metriek(p, 'koers_events_handled_total')));
    expect(a + b).toBeGreaterThanOrEqual(METINGEN);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    telling.push(`events: ${METINGEN} published, ${rijen} handled once (monitoring A ${a}, B ${b} handled in all)`);

    const bezorgd = await eventually(async () => {
      const voorBurst = ontvanger.op('/schaal').filter((v) => ids.includes((JSON.parse(v.body) as { id: string }).id));
      return voorBurst.length >= METINGEN ? voorBurst : undefined;
    }, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a second delivery would come within the poll interval
    const webhookIds = ontvanger.op('/schaal').map((v) => v.headers['webhook-id']);
    expect(ontvanger.op('/schaal')).toHaveLength(METINGEN);
    expect(new Set(webhookIds).size).toBe(METINGEN);
    expect(new Set(bezorgd.map((v) => (JSON.parse(v.body) as { id: string }).id))).toEqual(new Set(ids));
    telling.push(`webhooks: ${METINGEN} events, ${ontvanger.op('/schaal').length} deliveries, ${new Set(webhookIds).size} distinct webhook-ids`);
  }, 300_000);

  it('turns signals filed at either signalen process into one e-mail and one inbox item each', async () => {
    const titels = Array.from({ length: SIGNALEN }, (_, n) => `Schaaltest ${n + 1}: wachttijd loopt op`);
    const ids: string[] = [];
    for (const [n, titel] of titels.entries()) {
      const res = await als('aanbieder.horizon', paren.signalen[n % 2])
        .post('/v1/signalen', { regio: MLW, bron: 'partnerverzoek', titel, omschrijving: 'Jongeren wachten langer op een intake.', gemeenten: ['GM0988'] })
        .expect(201);
      ids.push(res.body.id);
    }
    const adres = 'gemeente.weert@koers.example';
    const mails = await eventually(async () => {
      const ontvangen = smtp.voor(adres).filter((m) => titels.some((t) => m.subject === `Nieuw signaal: ${t}`));
      return ontvangen.length >= SIGNALEN ? ontvangen : undefined;
    }, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const perTitel = titels.map((t) => smtp.voor(adres).filter((m) => m.subject === `Nieuw signaal: ${t}`).length);
    expect(perTitel.every((n) => n === 1)).toBe(true);
    const inbox = await als('gemeente.weert', paren.notificaties[0]).get('/v1/inbox?paginaGrootte=100').expect(200);
    const items = (inbox.body.items as Array<{ titel: string }>).filter((i) => titels.some((t) => i.titel.includes(t)));
    expect(items).toHaveLength(SIGNALEN);
    const verzonden = await Promise.all(paren.notificaties.map((p) => metriek(p, 'koers_events_handled_total')));
    telling.push(`signals: ${SIGNALEN} filed (A ${Math.ceil(SIGNALEN / 2)}, B ${Math.floor(SIGNALEN / 2)}), ${mails.length} e-mails, ${items.length} inbox items (notificaties A ${verzonden[0]}, B ${verzonden[1]} events handled in all)`);

    // The region boundary on every process: another region's user does not find these signals.
    for (const proces of paren.signalen) await als('gemeente.roermond', proces).get(`/v1/signalen/${ids[0]}`).expect(404);
    for (const proces of paren.tafels) await als('gemeente.roermond', proces).post('/v1/tafels', { signaalId: ids[0] }).expect(404);
  }, 300_000);

  it('evaluates each plan due today once, though both monitoring processes run the evaluation due work', async () => {
    const planIds: string[] = [];
    for (let n = 0; n < PLANNEN; n++) {
      const afspraak: AfspraakOpgesteldV1 = {
        afspraakId: randomUUID(),
        tafelId: randomUUID(),
        regio: MLW,
        versie: 1,
        soort: 'werkafspraak',
        bijeenkomstId: randomUUID(),
        eigenaar: 'zorggroep-horizon',
        gemeenten: ['GM0988'],
        deadline: '2027-12-31',
        opgesteldOp: new Date().toISOString(),
      };
      // tafels' fact about a drafted agreement, as tafels publishes it: monitoring needs the subject of a plan.
      await isolation.publish(createCloudEvent({ type: AFSPRAAK_OPGESTELD_V1, source: 'urn:nld:oin:00000000000000000000:systeem:koers-tafels', regio: MLW, subject: afspraak.afspraakId, data: afspraak }));
      const proces = paren.monitoring[n % 2];
      const plan = await eventually(async () => {
        const res = await als('gemeente.weert', proces).post('/v1/monitoringplannen', {
          titel: `Schaaltest plan ${n + 1}`,
          onderwerp: { soort: 'afspraak', id: afspraak.afspraakId },
          gemeenten: ['GM0988'],
          indicatoren: [{ indicator: 'uitval', doelwaarde: 9, richting: 'maximaal' }],
          nulmetingTot: '1990-12',
          nulmetingPerioden: 1,
          meetmomenten: ['2005-12'],
          evaluatiedatum: vandaag(),
        });
        return res.status === 201 ? (res.body as { id: string }) : undefined; // 409 until monitoring knows the agreement
      });
      planIds.push(plan.id);
    }
    const schema = paren.monitoring[0].schema;
    await eventually(
      async () => ((await tel(`SELECT count(*)::int AS n FROM "${schema}".monitoringplan_evaluatie WHERE monitoringplan_id = ANY($1::uuid[])`, [planIds])) >= PLANNEN ? true : undefined),
      120_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000)); // several more runs of the due work in both processes
    const perPlan = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${schema}".monitoringplan_evaluatie WHERE monitoringplan_id = ANY($1::uuid[]) AND aanleiding = 'evaluatiedatum' GROUP BY monitoringplan_id`,
      [planIds],
    );
    expect(perPlan.rows).toHaveLength(PLANNEN);
    expect(perPlan.rows.every((r) => r.n === 1)).toBe(true);
    const events = await tel(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE type = 'nl.koers.monitoring.monitoringplan.geevalueerd.v1' AND payload->>'subject' = ANY($1::text[])`, [planIds]);
    expect(events).toBe(PLANNEN);
    telling.push(`due work: ${PLANNEN} plans due today, ${perPlan.rows.length} evaluated, each once; ${events} geevalueerd events`);

    for (const proces of paren.monitoring) await als('beheerder.mlo', proces).get(`/v1/monitoringplannen/${planIds[0]}`).expect(404);
  }, 300_000);

  it('publishes every outbox row once: no process of any service received a delivery it had handled before', async () => {
    const dubbel = await Promise.all(Object.values(paren).flat().map(async (p) => [p.service, await metriek(p, 'koers_events_duplicates_total')] as const));
    expect(dubbel.filter(([, n]) => n > 0)).toEqual([]);
    const abonnement = (await als('beheerder.mlw', paren.notificaties[0]).get('/v1/abonnementen').expect(200)).body.items[0] as { id: string };
    for (const proces of paren.notificaties) await als('beheerder.mlo', proces).get(`/v1/abonnementen/${abonnement.id}`).expect(404);
    telling.push(`duplicates: 0 deliveries handled twice on all ${dubbel.length} processes; another region gets 404 on signalen, tafels, monitoring and notificaties, both processes each`);
  });
});
