import { startTestService, TestService } from '@koers/service-testing';
import { ServiceProcess, TestIsolation } from '@koers/testing';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, metConsensus, startSignalen, subVan } from './koerstafel';

/**
 * The lists of tables and agreements for every role: paged, filtered by status, by signal, by owner
 * and by who takes part (`betrokken`), never across a region. Real signalen and monitoring
 * processes, real Keycloak users; every table and agreement is made through the API.
 */
describe('tafels: lists of tables and agreements', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;
  const begin = Date.now();
  let verschuiving = 0;
  const klok = { nu: () => new Date(Date.parse('2027-03-02T09:00:00Z') + verschuiving + (Date.now() - begin)) };
  const api = als(() => service);
  const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((t) => t.id);

  // A: Horizon and the client council seated, held, with two agreements; B: the client council; C: Kompas.
  const tafel: Record<'A' | 'B' | 'C', { id: string; signaalId: string }> = {} as never;
  let horizonAfspraak: string;
  let raadAfspraak: string;

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url }, { klok });
    expect((await als(() => monitoring as ServiceProcess).post('/v1/register/herpublicaties', 'beheerder.mlw', {})).status).toBe(202);
    for (const [naam, gebruikers] of [['A', ['aanbieder.horizon', 'client.mlw']], ['B', ['client.mlw']], ['C', ['aanbieder.kompas']]] as const) {
      const signaalId = await metConsensus(signalen);
      const start = await api.post('/v1/tafels', 'gemeente.weert', { signaalId });
      expect(start.status).toBe(201);
      tafel[naam] = { id: start.body.id, signaalId };
      for (const gebruiker of gebruikers) {
        expect((await api.post(`/v1/tafels/${start.body.id}/deelnemers`, 'gemeente.weert', { sub: await subVan(gebruiker) })).status).toBe(201);
      }
    }
    const bijeenkomst = await api.post(`/v1/tafels/${tafel.A.id}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu()));
    expect(bijeenkomst.status).toBe(201);
    verschuiving = 8 * 86_400_000;
    const deelnemers = (await api.get(`/v1/tafels/${tafel.A.id}`, 'gemeente.weert')).body.deelnemers as Array<{ id: string }>;
    const verslag = await api.post(`/v1/tafels/${tafel.A.id}/bijeenkomsten/${bijeenkomst.body.id}/verslag`, 'gemeente.weert', {
      probleem: 'Jongeren wachten langer dan twaalf weken op een intake.',
      wieMoetMeedoen: 'De gemeente Weert, Zorggroep Horizon en de cliëntenraad.',
      stappen: 'Overbruggingsgesprekken en een training voor de wijkteams.',
      aanwezigen: deelnemers.map((d) => d.id),
    });
    expect(verslag.status).toBe(201);
    const afspraak = async (eigenaar: string, deadline: string) => {
      const res = await api.post(`/v1/tafels/${tafel.A.id}/afspraken`, 'gemeente.weert', {
        soort: 'werkafspraak',
        omschrijving: 'Elke jongere op de wachtlijst krijgt binnen twee weken een overbruggingsgesprek.',
        eigenaar,
        deadline,
        rechtsgrond: 'Jeugdwet art. 2.3',
        gemeente: 'GM0988',
        bijeenkomstId: bijeenkomst.body.id,
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    horizonAfspraak = await afspraak('zorggroep-horizon', '2027-09-30');
    raadAfspraak = await afspraak('clientenraad-mlw', '2027-06-30');
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  it('pages the tables of the region, newest first, for every role', async () => {
    const eerste = await api.get('/v1/tafels?paginaGrootte=2', 'aanbieder.horizon');
    expect(eerste.status).toBe(200);
    expect(eerste.body).toMatchObject({ totaal: 3, pagina: 1, paginaGrootte: 2 });
    expect(ids(eerste)).toEqual([tafel.C.id, tafel.B.id]);
    expect(ids(await api.get('/v1/tafels?paginaGrootte=2&pagina=2', 'beheerder.mlw'))).toEqual([tafel.A.id]);
    expect((await api.get('/v1/tafels', 'jurist.mlw')).body).toMatchObject({ totaal: 3, pagina: 1, paginaGrootte: 20 });
    expect((await api.get('/v1/tafels', 'gemeente.roermond')).body).toEqual({ items: [], totaal: 0, pagina: 1, paginaGrootte: 20 });
  });

  it('filters tables by status and by signal', async () => {
    expect(ids(await api.get('/v1/tafels?status=voorbereiding', 'gemeente.leudal'))).toEqual([tafel.C.id, tafel.B.id]);
    expect(ids(await api.get('/v1/tafels?status=gehouden,gepland', 'gemeente.leudal'))).toEqual([tafel.A.id]);
    expect(ids(await api.get('/v1/tafels?status=gehouden&status=voorbereiding', 'gemeente.leudal'))).toEqual([tafel.C.id, tafel.B.id, tafel.A.id]);
    expect(ids(await api.get('/v1/tafels?status=afgerond', 'gemeente.leudal'))).toEqual([]);
    expect(ids(await api.get(`/v1/tafels?signaal=${tafel.B.signaalId}`, 'client.mlw'))).toEqual([tafel.B.id]);
    expect((await api.get(`/v1/tafels?signaal=${tafel.B.signaalId}`, 'gemeente.roermond')).body.totaal).toBe(0);
  });

  it('with betrokken=true lists the tables the caller takes part in: as behandelaar, seated, or through their organisation', async () => {
    const betrokken = async (gebruiker: string) => ids(await api.get('/v1/tafels?betrokken=true', gebruiker));
    expect(await betrokken('gemeente.weert')).toEqual([tafel.C.id, tafel.B.id, tafel.A.id]);
    expect(await betrokken('aanbieder.horizon')).toEqual([tafel.A.id]);
    expect(await betrokken('client.mlw')).toEqual([tafel.B.id, tafel.A.id]);
    expect(await betrokken('aanbieder.kompas')).toEqual([tafel.C.id]);
    // Not seated themselves, but their organisation is.
    expect(await betrokken('jurist.horizon')).toEqual([tafel.A.id]);
    for (const gebruiker of ['gemeente.leudal', 'jurist.mlw', 'beheerder.mlw', 'gemeente.roermond']) expect(await betrokken(gebruiker)).toEqual([]);
    expect((await api.get('/v1/tafels?betrokken=false', 'aanbieder.horizon')).body.totaal).toBe(3);
    expect(ids(await api.get('/v1/tafels?betrokken=true&status=voorbereiding', 'client.mlw'))).toEqual([tafel.B.id]);
  });

  it('refuses bad filters and paging with every field named, in Dutch', async () => {
    const res = await api.get('/v1/tafels?status=voorbereiding,open&betrokken=ja&signaal=geen-id&paginaGrootte=101&pagina=0', 'gemeente.weert');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['betrokken', 'pagina', 'paginaGrootte', 'signaal', 'status']);
    expect(res.body.invalidParams.find((p: { name: string }) => p.name === 'betrokken').reason).toBe('betrokken is true of false');
    expect(res.body.invalidParams.find((p: { name: string }) => p.name === 'status').reason).toContain('moet een van deze waarden zijn');
  });

  it('lists the agreements of the tables the caller takes part in or their organisation owns, the nearest deadline first, with the table', async () => {
    const horizon = await api.get('/v1/afspraken?betrokken=true', 'aanbieder.horizon');
    expect(horizon.status).toBe(200);
    expect(horizon.body).toMatchObject({ totaal: 2, pagina: 1, paginaGrootte: 20 });
    expect(ids(horizon)).toEqual([raadAfspraak, horizonAfspraak]);
    expect(horizon.body.items[1]).toMatchObject({ eigenaar: 'zorggroep-horizon', deadline: '2027-09-30', status: 'concept', tafel: { id: tafel.A.id, status: 'gehouden' } });
    expect(ids(await api.get('/v1/afspraken?betrokken=true', 'jurist.horizon'))).toEqual([raadAfspraak, horizonAfspraak]);
    expect(ids(await api.get('/v1/afspraken?betrokken=true', 'gemeente.weert'))).toEqual([raadAfspraak, horizonAfspraak]);
    for (const gebruiker of ['aanbieder.kompas', 'gemeente.leudal', 'beheerder.mlw', 'aanbieder.maasveld']) {
      expect((await api.get('/v1/afspraken?betrokken=true', gebruiker)).body).toEqual({ items: [], totaal: 0, pagina: 1, paginaGrootte: 20 });
    }
  });

  it('filters agreements by owner, status and check, pages them, and never shows another region', async () => {
    expect(ids(await api.get('/v1/afspraken?eigenaar=zorggroep-horizon', 'aanbieder.horizon'))).toEqual([horizonAfspraak]);
    expect(ids(await api.get('/v1/afspraken?betrokken=true&eigenaar=clientenraad-mlw', 'aanbieder.horizon'))).toEqual([raadAfspraak]);
    expect(ids(await api.get('/v1/afspraken?status=concept', 'gemeente.leudal'))).toEqual([raadAfspraak, horizonAfspraak]);
    // betrokken=false is the list of the whole region, for every role, not the jurist's queue.
    expect(ids(await api.get('/v1/afspraken?betrokken=false', 'aanbieder.kompas'))).toEqual([raadAfspraak, horizonAfspraak]);
    expect(ids(await api.get('/v1/afspraken?status=vastgelegd,uitgevoerd', 'gemeente.leudal'))).toEqual([]);
    expect(ids(await api.get('/v1/afspraken?status=concept&toetsing=akkoord', 'client.mlw'))).toEqual([]);
    const tweede = await api.get('/v1/afspraken?betrokken=true&paginaGrootte=1&pagina=2', 'client.mlw');
    expect(tweede.body).toMatchObject({ totaal: 2, pagina: 2, paginaGrootte: 1 });
    expect(ids(tweede)).toEqual([horizonAfspraak]);
    expect((await api.get('/v1/afspraken?status=concept', 'aanbieder.maasveld')).body.totaal).toBe(0);
    expect((await api.get('/v1/afspraken?eigenaar=zorggroep-horizon', 'gemeente.roermond')).body.totaal).toBe(0);
  });

  it('keeps the jurist queue without those filters: jurists only, the reason named to anyone else', async () => {
    expect(ids(await api.get('/v1/afspraken', 'jurist.mlw'))).toEqual([horizonAfspraak, raadAfspraak]);
    expect(ids(await api.get('/v1/afspraken?toetsing=open', 'jurist.horizon'))).toEqual([raadAfspraak]);
    const geweigerd = await api.get('/v1/afspraken?toetsing=open', 'aanbieder.horizon');
    expect(geweigerd.status).toBe(403);
    expect(geweigerd.headers['content-type']).toContain('application/problem+json');
    expect(geweigerd.body.detail).toContain('kies betrokken, eigenaar of status');
  });

  it('refuses bad agreement filters with every field named', async () => {
    const res = await api.get('/v1/afspraken?status=klaar&eigenaar=Geen%20Code&betrokken=misschien&toetsing=half', 'aanbieder.horizon');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['betrokken', 'eigenaar', 'status', 'toetsing']);
    expect(res.body.invalidParams.find((p: { name: string }) => p.name === 'eigenaar').reason).toBe('eigenaar is een organisatiecode als zorggroep-horizon');
  });
});
