import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@koers/service-testing';
import { CommitGate, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';
import { partnerverzoek, rijen } from './signalen-api';

/** A unique word without digits: a UUID in free text can look like a BSN or a phone number to the personal-data check. */
const uniekWoord = () => randomUUID().replace(/[^a-f]/g, '');

/** Retries from provider systems must not double anything: the Idempotency-Key header on creating POSTs. */
describe('Idempotency-Key', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let monitoring: ServiceProcess;
  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, registerEnv(monitoring));
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  const post = async (pad: string, gebruiker: string, body: object, sleutel?: string) => {
    const verzoek = service.http().post(pad).auth(await tokenFor(gebruiker), { type: 'bearer' });
    return (sleutel === undefined ? verzoek : verzoek.set('Idempotency-Key', sleutel)).send(body);
  };
  const signalenMetTitel = async (titel: string) =>
    (await rijen<{ n: number }>(service, `SELECT count(*)::int AS n FROM $schema.signaal WHERE titel = $1`, [titel]))[0].n;
  const eventsMetTitel = async (titel: string) =>
    (await rijen<{ n: number }>(service, `SELECT count(*)::int AS n FROM $schema.outbox WHERE payload->'data'->>'titel' = $1`, [titel]))[0].n;

  it('answers the same key with the same body with the first answer again, and stores one signal and one event', async () => {
    const titel = `Wachttijd ${uniekWoord()}`;
    const sleutel = randomUUID();
    const eerste = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel);
    const tweede = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel);
    const derde = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), `"${sleutel}"`);
    expect([eerste.status, tweede.status, derde.status]).toEqual([201, 201, 201]);
    expect(tweede.body).toEqual(eerste.body);
    expect(derde.body).toEqual(eerste.body);
    expect(eerste.headers['idempotency-replayed']).toBeUndefined();
    expect(tweede.headers['idempotency-replayed']).toBe('true');
    expect(tweede.headers['content-type']).toBe(eerste.headers['content-type']);
    expect([await signalenMetTitel(titel), await eventsMetTitel(titel)]).toEqual([1, 1]);
  });

  it('treats a body with its keys in another order as the same request', async () => {
    const titel = `Volgorde ${uniekWoord()}`;
    const sleutel = randomUUID();
    const body = partnerverzoek(['GM0988'], titel);
    const omgekeerd = Object.fromEntries(Object.entries(body).reverse());
    expect((await post('/v1/signalen', 'aanbieder.horizon', body, sleutel)).status).toBe(201);
    expect((await post('/v1/signalen', 'aanbieder.horizon', omgekeerd, sleutel)).headers['idempotency-replayed']).toBe('true');
    expect(await signalenMetTitel(titel)).toBe(1);
  });

  it('refuses the key with another body with 422 problem+json and stores nothing', async () => {
    const titel = `Ander verzoek ${uniekWoord()}`;
    const sleutel = randomUUID();
    expect((await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel)).status).toBe(201);
    const ander = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988', 'GM1640'], titel), sleutel);
    expect(ander.status).toBe(422);
    expect(ander.headers['content-type']).toContain('application/problem+json');
    expect(ander.body).toMatchObject({ status: 422, type: 'urn:nl-koers:probleem:idempotency-key-hergebruikt', detail: expect.stringContaining('ander verzoek') });
    expect(await signalenMetTitel(titel)).toBe(1);
  });

  it('keeps keys per caller: another caller with the same key and body makes its own signal', async () => {
    const titel = `Twee aanroepers ${uniekWoord()}`;
    const sleutel = randomUUID();
    const horizon = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel);
    const kompas = await post('/v1/signalen', 'aanbieder.kompas', partnerverzoek(['GM0988'], titel), sleutel);
    expect([horizon.status, kompas.status]).toEqual([201, 201]);
    expect(kompas.body.id).not.toBe(horizon.body.id);
    expect(kompas.body.indienerOrganisatie).toBe('jeugdhulp-kompas');
    expect(await signalenMetTitel(titel)).toBe(2);
  });

  it('answers 409 while the first request with the key is still running, and the first answer afterwards', async () => {
    const titel = `poort ${uniekWoord()}`;
    const sleutel = randomUUID();
    const poort = await CommitGate.install(service.settings.database.schema, 'signaal', `NEW.titel = '${titel}'`);
    try {
      const eerste = post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel);
      await poort.held();
      const tweede = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel);
      expect(tweede.status).toBe(409);
      expect(tweede.headers['retry-after']).toBe('1');
      expect(tweede.body).toMatchObject({ status: 409, type: 'urn:nl-koers:probleem:idempotency-key-in-behandeling' });
      await poort.open();
      expect((await eerste).status).toBe(201);
      const derde = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel);
      expect([derde.status, derde.body.id]).toEqual([201, (await eerste).body.id]);
    } finally {
      await poort.remove();
    }
    expect(await signalenMetTitel(titel)).toBe(1);
  });

  it('keeps no key for a refused request: after fixing the body the same key creates the signal', async () => {
    const titel = `Geweigerd ${uniekWoord()}`;
    const sleutel = randomUUID();
    const geweigerd = await post('/v1/signalen', 'aanbieder.horizon', { ...partnerverzoek(['GM0988'], titel), omschrijving: 'Bel 06-12345678.' }, sleutel);
    expect(geweigerd.status).toBe(400);
    expect((await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], titel), sleutel)).status).toBe(201);
    expect(await signalenMetTitel(titel)).toBe(1);
  });

  it('gives a step taken once its first answer again, where a second step would be refused', async () => {
    const { body: signaal } = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek());
    const sleutel = randomUUID();
    const stap = await post(`/v1/signalen/${signaal.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' }, sleutel);
    const herhaald = await post(`/v1/signalen/${signaal.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' }, sleutel);
    const zonderSleutel = await post(`/v1/signalen/${signaal.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' });
    expect([stap.status, herhaald.status, zonderSleutel.status]).toEqual([201, 201, 409]);
    expect(herhaald.body).toEqual(stap.body);
    const historie = await rijen(service, `SELECT naar FROM $schema.statuswijziging WHERE signaal_id = $1 ORDER BY wanneer`, [signaal.id]);
    expect(historie).toEqual([{ naar: 'ingediend' }, { naar: 'in_voorbereiding' }]);

    const { body: ander } = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek());
    const elders = await post(`/v1/signalen/${ander.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' }, sleutel);
    expect([elders.status, elders.body.type]).toEqual([422, 'urn:nl-koers:probleem:idempotency-key-hergebruikt']);
    expect((await post('/v1/signalen/' + ander.id + '/statuswijzigingen', 'gemeente.weert', { naar: 'in_voorbereiding' }, randomUUID())).status).toBe(201);
  });

  it('refuses a malformed key with 400, and ignores the header where nothing is created', async () => {
    for (const sleutel of ['', 'met spatie', 'x'.repeat(256), 'sleutel-é']) {
      const res = await post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(), sleutel);
      expect([sleutel, res.status, res.body.invalidParams?.[0]?.name]).toEqual([sleutel, 400, 'Idempotency-Key']);
    }
    const lijst = await service.http().get('/v1/signalen').auth(await tokenFor('gemeente.weert'), { type: 'bearer' }).set('Idempotency-Key', 'met spatie');
    expect(lijst.status).toBe(200);
  });

  it('declares the header on every creating POST of the OpenAPI document, and nowhere else', async () => {
    const { body } = await service.http().get('/v1/openapi.json').expect(200);
    const operaties = Object.entries(body.paths as Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; responses: Record<string, unknown> }>>).flatMap(
      ([pad, item]) => Object.entries(item).map(([methode, operatie]) => ({ wat: `${methode} ${pad}`, operatie })),
    );
    const metSleutel = operaties.filter(({ operatie }) => operatie.parameters?.some((p) => p.name === 'Idempotency-Key' && p.in === 'header')).map(({ wat }) => wat);
    const scheppend = operaties.filter(({ wat, operatie }) => wat.startsWith('post ') && operatie.responses['201']).map(({ wat }) => wat);
    expect(scheppend).toEqual(expect.arrayContaining(['post /signalen', 'post /signalen/{id}/statuswijzigingen', 'post /signalen/{id}/dossierstukken']));
    expect(metSleutel.sort()).toEqual(scheppend.sort());
    expect(body.paths['/signalen'].post.responses).toMatchObject({ '201': { headers: { 'Idempotency-Replayed': expect.any(Object) } }, '422': expect.any(Object) });
  });
});
