import { createServer } from 'node:net';
import { startTestService, TestService } from '@koers/service-testing';
import { ServiceProcess, TestIsolation } from '@koers/testing';
import { tafels } from '../src/tafels.service-definition';
import { als, inVoorbereiding, metConsensus, startSignalen } from './koerstafel';

/** A port nothing listens on: the address of a signalen that is down. */
async function vrijePoort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** domain.md §3: a table starts from one signal with consensus, and the signals merged into it come along with their dossiers. */
describe('tafels: the start reads signalen', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;
  let zonderSignalen: TestService;
  const api = als(() => service);

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url });
    zonderSignalen = await startTestService(tafels, new TestIsolation(), { TAFELS_SIGNALEN_URL: `http://127.0.0.1:${await vrijePoort()}`, TAFELS_SIGNALEN_TIMEOUT_MS: '1000' });
  }, 180_000);
  afterAll(async () => {
    await Promise.all([service?.stop(), zonderSignalen?.stop()]);
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  it('brings the merged signals along: their ids and the evidence of their dossiers as it was', async () => {
    const sapi = als(() => signalen as ServiceProcess);
    const samengevoegd = await inVoorbereiding(signalen as ServiceProcess);
    const ervaring = { soort: 'ervaringsinformatie', perspectief: 'jongere', verslag: 'Een jongere vertelt dat de wachttijd na school het zwaarst is.' };
    expect((await sapi.post(`/v1/signalen/${samengevoegd}/dossierstukken`, 'gemeente.weert', ervaring)).status).toBe(201);
    const signaalId = await metConsensus(signalen as ServiceProcess);
    const samenvoeging = await sapi.post(`/v1/signalen/${samengevoegd}/statuswijzigingen`, 'gemeente.weert', { naar: 'samengevoegd', samengevoegdMet: signaalId, reden: 'Dezelfde wachttijd' });
    expect(samenvoeging.status).toBe(201);

    const start = await api.post('/v1/tafels', 'gemeente.weert', { signaalId });
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({ signaalId, samengevoegdeSignalen: [samengevoegd], gemeenten: ['GM0988'] });
    const detail = await api.get(`/v1/tafels/${start.body.id}`, 'aanbieder.horizon');
    expect(detail.body.bewijs).toEqual(expect.arrayContaining([expect.objectContaining({ signaalId: samengevoegd, soort: 'ervaringsinformatie', inhoud: expect.objectContaining({ verslag: ervaring.verslag }) })]));
    expect(detail.body.bewijs.filter((b: { signaalId: string }) => b.signaalId === signaalId).map((b: { soort: string }) => b.soort).sort()).toEqual(['ervaringsinformatie', 'juridisch_kader', 'objectieve_data']);
    // The list finds the table by the merged signal too.
    for (const id of [signaalId, samengevoegd]) {
      expect((await api.get(`/v1/tafels?signaal=${id}`, 'client.mlw')).body.items.map((t: { id: string }) => t.id)).toEqual([start.body.id]);
    }
  });

  it('answers 503 problem+json when signalen cannot be reached, and stores nothing', async () => {
    const res = await als(() => zonderSignalen).post('/v1/tafels', 'gemeente.weert', { signaalId: '2f1c1b9e-3b7a-4c53-9a36-6f0f3c1d2e4a' });
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 503, type: expect.stringContaining('signalen-onbereikbaar') });
    expect(await zonderSignalen.dataSource.query(`SELECT id FROM "${zonderSignalen.settings.database.schema}".tafel`)).toEqual([]);
  });
});
