import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, ServiceProcess, TestIsolation } from '@koers/testing';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, INDICATOR, metConsensus, startSignalen, subVan } from './koerstafel';
import { MonitoringTeller } from './monitoring-teller';

/**
 * domain.md §3 and §6, follow-up: the table's detail shows per current agreement the owner's
 * progress, whether its deadline passed (the injected clock, Dutch date), and its plan's latest
 * figure against target with monitoring's verdict so far — read from the REAL monitoring in one call
 * per view with the viewer's own token, so small numbers follow the person who looks. Everything
 * between tafels and monitoring goes through the real bus: the agreements reach monitoring as
 * afspraak.opgesteld, the plans made there come back as monitoringplan.aangemaakt / bevestigd.
 */
describe('tafels: follow-up of the agreements in the table’s detail', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let teller: MonitoringTeller;
  let service: TestService;
  // The meeting is planned on 2 March 2027; the clock moves on as the test goes (see `verschuiving`).
  const begin = Date.now();
  let verschuiving = 0;
  const klok = { nu: () => new Date(Date.parse('2027-03-02T23:30:00Z') + verschuiving + (Date.now() - begin)) };
  const DAG = 86_400_000;

  const api = als(() => service);
  const monitoringApi = als(() => monitoring as ServiceProcess);
  const rijen = (sql: string, params: unknown[] = []) => service.dataSource.query(sql.replaceAll('$schema', `"${service.settings.database.schema}"`), params);

  let tafelId: string;
  let bijeenkomstId: string;
  let laat: string;
  let gestopt: string;

  const afspraak = (deadline: string, omschrijving: string) => ({
    soort: 'werkafspraak',
    omschrijving,
    eigenaar: 'zorggroep-horizon',
    deadline,
    rechtsgrond: 'Jeugdwet art. 2.3',
    gemeente: 'GM0988',
    bijeenkomstId,
  });
  const plan = (afspraakId: string) => ({
    onderwerp: { soort: 'afspraak', id: afspraakId },
    titel: 'Minder verblijf door snellere ambulante hulp',
    gemeenten: ['GM0988'],
    indicatoren: [{ indicator: INDICATOR, doelwaarde: 1.5, richting: 'maximaal' }],
    nulmetingTot: '2025-Q2',
    nulmetingPerioden: 2,
    meetmomenten: ['2025-Q3', '2025-Q4'],
    evaluatiedatum: '2030-01-01',
  });

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    teller = await MonitoringTeller.voor(monitoring.url);
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: teller.url, TAFELS_OPVOLGING_TIMEOUT_MS: '1000' }, { klok });
    expect((await monitoringApi.post('/v1/register/herpublicaties', 'beheerder.mlw', {})).status).toBe(202);
    // Weert's figure after the baseline rests on a teller of 3: only Weert itself may see it.
    expect((await monitoringApi.post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [{ indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q3', waarde: 1.2, teller: 3, noemer: 250 }])).status).toBe(200);

    const start = await api.post('/v1/tafels', 'gemeente.weert', { signaalId: await metConsensus(signalen) });
    expect(start.status).toBe(201);
    tafelId = start.body.id;
    for (const gebruiker of ['aanbieder.horizon', 'jurist.mlw']) {
      expect((await api.post(`/v1/tafels/${tafelId}/deelnemers`, 'gemeente.weert', { sub: await subVan(gebruiker) })).status).toBe(201);
    }
    expect((await api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: 'Vlinder' })).status).toBe(201);
    const bijeenkomst = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu()));
    expect(bijeenkomst.status).toBe(201);
    bijeenkomstId = bijeenkomst.body.id;
    verschuiving = 8 * DAG;
    const deelnemers = (await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.deelnemers as Array<{ id: string }>;
    const verslag = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}/verslag`, 'gemeente.weert', {
      probleem: 'Jongeren wachten langer dan twaalf weken op een intake.',
      wieMoetMeedoen: 'De gemeente Weert, Zorggroep Horizon en de cliëntenraad.',
      stappen: 'Overbruggingsgesprekken voor wie wacht.',
      aanwezigen: deelnemers.map((d) => d.id),
    });
    expect(verslag.status).toBe(201);

    laat = (await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak('2027-03-20', 'Zorggroep Horizon biedt elke jongere op de wachtlijst binnen twee weken een overbruggingsgesprek.'))).body.id;
    gestopt = (await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak('2027-09-30', 'Zorggroep Horizon opent een tweede intakelocatie in Weert.'))).body.id;
    // Monitoring knows an agreement once afspraak.opgesteld arrived over the bus; then Weert makes its plan there.
    for (const id of [laat, gestopt]) {
      await eventually(async () => ((await monitoringApi.post('/v1/monitoringplannen', 'gemeente.weert', plan(id))).status === 201 ? true : undefined), 20_000);
      expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' })).status).toBe(201);
    }
    // monitoringplan.aangemaakt links each plan in tafels; then the agreements can be recorded.
    await eventually(async () => ((await rijen('SELECT count(*)::int AS n FROM $schema.afspraak WHERE tafel_id = $1 AND monitoringplan_id IS NOT NULL', [tafelId]))[0].n === 2 ? true : undefined), 20_000);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert', {})).status).toBe(201);
    // monitoringplan.bevestigd for both plans brings the table to monitoring.
    await eventually(async () => ((await rijen('SELECT status FROM $schema.tafel WHERE id = $1', [tafelId]))[0].status === 'monitoring' ? true : undefined), 20_000);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${laat}/voortgang`, 'aanbieder.horizon', { voortgang: 'lopend' })).status).toBe(201);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${gestopt}/voortgang`, 'aanbieder.horizon', { voortgang: 'gestopt', reden: 'De tweede locatie kwam er al via de gemeente.' })).status).toBe(201);
    // 2027-03-22 23:30 UTC is 23 March in the Netherlands: three days past the deadline of the 20th.
    verschuiving = 20 * DAG;
  }, 240_000);
  afterAll(async () => {
    await service?.stop();
    await teller?.stop();
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  type Opvolging = { afspraakId: string; plan: { stand: { indicatoren: Array<{ laatsteMetingen: unknown[] }> } } };
  const opvolgingVan = (body: { opvolging: { afspraken: Opvolging[] } }, id: string) => body.opvolging.afspraken.find((a) => a.afspraakId === id);

  it('shows progress, the overdue deadline and the plan’s latest figure against target with what is missing, asking monitoring once', async () => {
    const voor = teller.standVragen;
    const res = await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert');
    expect(res.status).toBe(200);
    expect(teller.standVragen - voor).toBe(1);
    expect(res.body.status).toBe('monitoring');
    expect(res.body.opvolging).toMatchObject({ vandaag: '2027-03-23', cijfers: 'beschikbaar' });
    expect(res.body.opvolging.afspraken).toHaveLength(2);
    expect(opvolgingVan(res.body, laat)).toEqual({
      afspraakId: laat,
      eigenaar: 'zorggroep-horizon',
      status: 'vastgelegd',
      voortgang: 'lopend',
      deadline: '2027-03-20',
      teLaat: true,
      dagenTeLaat: 3,
      cijfers: 'beschikbaar',
      plan: {
        monitoringplanId: expect.any(String),
        status: 'bevestigd',
        stand: {
          oordeel: 'onvoldoende_data',
          indicatoren: [
            {
              indicator: INDICATOR,
              doelwaarde: 1.5,
              richting: 'maximaal',
              oordeel: 'onvoldoende_data',
              laatsteMetingen: [{ gemeente: 'GM0988', naam: 'Weert', periode: '2025-Q3', waarde: 1.2, weergave: '1,2', doelBereikt: true }],
              ontbrekend: ['GM0988: geen meting over 2025-Q4'],
              toelichting: expect.any(String),
            },
          ],
        },
      },
      ontbrekend: [`${INDICATOR}: GM0988: geen meting over 2025-Q4`],
    });
    expect(opvolgingVan(res.body, gestopt)).toMatchObject({ status: 'gestopt', voortgang: 'gestopt', stopreden: 'De tweede locatie kwam er al via de gemeente.', deadline: '2027-09-30', teLaat: false, cijfers: 'beschikbaar' });
    // The plan's id is the one tafels linked from monitoring's event.
    const [rij] = await rijen('SELECT monitoringplan_id FROM $schema.afspraak WHERE id = $1', [laat]);
    expect(opvolgingVan(res.body, laat)).toMatchObject({ plan: { monitoringplanId: rij.monitoringplan_id } });
  });

  it('shows a viewer outside Weert no small number: the figure is "< 5" for them, while Weert saw 1,2', async () => {
    for (const gebruiker of ['aanbieder.horizon', 'jurist.mlw', 'gemeente.leudal']) {
      const res = await api.get(`/v1/tafels/${tafelId}`, gebruiker);
      expect(res.status).toBe(200);
      const [indicator] = opvolgingVan(res.body, laat)?.plan.stand.indicatoren ?? [];
      expect(indicator).toBeDefined();
      expect(indicator.laatsteMetingen).toEqual([{ gemeente: 'GM0988', naam: 'Weert', periode: '2025-Q3', waarde: null, weergave: '< 5', doelBereikt: true, onderdrukt: true }]);
      expect(JSON.stringify(res.body.opvolging)).not.toMatch(/1[,.]2(?!\d)/);
    }
  });

  it('answers without the figures while monitoring is down: progress and deadlines stay, the figures are marked unavailable', async () => {
    teller.uit();
    try {
      const res = await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert');
      expect(res.status).toBe(200);
      expect(res.body.opvolging.cijfers).toBe('onbeschikbaar');
      expect(opvolgingVan(res.body, laat)).toMatchObject({ cijfers: 'onbeschikbaar', teLaat: true, dagenTeLaat: 3, voortgang: 'lopend', ontbrekend: [] });
      expect(opvolgingVan(res.body, laat)).not.toHaveProperty('plan');
    } finally {
      teller.aan();
    }
    expect((await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.opvolging.cijfers).toBe('beschikbaar');
  });

  it('answers 404 for a table of another region, as for one that does not exist, without asking monitoring', async () => {
    const voor = teller.standVragen;
    const elders = await api.get(`/v1/tafels/${tafelId}`, 'gemeente.roermond');
    const onbekend = await api.get(`/v1/tafels/${randomUUID()}`, 'gemeente.weert');
    expect([elders.status, onbekend.status]).toEqual([404, 404]);
    expect(teller.standVragen).toBe(voor);
  });
});
