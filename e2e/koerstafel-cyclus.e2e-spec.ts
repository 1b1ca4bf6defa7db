import { Client } from 'pg';
import type { Response } from 'supertest';
import { eventually, kalenderVan, registerEnv, ServiceProcess, SmtpTestServer, startServiceProcess, TEST_DATABASE_URL, TestIsolation, tokenFor, Verbreker } from '@koers/testing';

const MLW = 'midden-limburg-west';
const INDICATOR = 'jeugdhulp-met-verblijf';
const adres = (gebruiker: string) => `${gebruiker}@koers.example`;
const pauze = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The whole cycle of domain.md §2, §3 and §6 across the real services, with real Keycloak users of
 * four roles (gemeente, aanbieder, clientvertegenwoordiger, jurist) and every event produced by the
 * services themselves: figures off course → an automatic signal → dossier → consensus → a koerstafel
 * with a client representative and a guest → a meeting (an invitation e-mail with a parseable .ics)
 * with minutes → an agreement with its monitoring plan and a jurist's akkoord → new figures → the
 * verdict niet_bereikt → bijsturen → the amended agreement → effect_bereikt → an offer to the other
 * gemeenten, taken over by one → afgerond with the lessons. tafels is killed (SIGKILL) right after the agreements are recorded and started again;
 * nothing is lost or done twice. Meetings start a few seconds ahead, so the minutes can follow on the
 * real clock.
 */
