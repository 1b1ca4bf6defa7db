import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { AFSPRAAK_OPGESTELD_V1, AfspraakOpgesteldV1, BIJEENKOMST_GEHOUDEN_V1, BijeenkomstGehoudenV1, createCloudEvent, TAFEL_BIJSTURING_NODIG_V1, TafelBijsturingNodigV1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, kalenderVan, registerEnv, ServiceProcess, SmtpTestServer, startServiceProcess, TestIsolation, tokenFor, Verbreker, WebhookOntvanger } from '@koers/testing';
import { notificaties } from '../src/notificaties.service-definition';

const MLW = 'midden-limburg-west';
const INDICATOR = 'jeugdhulp-met-verblijf';
const PORTAAL = 'https://portaal.koers.test';
const adres = (gebruiker: string) => `${gebruiker}@koers.example`;
const PLAATS = 'Stadhuis Weert, raadszaal 2';
const LINK = 'https://meet.example.nl/koerstafel-weert-7f3a';
const AGENDA = 'Welkom; het dossier over wachttijden; wie doet mee; vervolgstappen.';
const SOURCE = 'urn:nld:oin:00000000000000000000:systeem:koers-test';

/**
 * The invitations of domain.md §3 and §7: a meeting planned, moved and cancelled through the REAL tafels (with the
 * real signalen and monitoring behind the table) reaches every invitee as a real e-mail with an
 * iCalendar attachment, through the real events; the .ics is parsed with ical.js. Users are the
 * realm's demo users; notificaties reads tafels as koers-notificaties.
 */
