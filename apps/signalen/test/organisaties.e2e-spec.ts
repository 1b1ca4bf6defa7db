import { startTestService, TestService } from '@koers/service-testing';
import { KEYCLOAK_URL, TestIsolation, Verbreker } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';
import { alsGebruiker, MLW } from './signalen-api';

/**
 * `GET /v1/organisaties`: the organisations the gemeente can ask for consensus (domain.md §2: providers
 * and client representatives), read from the region's real Keycloak users — organisations, never people.
 * The region's beheerder reads them too, to set up their webhooks.
 */
describe('the organisations a gemeente can ask for consensus', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  const api = alsGebruiker(() => service);

  beforeAll(async () => {
    service = await startTestService(signalen, isolation);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('lists the providers and client councils of the caller’s region only, providers first, without anyone’s name', async () => {
    const mlw = await api.get('/v1/organisaties', 'gemeente.weert');
    expect(mlw.status).toBe(200);
    expect(mlw.body).toEqual({
      regio: MLW,
      items: [
        { organisatie: 'jeugdhulp-kompas', rol: 'aanbieder' },
        { organisatie: 'zorggroep-horizon', rol: 'aanbieder' },
        { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
      ],
    });
    expect(JSON.stringify(mlw.body)).not.toMatch(/aanbieder\.horizon|client\.mlw|Janssen/);

    const mlo = await api.get('/v1/organisaties', 'gemeente.roermond');
    expect(mlo.body.items.map((o: { organisatie: string }) => o.organisatie)).toEqual(['jeugdhulp-maasveld', 'zorggroep-horizon', 'clientenraad-mlo']);
  });

  it('is also for the region’s beheerder, who sets up the organisations’ webhooks', async () => {
    const mlw = await api.get('/v1/organisaties', 'beheerder.mlw');
    expect(mlw.status).toBe(200);
    expect(mlw.body.regio).toBe(MLW);
    expect(mlw.body.items.map((o: { organisatie: string }) => o.organisatie)).toEqual(['jeugdhulp-kompas', 'zorggroep-horizon', 'clientenraad-mlw']);
    const mlo = await api.get('/v1/organisaties', 'beheerder.mlo');
    expect(mlo.body.items.map((o: { organisatie: string }) => o.organisatie)).toEqual(['jeugdhulp-maasveld', 'zorggroep-horizon', 'clientenraad-mlo']);
  });

  it('is for the gemeente and the beheerder, in their own region', async () => {
    for (const gebruiker of ['aanbieder.horizon', 'client.mlw', 'jurist.mlw']) {
      const res = await api.get('/v1/organisaties', gebruiker);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    for (const gebruiker of ['gemeente.weert', 'beheerder.mlw']) {
      const ander = await api.get('/v1/organisaties?regio=midden-limburg-oost', gebruiker);
      expect(ander.status).toBe(403);
      expect(ander.body.type).toContain('andere-regio');
    }

    const fout = await api.get('/v1/organisaties?regio=Midden%20Limburg', 'gemeente.weert');
    expect(fout.status).toBe(400);
    expect(fout.body.invalidParams).toEqual([expect.objectContaining({ name: 'regio' })]);
  });

  describe('when Keycloak cannot be reached', () => {
    let verbreker: Verbreker;
    let zonderKeycloak: TestService;

    beforeAll(async () => {
      verbreker = await Verbreker.voor(KEYCLOAK_URL);
      zonderKeycloak = await startTestService(signalen, new TestIsolation(), {
        KEYCLOAK_REALM_URL: `${verbreker.url}/realms/koers`,
        KEYCLOAK_ISSUER_URL: service.settings.keycloak.issuerUrl,
      });
    }, 60_000);
    afterAll(async () => {
      await zonderKeycloak?.stop();
      await verbreker?.stop();
    });

    it('answers 503 problem+json, and the list again once Keycloak is back', async () => {
      const vraag = (query = '') => alsGebruiker(() => zonderKeycloak).get(`/v1/organisaties${query}`, 'gemeente.weert');
      // Read the realm's keys first, as any request does; then Keycloak goes away.
      expect((await vraag('?regio=Fout')).status).toBe(400);
      verbreker.weigerVolgende(1000);
      try {
        const res = await vraag();
        expect(res.status).toBe(503);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).toMatchObject({ status: 503, type: expect.stringContaining('organisaties-onbekend'), detail: expect.stringContaining('opvragen') });
        expect(verbreker.geweigerd).toBeGreaterThan(0);
      } finally {
        verbreker.weigerVolgende(0);
      }
      expect((await vraag()).body.items).toHaveLength(3);
    });
  });
});
