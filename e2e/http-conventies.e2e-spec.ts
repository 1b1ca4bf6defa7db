import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { registerEnv, ServiceProcess, startServiceProcess, TEST_DATABASE_URL, TestIsolation, tokenFor } from '@koers/testing';

const ROUTES = [
  { service: 'signalen', pad: '/v1/signalen', gebruiker: 'aanbieder.horizon' },
  { service: 'notificaties', pad: '/v1/abonnementen', gebruiker: 'aanbieder.horizon' },
  { service: 'monitoring', pad: '/v1/duidingen', gebruiker: 'gemeente.weert' },
];

const lijsten = (diepte: number) => '['.repeat(diepte) + ']'.repeat(diepte);
const objecten = (diepte: number) => '{"a":'.repeat(diepte) + '1' + '}'.repeat(diepte);

/** What libs/http gives every service, tried on a creating route of three of them. */
describe('HTTP conventions of every service', () => {
  const isolation = new TestIsolation();
  const services: Record<string, ServiceProcess> = {};
  const db = new Client({ connectionString: TEST_DATABASE_URL });

  beforeAll(async () => {
    await db.connect();
    // Monitoring first: signalen and notificaties copy its region register when they start.
    services.monitoring = await startServiceProcess('monitoring', isolation);
    for (const { service } of ROUTES.filter((r) => r.service !== 'monitoring')) {
      services[service] = await startServiceProcess(service, isolation, { NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true', ...registerEnv(services.monitoring) });
    }
  }, 120000);
  afterAll(async () => {
    for (const service of Object.values(services)) await service.stop();
    await db.end();
  });

  // A cheap request must not cost a stack overflow: JSON nested deeper than the documented depth is
  // refused by the body parser, before validation walks it.

  describe.each(ROUTES)('deeply nested JSON on POST $pad', ({ service, pad, gebruiker }) => {
    const post = async (body: string) =>
      services[service].http().post(pad).set('authorization', `Bearer ${await tokenFor(gebruiker)}`).set('content-type', 'application/json').send(body);

    it.each([
      ['100,000 nested brackets', lijsten(100_000)],
      ['5,000 nested objects', objecten(5_000)],
      ['33 nested brackets inside a field', `{"titel":${lijsten(33)}}`],
    ])('answers 400 problem+json in Dutch for %s', async (_vorm, body) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 400, detail: expect.stringContaining('dieper genest dan 32') });
      expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'body', code: 'te-diep-genest' })]);
    });

    it('still validates a body nested 32 deep as usual', async () => {
      const res = await post(`{"titel":${lijsten(31)}}`);
      expect(res.status).toBe(400);
      expect(res.body.invalidParams.map((p: { code: string }) => p.code)).not.toContain('te-diep-genest');
    });
  });

  describe.each([
    { ...ROUTES[0], tabel: 'signaal', body: { regio: 'midden-limburg-west', bron: 'partnerverzoek', titel: 'Wachttijd jeugd-GGZ', omschrijving: 'Jongeren in Weert wachten langer dan twaalf weken.', gemeenten: ['GM0988'] } },
    { ...ROUTES[1], tabel: 'webhook_abonnement', body: { regio: 'midden-limburg-west', callbackUrl: 'http://127.0.0.1:9/koers', eventTypes: ['nl.koers.signalen.*'] } },
    { ...ROUTES[2], tabel: 'duiding', body: { indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', tekst: 'De stijging komt door het sluiten van een gezinshuis.' } },
  ])('Idempotency-Key on POST $pad', ({ service, pad, gebruiker, tabel, body }) => {
    it('answers a retry with the same key with the first answer, and stores one record', async () => {
      const sleutel = randomUUID();
      const post = async () =>
        services[service].http().post(pad).set('authorization', `Bearer ${await tokenFor(gebruiker)}`).set('Idempotency-Key', sleutel).send(body);
      const eerste = await post();
      const tweede = await post();
      expect([eerste.status, tweede.status, tweede.headers['idempotency-replayed']]).toEqual([201, 201, 'true']);
      expect(tweede.body).toEqual(eerste.body);
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM "${services[service].schema}".${tabel} WHERE id = $1`, [eerste.body.id]);
      expect(rows).toEqual([{ n: 1 }]);
      const { rows: alle } = await db.query(`SELECT count(*)::int AS n FROM "${services[service].schema}".${tabel}`);
      expect(alle).toEqual([{ n: 1 }]);
      const { body: openapi } = await services[service].http().get('/v1/openapi.json').expect(200);
      expect(openapi.paths[pad.replace(/^\/v1/, '')].post.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]));
    });
  });
});
