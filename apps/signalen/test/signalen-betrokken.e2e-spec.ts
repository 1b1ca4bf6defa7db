import { startTestService, TestService } from '@koers/service-testing';
import { registerEnv, ServiceProcess, startServiceProcess, TestIsolation } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';
import { alsGebruiker, MLW, partnerverzoek } from './signalen-api';

const INDICATOR = 'jeugdhulp-met-verblijf';

/**
 * `GET /v1/signalen?betrokken=true` (a provider or client representative sees the signals
 * they take part in): submitted by the caller or their organisation, taken up by the caller, or
 * their organisation is a party of a consensus round — with real users of those organisations.
 */
describe('the signals a user takes part in (betrokken=true)', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let service: TestService;
  const api = alsGebruiker(() => service);
  const monitoringApi = alsGebruiker(() => monitoring);

  async function dienIn(gebruiker: string, titel: string, velden: object = {}): Promise<string> {
    const res = await api.post('/v1/signalen', gebruiker, { ...partnerverzoek(['GM0988'], titel), ...velden });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  /** Taken up by gemeente.weert, the dossier completed, and consensus asked of these parties. */
  async function vraagConsensus(id: string, partijen: string[]): Promise<void> {
    expect((await api.post(`/v1/signalen/${id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' })).status).toBe(201);
    for (const stuk of [
      { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1'] },
      { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden wacht.' },
      { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'Hulp die op tijd komt.' },
    ]) {
      expect((await api.post(`/v1/signalen/${id}/dossierstukken`, 'gemeente.weert', stuk)).status).toBe(201);
    }
    expect((await api.post(`/v1/signalen/${id}/consensusrondes`, 'gemeente.weert', { partijen })).status).toBe(201);
  }

  const ids = async (query: string, gebruiker: string): Promise<string[]> => {
    const res = await api.get(`/v1/signalen?paginaGrootte=100&${query}`, gebruiker);
    expect(res.status).toBe(200);
    return res.body.items.map((item: { id: string }) => item.id).sort();
  };

  let vanHorizon: string;
  let vanHorizonOost: string;
  let metClientenraad: string;
  let vanClient: string;
  let metHorizon: string;
  let vanGemeente: string;

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, registerEnv(monitoring));
    const levering = await monitoringApi.post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [
      { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q1', waarde: 1.6, teller: 67, noemer: 4200 },
    ]);
    expect(levering.status).toBe(200);

    vanHorizon = await dienIn('aanbieder.horizon', 'Horizon ziet wachtlijsten groeien');
    vanHorizonOost = await dienIn('aanbieder.horizon', 'Horizon in Roermond', { regio: 'midden-limburg-oost', gemeenten: ['GM0957'] });
    vanClient = await dienIn('client.mlw', 'Ouders horen niets na de aanmelding');
    vanGemeente = await dienIn('gemeente.weert', 'Kosten per jongere stijgen', { bron: 'contractdoel' });
    metClientenraad = await dienIn('gemeente.weert', 'Meer jongeren in een instelling', { bron: 'contractdoel' });
    await vraagConsensus(metClientenraad, ['clientenraad-mlw']);
    metHorizon = await dienIn('aanbieder.kompas', 'Kompas ziet meer uitval');
    await vraagConsensus(metHorizon, ['zorggroep-horizon']);
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  it('gives a provider what its organisation submitted or is a consensus party to, in each of its regions', async () => {
    expect(await ids('betrokken=true', 'aanbieder.horizon')).toEqual([vanHorizon, vanHorizonOost, metHorizon].sort());
    expect(await ids(`betrokken=true&regio=${MLW}`, 'aanbieder.horizon')).toEqual([vanHorizon, metHorizon].sort());
    // Without the filter (or with false) the provider still reads the whole region.
    expect(await ids(`regio=${MLW}`, 'aanbieder.horizon')).toEqual([vanHorizon, vanClient, vanGemeente, metClientenraad, metHorizon].sort());
    expect(await ids(`betrokken=false&regio=${MLW}`, 'aanbieder.horizon')).toHaveLength(5);
    expect(await ids('betrokken=true', 'aanbieder.kompas')).toEqual([metHorizon]);
  });

  it('gives a client representative what they submitted and what their council is asked to agree on', async () => {
    expect(await ids('betrokken=true', 'client.mlw')).toEqual([vanClient, metClientenraad].sort());
    expect(await ids('betrokken=true&status=consensus_gevraagd', 'client.mlw')).toEqual([metClientenraad]);
    // The same organisation with another role is no consensus party.
    expect(await ids('betrokken=true', 'jurist.horizon')).toEqual([vanHorizon]);
  });

  it('gives a gemeente user what they submitted or took up, and nothing of another region', async () => {
    expect(await ids('betrokken=true', 'gemeente.weert')).toEqual([vanGemeente, metClientenraad, metHorizon].sort());
    expect(await ids('betrokken=true', 'gemeente.leudal')).toEqual([]);
    expect(await ids('betrokken=true', 'client.mlo')).toEqual([]);
  });

  it('pages the filtered list with its own total', async () => {
    const eerste = await api.get('/v1/signalen?betrokken=true&paginaGrootte=2&pagina=1', 'aanbieder.horizon');
    const tweede = await api.get('/v1/signalen?betrokken=true&paginaGrootte=2&pagina=2', 'aanbieder.horizon');
    expect(eerste.body).toMatchObject({ totaal: 3, pagina: 1, paginaGrootte: 2 });
    expect(tweede.body).toMatchObject({ totaal: 3, pagina: 2, paginaGrootte: 2 });
    const samen = [...eerste.body.items, ...tweede.body.items].map((item: { id: string }) => item.id).sort();
    expect(samen).toEqual([vanHorizon, vanHorizonOost, metHorizon].sort());
  });

  it('answers 400 problem+json in Dutch for a value that is not true or false', async () => {
    const res = await api.get('/v1/signalen?betrokken=ja', 'client.mlw');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.invalidParams).toEqual([expect.objectContaining({ name: 'betrokken', reason: 'betrokken is true of false' })]);
  });
});
