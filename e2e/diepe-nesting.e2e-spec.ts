import { ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';

const ROUTES = [
  { service: 'signalen', pad: '/v1/signalen', gebruiker: 'aanbieder.horizon' },
  { service: 'notificaties', pad: '/v1/abonnementen', gebruiker: 'aanbieder.horizon' },
  { service: 'monitoring', pad: '/v1/duidingen', gebruiker: 'gemeente.weert' },
];

const lijsten = (diepte: number) => '['.repeat(diepte) + ']'.repeat(diepte);
const objecten = (diepte: number) => '{"a":'.repeat(diepte) + '1' + '}'.repeat(diepte);

/**
 * A cheap request must not cost a stack overflow: JSON nested deeper than the documented depth is
 * refused by the body parser of every service, before validation walks it.
 */
describe('deeply nested JSON bodies', () => {
  const isolation = new TestIsolation();
  const services: Record<string, ServiceProcess> = {};

  beforeAll(async () => {
    for (const { service } of ROUTES) services[service] = await startServiceProcess(service, isolation);
  }, 120000);
  afterAll(async () => {
    for (const service of Object.values(services)) await service.stop();
  });

  describe.each(ROUTES)('POST $pad', ({ service, pad, gebruiker }) => {
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
});