describe('notificaties: invitations to a meeting of a koerstafel', () => {
  const isolation = new TestIsolation();
  let smtp: SmtpTestServer;
  let webhook: WebhookOntvanger;
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let tafels: ServiceProcess | undefined;
  let verbreker: Verbreker;
  let service: TestService;

  const als = (dienst: () => { http: TestService['http'] }) => {
    const auth = async (gebruiker: string) => ({ authorization: `Bearer ${await tokenFor(gebruiker)}` });
    return {
      get: async (pad: string, gebruiker: string): Promise<Response> => dienst().http().get(pad).set(await auth(gebruiker)),
      post: async (pad: string, gebruiker: string, body: object): Promise<Response> => dienst().http().post(pad).set(await auth(gebruiker)).send(body),
      patch: async (pad: string, gebruiker: string, body: object): Promise<Response> => dienst().http().patch(pad).set(await auth(gebruiker)).send(body),
      put: async (pad: string, gebruiker: string, body: object): Promise<Response> => dienst().http().put(pad).set(await auth(gebruiker)).send(body),
    };
  };
  const signalenApi = als(() => signalen as ServiceProcess);
  const tafelsApi = als(() => tafels as ServiceProcess);
  const notificatiesApi = als(() => service);
  const subVan = async (gebruiker: string): Promise<string> => JSON.parse(Buffer.from((await tokenFor(gebruiker)).split('.')[1], 'base64url').toString()).sub;

  let tafelId: string;

  /** A signal of Weert brought to consensus through signalen's API, and a table started on it. */
  async function tafelMetDeelnemers(): Promise<string> {
    const { body: signaal } = await signalenApi.post('/v1/signalen', 'aanbieder.horizon', {
      regio: MLW,
      bron: 'partnerverzoek',
      titel: 'Wachttijd jeugd-GGZ loopt op',
      omschrijving: 'Jongeren in Weert wachten langer dan twaalf weken op een intake.',
      gemeenten: ['GM0988'],
    });
    expect((await signalenApi.post(`/v1/signalen/${signaal.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' })).status).toBe(201);
    for (const stuk of [
      { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] },
      { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden wacht en intussen thuis vastloopt.' },
      { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'De gemeente treft een voorziening die tijdig beschikbaar is.' },
    ]) {
      expect((await signalenApi.post(`/v1/signalen/${signaal.id}/dossierstukken`, 'gemeente.weert', stuk)).status).toBe(201);
    }
    const ronde = await signalenApi.post(`/v1/signalen/${signaal.id}/consensusrondes`, 'gemeente.weert', { partijen: ['zorggroep-horizon'] });
    expect((await signalenApi.post(`/v1/signalen/${signaal.id}/consensusrondes/${ronde.body.id}/antwoorden`, 'aanbieder.horizon', { standpunt: 'eens' })).status).toBe(201);
    const tafel = await tafelsApi.post('/v1/tafels', 'gemeente.weert', { signaalId: signaal.id });
    expect(tafel.status).toBe(201);
    expect((await tafelsApi.post(`/v1/tafels/${tafel.body.id}/deelnemers`, 'gemeente.weert', { sub: await subVan('aanbieder.kompas') })).status).toBe(201);
    // A guest (a parent, by alias) brought by the client council: their invitation goes to client.mlw.
    expect((await tafelsApi.post(`/v1/tafels/${tafel.body.id}/gasten`, 'client.mlw', { alias: 'Vlinder' })).status).toBe(201);
    return tafel.body.id;
  }

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    webhook = await WebhookOntvanger.start();
    monitoring = await startServiceProcess('monitoring', isolation);
    signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    tafels = await startServiceProcess('tafels', isolation, { TAFELS_SIGNALEN_URL: signalen.url });
    verbreker = await Verbreker.voor(tafels.url);
    service = await startTestService(notificaties, isolation, {
      ...registerEnv(monitoring),
      NOTIFICATIES_TAFELS_URL: verbreker.url,
      NOTIFICATIES_TAFELS_TIMEOUT_MS: '5000',
      NOTIFICATIES_SMTP_HOST: '127.0.0.1',
      NOTIFICATIES_SMTP_PORT: String(smtp.port),
      NOTIFICATIES_PORTAAL_URL: PORTAAL,
      NOTIFICATIES_EMAIL_POLL_INTERVAL_MS: '100',
      // Invitations are not counted in the hour window: the fourth below (the second meeting) still goes at once.
      NOTIFICATIES_EMAIL_DIRECT_PER_UUR: '3',
      NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true',
      NOTIFICATIES_WEBHOOK_POLL_MS: '50',
    });
    const levering = await als(() => monitoring as ServiceProcess).post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [
      { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q1', waarde: 1.6, teller: 67, noemer: 4200 },
      { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q2', waarde: 1.9, teller: 80, noemer: 4200 },
    ]);
    expect(levering.status).toBe(200);
    // A provider's system subscribes to every event of tafels: it gets ids and times, never a place, link or agenda.
    const abonnement = await notificatiesApi.post('/v1/abonnementen', 'aanbieder.kompas', { callbackUrl: webhook.url('/kompas'), eventTypes: ['nl.koers.tafels.*'], regio: MLW });
    expect(abonnement.status).toBe(201);
    tafelId = await tafelMetDeelnemers();
  }, 240_000);
  afterAll(async () => {
    await service?.stop();
    await verbreker?.stop();
    await Promise.all([tafels?.stop(), signalen?.stop(), monitoring?.stop()]);
    await smtp?.stop();
    await webhook?.stop();
  });

  const pad = (bijeenkomstId?: string, rest = '') => `/v1/tafels/${tafelId}/bijeenkomsten${bijeenkomstId ? `/${bijeenkomstId}` : ''}${rest}`;

  /** The e-mails that reached a user about this meeting, oldest first. */
  const mailsOver = (gebruiker: string, bijeenkomstId: string) => smtp.voor(adres(gebruiker)).filter((m) => kalenderVan(m)?.uid === `${bijeenkomstId}@koers`);
  const mailNummer = (gebruiker: string, bijeenkomstId: string, n: number) =>
    eventually(async () => mailsOver(gebruiker, bijeenkomstId)[n - 1], 20_000);

  let bijeenkomstId: string;

  it('sends every invitee a real e-mail with an .ics: METHOD:REQUEST, a stable UID, SEQUENCE 0 and the times of the meeting', async () => {
    // An invitation goes at once whatever one chose for e-mail about tables (README: invitations always go at once).
    expect((await notificatiesApi.put('/v1/email-voorkeuren/tafels', 'aanbieder.kompas', { keuze: 'uit' })).status).toBe(200);
    const res = await tafelsApi.post(pad(), 'gemeente.weert', { start: '2030-03-29T10:00', eind: '2030-03-29T12:30', plaats: PLAATS, onlineLink: LINK, agenda: AGENDA });
    expect(res.status).toBe(201);
    bijeenkomstId = res.body.id;

    for (const gebruiker of ['gemeente.weert', 'aanbieder.kompas', 'client.mlw']) {
      const mail = await mailNummer(gebruiker, bijeenkomstId, 1);
      expect(mail.subject).toMatch(/^Uitnodiging: koerstafel 'Jongeren in Weert wachten .*' op vrijdag 29 maart 2030$/);
      expect(mail.text).toContain('Wanneer: vrijdag 29 maart 2030 van 10:00 tot 12:30 uur.');
      expect(mail.text).toContain(`Laat weten of u komt: ${PORTAAL}/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}`);
      expect(kalenderVan(mail)).toMatchObject({
        method: 'REQUEST',
        status: 'CONFIRMED',
        uid: `${bijeenkomstId}@koers`,
        sequence: 0,
        // 10:00 and 12:30 on the Dutch clock in winter time (UTC+1).
        start: '2030-03-29T09:00:00.000Z',
        eind: '2030-03-29T11:30:00.000Z',
        locatie: PLAATS,
        attendee: `mailto:${adres(gebruiker)}`,
      });
      expect(kalenderVan(mail)?.contentType).toMatch(/^text\/calendar;.*method=REQUEST/i);
      expect(kalenderVan(mail)?.beschrijving).toContain(AGENDA);
    }
    // What went out is what the outbox row keeps, so a restart before sending loses nothing of it.
    const [rij] = await service.dataSource.query(`SELECT bijlagen FROM "${service.settings.database.schema}".uitgaande_email WHERE adres = $1 AND bijlagen::text LIKE $2`, [
      adres('aanbieder.kompas'),
      `%${bijeenkomstId}@koers%`,
    ]);
    const verstuurd = (await mailNummer('aanbieder.kompas', bijeenkomstId, 1)).attachments.find((a) => a.filename === 'uitnodiging.ics');
    expect(rij.bijlagen).toEqual([expect.objectContaining({ bestandsnaam: 'uitnodiging.ics', methode: 'REQUEST', inhoud: verstuurd?.content.toString('utf8') })]);
  });

  it('sends the invitation for a guest to the client representative who brought them, to pass on', async () => {
    const voorGast = await mailNummer('client.mlw', bijeenkomstId, 1);
    expect(voorGast.text).toContain('U krijgt deze uitnodiging ook voor de gast die u heeft aangemeld.');
    expect(kalenderVan(voorGast)?.beschrijving).toContain('de gast die u heeft aangemeld');
    expect((await mailNummer('aanbieder.kompas', bijeenkomstId, 1)).text).not.toContain('gast');
    // One e-mail per person; the guest's alias is in none of them.
    expect(mailsOver('client.mlw', bijeenkomstId)).toHaveLength(1);
    expect(smtp.ontvangen.some((o) => o.mail.text?.includes('Vlinder'))).toBe(false);
  });

  it('puts it in the inbox of each invitee, linking to the meeting; a provider not at the table gets nothing', async () => {
    const item = await eventually(async () => {
      const { body } = await notificatiesApi.get('/v1/inbox?groep=tafel-uitnodiging', 'aanbieder.kompas');
      return body.items?.[0] as { link: string } | undefined;
    });
    expect(item.link).toBe(`/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}`);
    expect((await notificatiesApi.get('/v1/inbox?groep=tafel-uitnodiging', 'aanbieder.horizon')).body.totaal).toBe(0);
    expect(smtp.voor(adres('aanbieder.horizon')).filter((m) => kalenderVan(m))).toEqual([]);
  });

  it('moves it: the same UID with SEQUENCE 1 and the new times', async () => {
    const res = await tafelsApi.patch(pad(bijeenkomstId), 'gemeente.weert', { start: '2030-04-05T13:00', eind: '2030-04-05T15:00' });
    expect(res.status).toBe(200);
    for (const gebruiker of ['gemeente.weert', 'aanbieder.kompas', 'client.mlw']) {
      const mail = await mailNummer(gebruiker, bijeenkomstId, 2);
      expect(mail.subject).toMatch(/^Gewijzigd: koerstafel '.*' is nu op vrijdag 5 april 2030$/);
      // Summer time since 31 March: 13:00 in Weert is 11:00 UTC.
      expect(kalenderVan(mail)).toMatchObject({ method: 'REQUEST', uid: `${bijeenkomstId}@koers`, sequence: 1, start: '2030-04-05T11:00:00.000Z', eind: '2030-04-05T13:00:00.000Z' });
    }
  });

  it('cancels it: METHOD:CANCEL and STATUS:CANCELLED with the same UID and a higher SEQUENCE', async () => {
    const res = await tafelsApi.post(pad(bijeenkomstId, '/annulering'), 'gemeente.weert', {});
    expect(res.status).toBe(201);
    for (const gebruiker of ['gemeente.weert', 'aanbieder.kompas', 'client.mlw']) {
      const mail = await mailNummer(gebruiker, bijeenkomstId, 3);
      expect(mail.subject).toMatch(/^Gaat niet door: koerstafel /);
      const kalender = kalenderVan(mail);
      expect(kalender).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `${bijeenkomstId}@koers` });
      expect(kalender?.sequence).toBeGreaterThan(1);
      expect(kalender?.contentType).toMatch(/^text\/calendar;.*method=CANCEL/i);
    }
  });

  it('never gives a webhook subscriber the place, the link or the agenda: ids and times only', async () => {
    const overDeBijeenkomst = () => webhook.op('/kompas').filter((v) => v.body.includes(bijeenkomstId));
    const typen = await eventually(async () => {
      const ontvangen = overDeBijeenkomst().map((v) => (JSON.parse(v.body) as { type: string }).type);
      return ontvangen.length >= 3 ? ontvangen : undefined;
    }, 20_000);
    expect([...new Set(typen)].sort()).toEqual(['nl.koers.tafels.bijeenkomst.geannuleerd.v1', 'nl.koers.tafels.bijeenkomst.gepland.v1', 'nl.koers.tafels.bijeenkomst.verplaatst.v1']);
    for (const verzoek of overDeBijeenkomst()) {
      expect(verzoek.body).not.toContain('Stadhuis');
      expect(verzoek.body).not.toContain('meet.example.nl');
      expect(verzoek.body).not.toContain('wachttijden');
      const { data } = JSON.parse(verzoek.body) as { data: Record<string, unknown> };
      expect(Object.keys(data).filter((veld) => ['plaats', 'onlineLink', 'agenda', 'ontvangers'].includes(veld))).toEqual([]);
    }
    // Nor does any other delivery to the subscriber.
    expect(webhook.op('/kompas').some((v) => v.body.includes(LINK) || v.body.includes(PLAATS))).toBe(false);
  });

  let tweede: string;

  it('loses nothing when tafels cannot be reached as the event arrives: the event is retried and the invitation still goes, once', async () => {
    verbreker.weigerVolgende(1);
    const res = await tafelsApi.post(pad(), 'gemeente.weert', { start: '2030-05-14T09:30', eind: '2030-05-14T11:00', onlineLink: LINK, agenda: AGENDA });
    expect(res.status).toBe(201);
    tweede = res.body.id;
    const mail = await mailNummer('aanbieder.kompas', tweede, 1);
    expect(verbreker.geweigerd).toBe(1);
    expect(kalenderVan(mail)).toMatchObject({ method: 'REQUEST', sequence: 0, locatie: LINK, start: '2030-05-14T07:30:00.000Z' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailsOver('aanbieder.kompas', tweede)).toHaveLength(1);
    // The fourth invitation to aanbieder.kompas within the hour, and it came at once, not in a bundle.
    expect(smtp.voor(adres('aanbieder.kompas')).filter((m) => kalenderVan(m))).toHaveLength(4);
  });

  // Tafels records minutes only after a meeting started, which its own process's clock does not
  // reach for these meetings, and drafts no agreements yet: this file publishes those two facts as
  // tafels does (contract-checked), about the real table and meeting above.
  const publiceer = <T extends { regio: string }>(type: string, data: T) => isolation.publish(createCloudEvent({ type, source: SOURCE, regio: data.regio, data }));

  it('tells every participant the concept minutes are ready, until when they can react, without an attachment', async () => {
    const gehouden: BijeenkomstGehoudenV1 = { tafelId, bijeenkomstId: tweede, regio: MLW, reactiesTot: '2030-05-21T22:00:00.000Z', vastgelegdOp: new Date().toISOString() };
    await publiceer(BIJEENKOMST_GEHOUDEN_V1, gehouden);
    const onderwerp = 'Het conceptverslag staat klaar — reageer vóór woensdag 22 mei 2030';
    for (const gebruiker of ['gemeente.weert', 'client.mlw']) {
      const mail = await eventually(async () => smtp.voor(adres(gebruiker)).find((m) => m.subject === onderwerp), 20_000);
      expect(mail.text).toContain(`Lees het conceptverslag: ${PORTAAL}/tafels/${tafelId}/bijeenkomsten/${tweede}`);
      expect(mail.attachments).toEqual([]);
    }
    // aanbieder.kompas chose no e-mail about tables: the concept minutes only in the inbox.
    const item = await eventually(async () => (await notificatiesApi.get('/v1/inbox?groep=tafel-verslag', 'aanbieder.kompas')).body.items?.[0] as { titel: string } | undefined);
    expect(item.titel).toBe(onderwerp);
    expect(smtp.voor(adres('aanbieder.kompas')).some((m) => m.subject === onderwerp)).toBe(false);
    expect(smtp.voor(adres('aanbieder.horizon')).some((m) => m.subject === onderwerp)).toBe(false);
  });

  it("asks the region's jurists to check a drafted agreement; a jurist of another region hears nothing", async () => {
    const afspraakId = randomUUID();
    const opgesteld: AfspraakOpgesteldV1 = {
      afspraakId,
      tafelId,
      regio: MLW,
      versie: 1,
      soort: 'werkafspraak',
      bijeenkomstId: tweede,
      eigenaar: 'jeugdhulp-kompas',
      gemeenten: ['GM0988'],
      deadline: '2030-09-01',
      opgesteldOp: new Date().toISOString(),
    };
    await publiceer(AFSPRAAK_OPGESTELD_V1, opgesteld);
    const mail = await eventually(async () => smtp.voor(adres('jurist.mlw')).find((m) => m.subject === 'Toets een nieuwe afspraak van een koerstafel'), 20_000);
    expect(mail.text).toContain('Aan een koerstafel in uw regio is een werkafspraak opgesteld, voor Weert.');
    expect(mail.text).toContain(`Toets de afspraak: ${PORTAAL}/tafels/${tafelId}/afspraken/${afspraakId}`);
    const { body } = await notificatiesApi.get('/v1/inbox?groep=afspraak-toetsen', 'jurist.mlw');
    expect(body.items.map((i: { link: string }) => i.link)).toEqual([`/tafels/${tafelId}/afspraken/${afspraakId}`]);
    expect((await notificatiesApi.get('/v1/inbox?groep=afspraak-toetsen', 'jurist.mlo')).body.totaal).toBe(0);
    expect(smtp.voor(adres('jurist.mlo'))).toEqual([]);
  });

  it("tells the region's gemeente users and everyone at the table that it must steer, a guest through the client representative who brought them; nobody else", async () => {
    const bijsturing: TafelBijsturingNodigV1 = { tafelId, regio: MLW, afspraakIds: [randomUUID()], monitoringplanId: randomUUID(), vastgesteldOp: new Date().toISOString() };
    await publiceer(TAFEL_BIJSTURING_NODIG_V1, bijsturing);
    const titel = 'Een afspraak van een koerstafel werkt nog niet zoals bedoeld';
    // gemeente.leudal does not sit at the table: a gemeente user of the region all the same.
    for (const gebruiker of ['gemeente.weert', 'gemeente.leudal', 'aanbieder.kompas', 'client.mlw']) {
      const item = await eventually(async () => (await notificatiesApi.get('/v1/inbox?groep=tafel-bijsturen', gebruiker)).body.items?.[0] as { titel: string; link: string } | undefined, 20_000);
      expect(item).toMatchObject({ titel, link: `/tafels/${tafelId}` });
    }
    const mail = await eventually(async () => smtp.voor(adres('client.mlw')).find((m) => m.subject === titel), 20_000);
    expect(mail.text).toContain(`${PORTAAL}/tafels/${tafelId}`);
    expect(mail.text).toContain('Vertel hem of haar dat de tafel gaat bijsturen.');
    // Each person once, also the behandelaar who is both a gemeente user and at the table.
    expect((await notificatiesApi.get('/v1/inbox?groep=tafel-bijsturen', 'gemeente.weert')).body.totaal).toBe(1);
    expect(smtp.voor(adres('gemeente.weert')).filter((m) => m.subject === titel)).toHaveLength(1);
    for (const gebruiker of ['aanbieder.horizon', 'jurist.mlw', 'gemeente.roermond']) {
      expect((await notificatiesApi.get('/v1/inbox?groep=tafel-bijsturen', gebruiker)).body.totaal).toBe(0);
      expect(smtp.voor(adres(gebruiker)).some((m) => m.subject === titel)).toBe(false);
    }
  });
});
