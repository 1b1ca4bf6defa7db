import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { createCloudEvent, METINGEN_AANGELEVERD_V1, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, OntvangenVerzoek, registerEnv, startServiceProcess, TestIsolation, tokenFor, WebhookOntvanger } from '@koers/testing';
import { notificaties } from '../src/notificaties.service-definition';

const MLW = 'midden-limburg-west';
const MLO = 'midden-limburg-oost';
const SOURCE = 'urn:nld:oin:00000000000000000000:systeem:koers-test';
/**
 * How long a subscription may fail before Koers pauses it: well beyond the three timed-out tries of
 * a hanging receiver (3 × 400 ms and the backoff), so a loaded runner does not pause it mid-retry.
 */
const PAUZE_NA_MS = 4000;

describe('notificaties webhooks', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let ontvanger: WebhookOntvanger;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    ontvanger = await WebhookOntvanger.start();
    // Monitoring only for the register notificaties copies at start: running on, it would take this
    // file's measurements from the bus and publish events of its own to the subscriptions here.
    const monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(notificaties, isolation, {
      ...registerEnv(monitoring),
      NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true',
      NOTIFICATIES_WEBHOOK_SCHEMA_MS: '100,200',
      NOTIFICATIES_WEBHOOK_TIMEOUT_MS: '400',
      NOTIFICATIES_WEBHOOK_MAX_BODY_BYTES: '1024',
      NOTIFICATIES_WEBHOOK_PAUZE_NA_MS: String(PAUZE_NA_MS),
      NOTIFICATIES_WEBHOOK_POLL_MS: '50',
    });
    await monitoring.stop();
    for (const user of ['aanbieder.horizon', 'aanbieder.maasveld', 'beheerder.mlw', 'beheerder.mlo', 'gemeente.weert']) tokens[user] = await tokenFor(user);
  });
  afterAll(async () => {
    await service?.stop();
    await ontvanger?.stop();
  });

  const als = (user: string) => ({
    post: (pad: string, body: object = {}) => service.http().post(pad).auth(tokens[user], { type: 'bearer' }).send(body),
    get: (pad: string) => service.http().get(pad).auth(tokens[user], { type: 'bearer' }),
  });

  const abonneer = async (pad: string, extra: object = {}, user = 'aanbieder.horizon') => {
    const res = await als(user).post('/v1/abonnementen', { callbackUrl: ontvanger.url(pad), eventTypes: ['nl.koers.*'], regio: MLW, ...extra }).expect(201);
    return res.body as { id: string; geheim: string };
  };

  const meting = (regio = MLW, subject?: string) =>
    createCloudEvent({ type: METINGEN_AANGELEVERD_V1, source: SOURCE, regio, subject, data: { regio, bron: 'test', aanleverancier: 'zorggroep-horizon', metingen: [{ indicator: 'x', periode: '2025', waarde: 1 }] } });

  const signaal = (gemeenten: string[]) => {
    const data: SignaalIngediendV1 = { signaalId: randomUUID(), regio: MLW, bron: 'partnerverzoek', titel: 'Wachttijd', gemeenten, indienerRol: 'aanbieder', ingediendOp: new Date().toISOString() };
    return createCloudEvent({ type: SIGNAAL_INGEDIEND_V1, source: SOURCE, regio: MLW, subject: data.signaalId, data });
  };

  const log = async (id: string, query = '') => (await als('aanbieder.horizon').get(`/v1/abonnementen/${id}/afleveringen${query}`).expect(200)).body;
  const verifieer = (geheim: string, v: OntvangenVerzoek) => new Webhook(geheim).verify(v.body, v.headers as Record<string, string>);

  it('refuses bad input with every invalid field listed, in Dutch, and stores nothing', async () => {
    const fout = await als('aanbieder.horizon')
      .post('/v1/abonnementen', { callbackUrl: 'geen-url', eventTypes: ['nl.koers.signalen.*', 'nl.koers.bestaat.niet.v1'], gemeenten: ['GM0957'], regio: MLW })
      .expect(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['callbackUrl', 'eventTypes.1', 'gemeenten.0']);
    expect(fout.body.detail).toContain('geen geldige URL');
    for (const callbackUrl of ['https://10.0.0.8/hook', 'https://[fe80::1]/hook', 'https://169.254.169.254/latest', 'ftp://127.0.0.1/x']) {
      const res = await als('aanbieder.horizon').post('/v1/abonnementen', { callbackUrl, eventTypes: ['nl.koers.*'], regio: MLW }).expect(400);
      expect(res.body.invalidParams[0]).toMatchObject({ name: 'callbackUrl' });
    }
    await als('aanbieder.horizon').post('/v1/abonnementen', { callbackUrl: ontvanger.url('/x'), eventTypes: ['nl.koers.*'] }).expect(400); // two regions: name one
    await als('beheerder.mlw').post('/v1/abonnementen', { callbackUrl: ontvanger.url('/x'), eventTypes: ['nl.koers.*'] }).expect(400); // whose system?
    await als('aanbieder.horizon').post('/v1/abonnementen', { callbackUrl: ontvanger.url('/x'), eventTypes: ['nl.koers.*'], regio: MLW, organisatie: 'flevokids' }).expect(403);
    await als('gemeente.weert').post('/v1/abonnementen', { callbackUrl: ontvanger.url('/x'), eventTypes: ['nl.koers.*'] }).expect(403);
    expect((await als('beheerder.mlw').get('/v1/abonnementen').expect(200)).body.totaal).toBe(0);
  });

  it('shows a subscription only to its organisation and the region’s beheerder; anyone else gets 404', async () => {
    const { id, geheim } = await abonneer('/zichtbaar');
    expect(geheim).toMatch(/^whsec_/);
    const eigen = await als('aanbieder.horizon').get(`/v1/abonnementen/${id}`).expect(200);
    expect(eigen.body).toMatchObject({ id, regio: MLW, organisatie: 'zorggroep-horizon', status: 'actief' });
    expect(eigen.body.geheim).toBeUndefined();
    await als('beheerder.mlw').get(`/v1/abonnementen/${id}`).expect(200);
    await als('aanbieder.maasveld').get(`/v1/abonnementen/${id}`).expect(404);
    await als('beheerder.mlo').get(`/v1/abonnementen/${id}`).expect(404);
    await als('beheerder.mlo').get(`/v1/abonnementen/${id}/afleveringen`).expect(404);
    await als('aanbieder.maasveld').post(`/v1/abonnementen/${id}/geheim-roteren`).expect(404);
    await als('gemeente.weert').get(`/v1/abonnementen/${id}`).expect(403);
    const beheerd = await abonneer('/gemeente', { organisatie: 'GM0988' }, 'beheerder.mlw');
    await als('aanbieder.horizon').get(`/v1/abonnementen/${beheerd.id}`).expect(404);
  });

  it('lets the beheerder filter the region’s subscriptions by organisation, paged; a provider only finds its own', async () => {
    const lijst = async (user: string, query = '') => (await als(user).get(`/v1/abonnementen${query}`).expect(200)).body;
    const tweede = await abonneer('/tweede');
    const beheerder = await lijst('beheerder.mlw');
    expect(beheerder.organisaties).toEqual(['GM0988', 'zorggroep-horizon']);
    const horizon = await lijst('beheerder.mlw', '?organisatie=zorggroep-horizon&paginaGrootte=1');
    expect(horizon).toMatchObject({ totaal: 2, pagina: 1, paginaGrootte: 1, items: [{ id: tweede.id, organisatie: 'zorggroep-horizon' }] });
    expect(await lijst('beheerder.mlw', '?organisatie=zorggroep-horizon&paginaGrootte=1&pagina=2')).toMatchObject({ totaal: 2, items: [{ organisatie: 'zorggroep-horizon' }] });
    expect(await lijst('beheerder.mlw', '?organisatie=GM0988')).toMatchObject({ totaal: 1, items: [{ organisatie: 'GM0988' }] });
    // Another region's beheerder and another provider find nothing of it; a provider sees only its own organisation.
    expect(await lijst('beheerder.mlo', '?organisatie=zorggroep-horizon')).toMatchObject({ totaal: 0, items: [], organisaties: [] });
    expect(await lijst('aanbieder.horizon', '?organisatie=GM0988')).toMatchObject({ totaal: 0, items: [], organisaties: ['zorggroep-horizon'] });
    expect((await lijst('aanbieder.maasveld', '?organisatie=zorggroep-horizon')).totaal).toBe(0);

    const fout = await als('beheerder.mlw').get('/v1/abonnementen?organisatie=geen%20code&paginaGrootte=0').expect(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['organisatie', 'paginaGrootte']);
    expect(JSON.stringify(fout.body.invalidParams)).toContain('organisatie is een code');
    await service.http().delete(`/v1/abonnementen/${tweede.id}`).auth(tokens['aanbieder.horizon'], { type: 'bearer' }).expect(204);
  });

  it('delivers signed CloudEvents of its own region only, filtered by type and gemeente, in order per record', async () => {
    const alles = await abonneer('/alles');
    const signalen = await abonneer('/signalen-weert', { eventTypes: ['nl.koers.signalen.*'], gemeenten: ['GM0988'] });
    const record = randomUUID();
    const reeks = Array.from({ length: 15 }, () => meting(MLW, record));
    const weert = signaal(['GM0988']);
    await isolation.publish(meting(MLO), signaal(['GM1640']), weert, ...reeks);

    const ontvangen = await eventually(async () => (ontvanger.op('/alles').length >= 17 ? ontvanger.op('/alles') : undefined));
    const bodies = ontvangen.map((v) => verifieer(alles.geheim, v) as { id: string; regio: string; subject?: string });
    expect(bodies.every((b) => b.regio === MLW)).toBe(true);
    expect(bodies.filter((b) => b.subject === record).map((b) => b.id)).toEqual(reeks.map((e) => e.id));
    expect(ontvangen[0].headers['content-type']).toBe('application/cloudevents+json');
    expect(Object.keys(bodies[0]).sort()).toEqual(expect.arrayContaining(['id', 'type', 'source', 'specversion', 'time', 'regio', 'data']));

    const gefilterd = await eventually(async () => (ontvanger.op('/signalen-weert').length ? ontvanger.op('/signalen-weert') : undefined));
    expect(gefilterd.map((v) => (verifieer(signalen.geheim, v) as { id: string }).id)).toEqual([weert.id]);

    // The receiver can have an event before its attempt is recorded: wait for the log.
    const items = await eventually(async () => {
      const pagina = await log(alles.id, '?paginaGrootte=100');
      return pagina.items.every((a: { status: string }) => a.status === 'bezorgd') ? pagina.items : undefined;
    });
    expect(items).toHaveLength(17);
    expect(new Set(ontvangen.map((v) => v.headers['webhook-id']))).toEqual(new Set(items.map((a: { id: string }) => a.id)));
    expect(items[0]).toMatchObject({ status: 'bezorgd', pogingen: 1, pogingenLog: [{ nummer: 1, statuscode: 204, duurMs: expect.any(Number) }] });
  });

  it('keeps every line moving while new events join it and heads finish at the same time', async () => {
    ontvanger.antwoord('/lijnen', (_v, res) => setTimeout(() => res.writeHead(204).end(), 2));
    const { id, geheim } = await abonneer('/lijnen', { eventTypes: [METINGEN_AANGELEVERD_V1] });
    const records = [randomUUID(), randomUUID(), randomUUID()];
    const gepubliceerd: Array<{ id: string; subject?: string }> = [];
    for (let golf = 0; golf < 8; golf++) {
      const events = records.flatMap((record) => Array.from({ length: 5 }, () => meting(MLW, record)));
      gepubliceerd.push(...events);
      await isolation.publish(...events);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const ontvangen = await eventually(async () => (ontvanger.op('/lijnen').length >= gepubliceerd.length ? ontvanger.op('/lijnen') : undefined), 20000);
    const bodies = ontvangen.map((v) => verifieer(geheim, v) as { id: string; subject: string });
    for (const record of records) {
      expect(bodies.filter((b) => b.subject === record).map((b) => b.id)).toEqual(gepubliceerd.filter((e) => e.subject === record).map((e) => e.id));
    }
    expect(ontvangen).toHaveLength(gepubliceerd.length);
    await eventually(async () => ((await log(id, '?status=wachtend')).totaal === 0 ? true : undefined));
  });

  it('retries 5xx with backoff and the same webhook-id until the receiver recovers', async () => {
    let keer = 0;
    ontvanger.antwoord('/herstelt', (_v, res) => res.writeHead(++keer <= 2 ? 503 : 200).end());
    const { id, geheim } = await abonneer('/herstelt', { eventTypes: [METINGEN_AANGELEVERD_V1] });
    await isolation.publish(meting());
    const [aflevering] = await eventually(async () => {
      const { items } = await log(id);
      return items[0]?.status === 'bezorgd' ? items : undefined;
    });
    expect(aflevering.pogingenLog.map((p: { statuscode: number }) => p.statuscode)).toEqual([503, 503, 200]);
    const pogingen = ontvanger.op('/herstelt');
    expect(new Set(pogingen.map((v) => v.headers['webhook-id']))).toEqual(new Set([aflevering.id]));
    pogingen.forEach((v) => verifieer(geheim, v));
    expect(pogingen[2].op - pogingen[0].op).toBeGreaterThanOrEqual(0.8 * 300);
  });

  it('counts a hanging receiver as a timed-out attempt, is dead after the last try, tells the owner, and never holds up others', async () => {
    ontvanger.antwoord('/hangt', () => undefined);
    ontvanger.antwoord('/groot', (_v, res) => {
      res.writeHead(200);
      res.end(Buffer.alloc(5 * 1024 * 1024, 'x'));
    });
    const hangt = await abonneer('/hangt', { eventTypes: [METINGEN_AANGELEVERD_V1] });
    const groot = await abonneer('/groot', { eventTypes: [METINGEN_AANGELEVERD_V1] });
    const start = Date.now();
    await isolation.publish(meting());
    await eventually(async () => ((await log(groot.id)).items[0]?.status === 'bezorgd' ? true : undefined));
    expect(Date.now() - start).toBeLessThan(3000);

    const [dood] = await eventually(async () => {
      const { items } = await log(hangt.id);
      return items[0]?.status === 'mislukt' ? items : undefined;
    });
    expect(dood.pogingenLog).toHaveLength(3);
    for (const poging of dood.pogingenLog) {
      expect(poging.statuscode).toBeUndefined();
      expect(poging.fout).toContain('timeout');
      expect(poging.duurMs).toBeGreaterThanOrEqual(390);
    }
    const inbox = await eventually(async () => {
      const { body } = await als('aanbieder.horizon').get('/v1/inbox').expect(200);
      return body.items.find((i: { titel: string }) => i.titel.includes('niet aangekomen')) as { link: string } | undefined;
    });
    expect(inbox.link).toBe(`/webhooks/abonnementen/${hangt.id}/afleveringen?status=mislukt`);
    // Stop it failing on, for the tests after this one. On a slow machine the failures may already
    // have lasted past PAUZE_NA_MS, and Koers paused it itself: then pausing again is refused (409).
    const pauze = await als('aanbieder.horizon').post(`/v1/abonnementen/${hangt.id}/pauzeren`);
    if (pauze.status !== 200) {
      expect(pauze.status).toBe(409);
      const { body } = await als('aanbieder.horizon').get(`/v1/abonnementen/${hangt.id}`).expect(200);
      expect(body.status).toBe('gepauzeerd');
    }
  });

  it('signs with the new and, for a while, the old secret after a rotation', async () => {
    const { id, geheim: oud } = await abonneer('/rotatie', { eventTypes: [METINGEN_AANGELEVERD_V1] });
    const rotatie = await als('aanbieder.horizon').post(`/v1/abonnementen/${id}/geheim-roteren`).expect(200);
    expect(rotatie.body.geheim).toMatch(/^whsec_/);
    expect(rotatie.body.geheim).not.toBe(oud);
    await isolation.publish(meting());
    const [verzoek] = await eventually(async () => (ontvanger.op('/rotatie').length ? ontvanger.op('/rotatie') : undefined));
    expect(verifieer(rotatie.body.geheim, verzoek)).toBeDefined();
    expect(verifieer(oud, verzoek)).toBeDefined();
    expect((verzoek.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
  });

  it('pauses a subscription that keeps failing, keeps what arrives meanwhile, and re-delivers on request', async () => {
    let stuk = true;
    ontvanger.antwoord('/pauze', (_v, res) => res.writeHead(stuk ? 500 : 200).end());
    const { id } = await abonneer('/pauze', { eventTypes: [METINGEN_AANGELEVERD_V1] });
    const begin = new Date().toISOString();
    await isolation.publish(meting());
    await eventually(async () => ((await log(id)).items[0]?.status === 'mislukt' ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, PAUZE_NA_MS + 100));
    await isolation.publish(meting());
    const gepauzeerd = await eventually(async () => {
      const { body } = await als('aanbieder.horizon').get(`/v1/abonnementen/${id}`).expect(200);
      return body.status === 'gepauzeerd' ? body : undefined;
    });
    expect(gepauzeerd.pauzeReden).toContain('geen berichten aan');
    const metrics = (await service.http().get('/metrics').expect(200)).text;
    expect(Number(/^koers_webhook_abonnementen_gepauzeerd\{[^}]*regio="midden-limburg-west"[^}]*\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics).not.toMatch(/^koers_webhook_abonnementen_gepauzeerd\{[^}]*regio="midden-limburg-oost"/m);
    await isolation.publish(meting());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tijdensPauze = ontvanger.op('/pauze').length;
    expect((await log(id, '?status=wachtend')).totaal).toBeGreaterThanOrEqual(1);

    stuk = false;
    await als('aanbieder.horizon').post(`/v1/abonnementen/${id}/hervatten`).expect(200);
    await als('aanbieder.horizon').post(`/v1/abonnementen/${id}/hervatten`).expect(409);
    await eventually(async () => ((await log(id, '?status=wachtend')).totaal === 0 ? true : undefined));
    expect(ontvanger.op('/pauze').length).toBeGreaterThan(tijdensPauze);

    const mislukt = (await log(id, '?status=mislukt')).items as Array<{ id: string }>;
    expect(mislukt.length).toBeGreaterThanOrEqual(1);
    await als('aanbieder.horizon').post(`/v1/abonnementen/${id}/afleveringen/opnieuw`, { sinds: 'gisteren' }).expect(400);
    const opnieuw = await als('aanbieder.horizon').post(`/v1/abonnementen/${id}/afleveringen/opnieuw`, { sinds: begin }).expect(202);
    expect(opnieuw.body.opnieuw).toBe(mislukt.length);
    await eventually(async () => ((await log(id)).items.every((a: { status: string }) => a.status === 'bezorgd') ? true : undefined));

    const [eerste] = mislukt;
    const voor = ontvanger.op('/pauze').filter((v) => v.headers['webhook-id'] === eerste.id).length;
    await als('aanbieder.horizon').post(`/v1/abonnementen/${id}/afleveringen/${eerste.id}/opnieuw`).expect(202);
    await eventually(async () => (ontvanger.op('/pauze').filter((v) => v.headers['webhook-id'] === eerste.id).length > voor ? true : undefined));
    await als('aanbieder.horizon').post(`/v1/abonnementen/${id}/afleveringen/${randomUUID()}/opnieuw`).expect(404);
    await als('aanbieder.maasveld').post(`/v1/abonnementen/${id}/afleveringen/${eerste.id}/opnieuw`).expect(404);
  });
});