describe('the koerstafel cycle across services', () => {
  const isolation = new TestIsolation();
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  let smtp: SmtpTestServer;
  let monitoring: ServiceProcess;
  let signalen: ServiceProcess;
  let tafels: ServiceProcess;
  let notificaties: ServiceProcess;
  /** Between notificaties and tafels, as a Kubernetes Service: it follows tafels to its new process. */
  let tafelsAdres: Verbreker;
  const subs: Record<string, string> = {};

  /** Requests as a real Keycloak user; tokenFor renews a token before it expires. */
  const als = (dienst: () => ServiceProcess, gebruiker: string) => {
    const auth = async () => ({ authorization: `Bearer ${await tokenFor(gebruiker)}` });
    return {
      get: async (pad: string): Promise<Response> => dienst().http().get(pad).set(await auth()),
      post: async (pad: string, body: object = {}): Promise<Response> => dienst().http().post(pad).set(await auth()).send(body),
      patch: async (pad: string, body: object): Promise<Response> => dienst().http().patch(pad).set(await auth()).send(body),
    };
  };
  const gemeente = {
    monitoring: als(() => monitoring, 'gemeente.weert'),
    signalen: als(() => signalen, 'gemeente.weert'),
    tafels: als(() => tafels, 'gemeente.weert'),
  };
  const meet = (punten: Array<[string, number]>, gemeente = 'GM0988') =>
    als(() => monitoring, 'beheerder.mlw')
      .post('/v1/metingen?bron=Regiomonitor', punten.map(([periode, waarde]) => ({ indicator: INDICATOR, gemeente, periode, waarde, teller: Math.round(waarde * 40), noemer: 4000 })))
      .then((res) => expect(res.status).toBe(200));
  const rijen = async <T>(sql: string, waarden: unknown[] = []) => (await db.query(sql, waarden)).rows as T[];

  beforeAll(async () => {
    await db.connect();
    smtp = await SmtpTestServer.start();
    monitoring = await startServiceProcess('monitoring', isolation);
    signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    tafels = await startServiceProcess('tafels', isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url });
    tafelsAdres = await Verbreker.voor(tafels.url);
    notificaties = await startServiceProcess('notificaties', isolation, {
      ...registerEnv(monitoring),
      NOTIFICATIES_TAFELS_URL: tafelsAdres.url,
      NOTIFICATIES_SMTP_HOST: '127.0.0.1',
      NOTIFICATIES_SMTP_PORT: String(smtp.port),
      NOTIFICATIES_EMAIL_POLL_INTERVAL_MS: '100',
      NOTIFICATIES_EMAIL_DIRECT_PER_UUR: '100',
    });
    for (const gebruiker of ['aanbieder.horizon', 'client.mlw', 'jurist.mlw']) subs[gebruiker] = JSON.parse(Buffer.from((await tokenFor(gebruiker)).split('.')[1], 'base64url').toString()).sub;
    // tafels keeps a copy of the region register: monitoring publishes it again now that tafels listens.
    expect((await als(() => monitoring, 'beheerder.mlw').post('/v1/register/herpublicaties')).status).toBe(202);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([tafels, notificaties, signalen, monitoring].map((p) => p?.stop()));
    await Promise.all([tafelsAdres?.stop(), smtp?.stop(), db.end()]);
  }, 120_000);

  let signaalId: string;
  let tafelId: string;
  let afspraakId: string;
  let planId: string;
  let tweedeVersie: string;

  it('raises a signal from figures off course, brings it to consensus and starts a table on it', async () => {
    expect((await gemeente.monitoring.post('/v1/koersdoelen', { indicator: INDICATOR, gemeente: 'GM0988', doelwaarde: 1.4, richting: 'maximaal', koersdocumentSectie: 'Koersdocument Jeugd MLW §3.2' })).status).toBe(201);
    await meet([['2025-Q1', 1.3], ['2025-Q2', 1.5], ['2025-Q3', 1.7], ['2025-Q4', 1.9]]);
    const signaal = await eventually(async () => {
      const { body } = await gemeente.signalen.get(`/v1/signalen?regio=${MLW}`);
      return (body.items as Array<{ id: string; bron: string; indicatoren: string[] }>).find((s) => s.indicatoren.includes(INDICATOR));
    }, 30_000);
    signaalId = signaal.id;
    expect(signaal.bron).toBe('beleidsinformatie');

    expect((await gemeente.signalen.post(`/v1/signalen/${signaalId}/statuswijzigingen`, { naar: 'in_voorbereiding' })).status).toBe(201);
    for (const stuk of [
      { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q3', '2025-Q4'] },
      { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden in een leefgroep wacht op hulp dichter bij huis.' },
      { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'De gemeente treft een voorziening die passend en tijdig is.' },
    ]) {
      expect((await gemeente.signalen.post(`/v1/signalen/${signaalId}/dossierstukken`, stuk)).status).toBe(201);
    }
    const ronde = await gemeente.signalen.post(`/v1/signalen/${signaalId}/consensusrondes`, { partijen: ['zorggroep-horizon'] });
    expect(ronde.status).toBe(201);
    expect((await als(() => signalen, 'aanbieder.horizon').post(`/v1/signalen/${signaalId}/consensusrondes/${ronde.body.id}/antwoorden`, { standpunt: 'eens' })).status).toBe(201);

    const start = await gemeente.tafels.post('/v1/tafels', { signaalId });
    expect(start.status).toBe(201);
    tafelId = start.body.id;
    expect(start.body.probleemstelling).toContain('Dit signaal is automatisch aangemaakt door de monitoring');
    await eventually(async () => ((await gemeente.signalen.get(`/v1/signalen/${signaalId}`)).body.status === 'tafel_gestart' ? true : undefined));
  }, 120_000);

  it('seats a provider, a client representative with a guest, and a jurist, and invites them with an .ics', async () => {
    for (const gebruiker of ['aanbieder.horizon', 'client.mlw', 'jurist.mlw']) {
      expect((await gemeente.tafels.post(`/v1/tafels/${tafelId}/deelnemers`, { sub: subs[gebruiker] })).status).toBe(201);
    }
    expect((await als(() => tafels, 'client.mlw').post(`/v1/tafels/${tafelId}/gasten`, { alias: 'Vlinder' })).status).toBe(201);

    const bijeenkomstId = await houdBijeenkomst('Welkom; het dossier; wat is het probleem; wie doet mee; vervolgstappen.');
    const uitnodiging = await eventually(async () => smtp.voor(adres('aanbieder.horizon')).map(kalenderVan).find((k) => k?.uid === `${bijeenkomstId}@koers`), 30_000);
    expect(uitnodiging).toMatchObject({ method: 'REQUEST', sequence: 0 });
    // The client representative hears for the guest they brought, as well as for themselves.
    await eventually(async () => (smtp.voor(adres('client.mlw')).some((m) => kalenderVan(m)?.uid === `${bijeenkomstId}@koers`) ? true : undefined), 30_000);
    expect((await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.status).toBe('gehouden');
  }, 120_000);

  it('drafts an agreement with its monitoring plan and a jurist’s akkoord, records it, and survives tafels being killed', async () => {
    const bijeenkomsten = (await gemeente.tafels.get(`/v1/tafels/${tafelId}/bijeenkomsten`)).body as Array<{ id: string }>;
    const concept = await gemeente.tafels.post(`/v1/tafels/${tafelId}/afspraken`, {
      soort: 'werkafspraak',
      omschrijving: 'Zorggroep Horizon biedt jongeren met verblijf binnen zes weken een plek in ambulante hulp dichter bij huis.',
      eigenaar: 'zorggroep-horizon',
      deadline: '2027-09-30',
      rechtsgrond: 'Jeugdwet art. 2.3',
      gemeente: 'GM0988',
      bijeenkomstId: bijeenkomsten[0].id,
    });
    expect(concept.status).toBe(201);
    afspraakId = concept.body.id;
    planId = await maakPlan(afspraakId, '2025-Q4', '2026-Q1');
    expect((await als(() => tafels, 'jurist.mlw').post(`/v1/tafels/${tafelId}/afspraken/${afspraakId}/toetsingen`, { oordeel: 'akkoord' })).status).toBe(201);

    expect((await gemeente.tafels.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`)).status).toBe(201);
    await herstartTafels();

    await eventually(async () => ((await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.status === 'monitoring' ? true : undefined), 60_000);
    const vastgelegd = await rijen<{ n: number }>(`SELECT count(*)::int AS n FROM "${tafels.schema}".outbox WHERE type = 'nl.koers.tafels.afspraak.vastgelegd.v1' AND payload->>'subject' = $1`, [afspraakId]);
    expect(vastgelegd[0].n).toBe(1);
    const bevestigd = await rijen<{ n: number }>(`SELECT count(*)::int AS n FROM "${monitoring.schema}".outbox WHERE type = 'nl.koers.monitoring.monitoringplan.bevestigd.v1' AND payload->>'subject' = $1`, [planId]);
    expect(bevestigd[0].n).toBe(1);
  }, 180_000);

  it('steers after the verdict niet_bereikt: a new meeting, the amended agreement with a new plan, recorded again', async () => {
    await meet([['2026-Q1', 1.8]]);
    // The new deviation of the same gemeente + indicator joins the running table; no second signal.
    const afwijkingen = await eventually(async () => {
      const { body } = await gemeente.tafels.get(`/v1/tafels/${tafelId}/afwijkingen`);
      return Array.isArray(body) && body.length ? body : undefined;
    }, 30_000);
    expect(afwijkingen[0]).toMatchObject({ indicator: INDICATOR });
    const signalenOverDeReeks = ((await gemeente.signalen.get(`/v1/signalen?regio=${MLW}`)).body.items as Array<{ indicatoren: string[] }>).filter((s) => s.indicatoren.includes(INDICATOR));
    expect(signalenOverDeReeks).toHaveLength(1);

    const oordeel = await gemeente.monitoring.post(`/v1/monitoringplannen/${planId}/evaluaties`);
    expect(oordeel.status).toBe(201);
    expect(oordeel.body.oordeel).toBe('niet_bereikt');
    await eventually(async () => ((await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.bijsturingNodig === true ? true : undefined), 30_000);
    // The table's follow-up shows the verdict and the figure against the target, read from monitoring with the viewer's token.
    const opvolging = (await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.opvolging as {
      cijfers: string;
      afspraken: Array<{ afspraakId: string; oordeel?: string; plan?: { stand?: { indicatoren: Array<{ doelwaarde: number; laatsteMetingen: Array<{ periode: string; waarde: number | null }> }> } } }>;
    };
    expect(opvolging.cijfers).toBe('beschikbaar');
    const eerste = opvolging.afspraken.find((o) => o.afspraakId === afspraakId);
    expect(eerste).toMatchObject({ oordeel: 'niet_bereikt' });
    expect(eerste?.plan?.stand?.indicatoren[0]).toMatchObject({ doelwaarde: 1.5, laatsteMetingen: [expect.objectContaining({ periode: '2026-Q1', waarde: 1.8 })] });
    // Everyone at the table hears that it must steer, the provider too.
    await eventually(async () => (smtp.voor(adres('aanbieder.horizon')).some((m) => String(m.text).includes(`/tafels/${tafelId}`) && !kalenderVan(m)) ? true : undefined), 30_000);

    await houdBijeenkomst('Wat liep anders dan afgesproken; de afspraak aanpassen.');
    const gewijzigd = await gemeente.tafels.patch(`/v1/tafels/${tafelId}/afspraken/${afspraakId}`, {
      omschrijving: 'Zorggroep Horizon en de wijkteams bieden jongeren met verblijf binnen vier weken een plek in ambulante hulp dichter bij huis.',
    });
    expect(gewijzigd.status).toBe(200);
    expect(gewijzigd.body).toMatchObject({ versie: 2, vorigeVersieId: afspraakId, status: 'concept', toetsing: 'open' });
    tweedeVersie = gewijzigd.body.id;
    const tweedePlan = await maakPlan(tweedeVersie, '2026-Q1', '2026-Q2');
    expect((await als(() => tafels, 'jurist.mlw').post(`/v1/tafels/${tafelId}/afspraken/${tweedeVersie}/toetsingen`, { oordeel: 'akkoord' })).status).toBe(201);
    expect((await gemeente.tafels.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`)).status).toBe(201);
    await eventually(async () => ((await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.status === 'monitoring' ? true : undefined), 60_000);

    const afspraken = (await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.afspraken as Array<{ id: string; status: string; oordeel?: string; monitoringplanId?: string }>;
    // The old version keeps its own plan and verdict.
    expect(afspraken.find((a) => a.id === afspraakId)).toMatchObject({ status: 'vervangen', oordeel: 'niet_bereikt', monitoringplanId: planId });
    expect(afspraken.find((a) => a.id === tweedeVersie)).toMatchObject({ status: 'vastgelegd', monitoringplanId: tweedePlan });
    planId = tweedePlan;
  }, 180_000);

  it('offers the agreement that worked to the other gemeenten: Leudal takes it over with its own plan, Nederweert declines', async () => {
    await meet([['2026-Q2', 1.4]]);
    const oordeel = await gemeente.monitoring.post(`/v1/monitoringplannen/${planId}/evaluaties`);
    expect(oordeel.body.oordeel).toBe('effect_bereikt');
    await eventually(async () => {
      const afspraken = (await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.afspraken as Array<{ id: string; oordeel?: string }>;
      return afspraken.find((a) => a.id === tweedeVersie)?.oordeel === 'effect_bereikt' ? true : undefined;
    }, 30_000);

    const bericht = await eventually(async () => smtp.voor(adres('gemeente.leudal')).find((m) => String(m.text).includes(`/overnames?afspraak=${tweedeVersie}`)), 30_000);
    expect(bericht.subject).toEqual(expect.any(String));
    expect(smtp.voor(adres('gemeente.weert')).some((m) => String(m.text).includes('/overnames?afspraak='))).toBe(false);
    const aanbod = async (gebruiker: string) => ((await als(() => tafels, gebruiker).get(`/v1/overnames?afspraak=${tweedeVersie}`)).body.items as Array<{ id: string }>)[0].id;

    const overgenomen = await als(() => tafels, 'gemeente.leudal').post(`/v1/overnames/${await aanbod('gemeente.leudal')}/antwoord`, { antwoord: 'overnemen', deadline: '2027-12-31' });
    expect(overgenomen.status).toBe(201);
    const kopie = overgenomen.body.overgenomenAfspraak as { id: string; overgenomenVanId: string; gemeenten: string[] };
    expect(kopie).toMatchObject({ overgenomenVanId: tweedeVersie, gemeenten: ['GM1640'] });
    const afgeslagen = await als(() => tafels, 'gemeente.nederweert').post(`/v1/overnames/${await aanbod('gemeente.nederweert')}/antwoord`, { antwoord: 'afslaan', reden: 'Nederweert heeft al een eigen aanpak met plekken dichtbij huis.' });
    expect(afgeslagen.status).toBe(201);

    // Leudal's own course: a baseline of its own, its own plan, a jurist's akkoord, recorded by Leudal.
    await meet([['2026-Q2', 1.7]], 'GM1640');
    await maakPlan(kopie.id, '2026-Q2', '2026-Q4', 'gemeente.leudal', 'GM1640');
    expect((await als(() => tafels, 'jurist.mlw').post(`/v1/tafels/${tafelId}/afspraken/${kopie.id}/toetsingen`, { oordeel: 'akkoord' })).status).toBe(201);
    expect((await als(() => tafels, 'gemeente.leudal').post(`/v1/overnames/${overgenomen.body.id}/vastlegging`)).status).toBe(201);

    const regio = await als(() => tafels, 'aanbieder.horizon').get(`/v1/afspraken/${tweedeVersie}/overnames`);
    expect(regio.body).toMatchObject({ overgenomen: 1, afgeslagen: 1, open: 0 });
  }, 120_000);

  it('closes the table once its agreement reached its effect, with lessons the region can search', async () => {
    const afronding = await gemeente.tafels.post(`/v1/tafels/${tafelId}/afronding`, {
      leerervaringen: {
        watWerkte: 'Een vaste contactpersoon per jongere en wekelijks overleg tussen de wijkteams en de aanbieder.',
        watWerkteNiet: 'Alleen een kortere wachtlijst afspreken, zonder plekken dichter bij huis.',
        voorWie: 'Jongeren met verblijf buiten de eigen gemeente en hun ouders.',
      },
    });
    expect(afronding.status).toBe(201);
    expect((await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.status).toBe('afgerond');
    const gevonden = await als(() => tafels, 'aanbieder.horizon').get('/v1/leerervaringen?zoek=wachtlijsten');
    expect((gevonden.body.items as Array<{ tafelId: string }>).map((l) => l.tafelId)).toContain(tafelId);
    // The guest's alias is gone with the closing.
    expect(JSON.stringify((await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body)).not.toContain('Vlinder');
  }, 120_000);

  it('did every step once, and no event or e-mail carries a guest’s alias or a professional’s name', async () => {
    const perStap = await rijen<{ type: string; n: number }>(`SELECT type, count(*)::int AS n FROM "${tafels.schema}".outbox GROUP BY type ORDER BY type`);
    const telling = Object.fromEntries(perStap.map((r) => [r.type.replace('nl.koers.tafels.', ''), r.n]));
    expect(telling).toMatchObject({
      'tafel.gestart.v1': 1,
      'bijeenkomst.gepland.v1': 2,
      'bijeenkomst.gehouden.v1': 2,
      'afspraak.opgesteld.v1': 3,
      'afspraak.getoetst.v1': 3,
      'afspraak.vastgelegd.v1': 3,
      'tafel.bijsturing_nodig.v1': 1,
      'afspraak.overname_aangeboden.v1': 1,
      'afspraak.overgenomen.v1': 1,
      'afspraak.overname_afgeslagen.v1': 1,
      'tafel.afgerond.v1': 1,
    });
    const ids = await rijen<{ n: number; uniek: number }>(`SELECT count(*)::int AS n, count(DISTINCT payload->>'id')::int AS uniek FROM "${tafels.schema}".outbox`);
    expect(ids[0].uniek).toBe(ids[0].n);

    const uitnodigingen = smtp.voor(adres('aanbieder.horizon')).map(kalenderVan).filter((k) => k?.method === 'REQUEST');
    expect(new Set(uitnodigingen.map((k) => k?.uid)).size).toBe(uitnodigingen.length); // one invitation per meeting
    const payloads: unknown[] = [];
    for (const { schema } of [tafels, signalen, monitoring, notificaties]) payloads.push(...(await rijen<{ payload: unknown }>(`SELECT payload FROM "${schema}".outbox`)).map((r) => r.payload));
    const uitgezonden = JSON.stringify(payloads);
    const mails = smtp.ontvangen.map((o) => `${o.mail.subject}\n${o.mail.text}\n${o.mail.attachments.map((a) => a.content.toString('utf8')).join('\n')}`).join('\n');
    expect(uitgezonden).not.toContain('Vlinder');
    expect(mails).not.toContain('Vlinder');
    for (const naam of ['Annelies Janssen', 'Joost van der Linden', 'Pieter Coenen', 'Els Hermans']) expect(uitgezonden).not.toContain(naam);
    process.stdout.write(
      `koerstafel cycle: ${perStap.reduce((som, r) => som + r.n, 0)} events of tafels (${perStap.map((r) => `${r.type.replace('nl.koers.tafels.', '')} ${r.n}`).join(', ')}), ${smtp.ontvangen.length} e-mails, tafels killed once\n`,
    );
  });

  /** A meeting a few seconds ahead, waited for, and its minutes with everyone present: the table is `gehouden`. */
  async function houdBijeenkomst(agenda: string): Promise<string> {
    const start = new Date(Date.now() + 4000);
    const gepland = await gemeente.tafels.post(`/v1/tafels/${tafelId}/bijeenkomsten`, {
      start: start.toISOString(),
      eind: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      plaats: 'Stadhuis Weert, raadszaal',
      agenda,
    });
    expect(gepland.status).toBe(201);
    await pauze(start.getTime() - Date.now() + 200);
    const deelnemers = (await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.deelnemers as Array<{ id: string }>;
    const verslag = await gemeente.tafels.post(`/v1/tafels/${tafelId}/bijeenkomsten/${gepland.body.id}/verslag`, {
      probleem: 'Jongeren met verblijf wachten lang op hulp dichter bij huis.',
      wieMoetMeedoen: 'De gemeente Weert, Zorggroep Horizon, de wijkteams en de cliëntenraad.',
      stappen: 'Plekken in ambulante hulp vrijmaken en elke maand samen de cijfers bekijken.',
      aanwezigen: deelnemers.map((d) => d.id),
    });
    expect(verslag.status).toBe(201);
    return gepland.body.id;
  }

  /** The gemeente makes the agreement's plan in monitoring; tafels links it from monitoring's event. */
  async function maakPlan(id: string, nulmetingTot: string, meetmoment: string, gebruiker = 'gemeente.weert', code = 'GM0988'): Promise<string> {
    const plan = await eventually(async () => {
      const res = await als(() => monitoring, gebruiker).post('/v1/monitoringplannen', {
        titel: 'Minder jongeren met verblijf ver van huis',
        onderwerp: { soort: 'afspraak', id },
        gemeenten: [code],
        indicatoren: [{ indicator: INDICATOR, doelwaarde: 1.5, richting: 'maximaal' }],
        nulmetingTot,
        nulmetingPerioden: 1,
        meetmomenten: [meetmoment],
        evaluatiedatum: '2027-06-30',
      });
      return res.status === 201 ? (res.body as { id: string }) : undefined; // 409 until monitoring knows the agreement
    }, 30_000);
    await eventually(async () => {
      const afspraken = (await gemeente.tafels.get(`/v1/tafels/${tafelId}`)).body.afspraken as Array<{ id: string; monitoringplanId?: string }>;
      return afspraken.find((a) => a.id === id)?.monitoringplanId === plan.id ? true : undefined;
    }, 30_000);
    return plan.id;
  }

  /** SIGKILL, as the kernel's OOM killer would, and a new process on the same schema and queue. */
  async function herstartTafels(): Promise<void> {
    const einde = await tafels.kill('SIGKILL');
    expect(einde).toEqual({ code: null, signal: 'SIGKILL' });
    tafels = await startServiceProcess('tafels', isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url });
    tafelsAdres.richtOp(tafels.url);
  }
});
