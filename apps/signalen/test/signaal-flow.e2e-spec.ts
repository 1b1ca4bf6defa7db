import { randomUUID } from 'node:crypto';
import { createCloudEvent, TAFEL_GESTART_V1, TafelGestartV1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, ServiceProcess, startServiceProcess, TestIsolation } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';
import { alsGebruiker, eventsVan, MLW, partnerverzoek } from './signalen-api';

/**
 * Signalen the whole way: a provider submits, a gemeente takes it up, builds a dossier of three
 * kinds, asks a round that fails on a oneens, amends the dossier, asks again, reaches consensus, and
 * the tafel starts. Real Keycloak users of five roles and organisations; real monitoring.
 */
describe('a signal from intake to koerstafel', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let service: TestService;
  const api = alsGebruiker(() => service);

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, { SIGNALEN_MONITORING_URL: monitoring.url });
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  it('runs intake → take-up → dossier → round 1 not reached → amended dossier → round 2 reached → tafel gestart', async () => {
    const metingen = await alsGebruiker(() => monitoring).post('/v1/metingen?bron=Wachttijdregistratie', 'gemeente.weert', [
      { indicator: 'wachttijd-start-jeugdhulp', gemeente: 'GM0988', periode: '2025-Q2', waarde: 61 },
      { indicator: 'wachttijd-start-jeugdhulp', gemeente: 'GM0988', periode: '2025-Q3', waarde: 84 },
    ]);
    expect(metingen.status).toBe(200);

    const { body: signaal, status } = await api.post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(['GM0988'], 'Wachttijd start jeugdhulp Weert loopt op'));
    expect(status).toBe(201);
    const pad = `/v1/signalen/${signaal.id}`;
    expect((await api.post(`${pad}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' })).status).toBe(201);

    const stukken = [
      { soort: 'objectieve_data', indicator: 'wachttijd-start-jeugdhulp', gemeente: 'GM0988', perioden: ['2025-Q2', '2025-Q3'] },
      { soort: 'ervaringsinformatie', perspectief: 'professional', verslag: 'Wijkteams zien jongeren die na de verwijzing maanden zonder hulp blijven.' },
      { soort: 'juridisch_kader', kader: 'contract', referentie: 'Raamovereenkomst jeugdhulp MLW 2025, art. 7.2 (wachttijdnorm)' },
    ];
    for (const stuk of stukken) expect((await api.post(`${pad}/dossierstukken`, 'gemeente.weert', stuk)).status).toBe(201);

    const partijen = ['zorggroep-horizon', 'jeugdhulp-kompas', 'clientenraad-mlw'];
    const ronde1 = await api.post(`${pad}/consensusrondes`, 'gemeente.weert', { partijen });
    expect(ronde1.status).toBe(201);
    expect((await api.post(`${pad}/consensusrondes/${ronde1.body.id}/antwoorden`, 'aanbieder.horizon', { standpunt: 'eens' })).status).toBe(201);
    const oneens = await api.post(`${pad}/consensusrondes/${ronde1.body.id}/antwoorden`, 'client.mlw', {
      standpunt: 'oneens',
      redenen: ['Het dossier zegt niets over wat jongeren zelf ervaren.'],
    });
    expect(oneens.status).toBe(201);
    expect((await api.get(pad, 'gemeente.weert')).body.status).toBe('in_voorbereiding');

    const aanvulling = { soort: 'ervaringsinformatie', perspectief: 'jongere', verslag: 'Jongeren uit de jongerenraad vertellen dat zij na drie maanden wachten afhaken.' };
    expect((await api.post(`${pad}/dossierstukken`, 'gemeente.weert', aanvulling)).status).toBe(201);
    const ronde2 = await api.post(`${pad}/consensusrondes`, 'gemeente.weert', { partijen });
    expect(ronde2.body).toMatchObject({ nummer: 2, uitkomst: 'open' });
    const antwoorden: Array<[string, object]> = [
      ['aanbieder.horizon', { standpunt: 'eens' }],
      ['aanbieder.kompas', { standpunt: 'eens_met_aanvulling', aanvulling: 'Wij kunnen extra intakecapaciteit leveren.' }],
      ['client.mlw', { standpunt: 'eens' }],
    ];
    for (const [gebruiker, body] of antwoorden) {
      expect((await api.post(`${pad}/consensusrondes/${ronde2.body.id}/antwoorden`, gebruiker, body)).status).toBe(201);
    }
    expect((await api.get(pad, 'aanbieder.kompas')).body.status).toBe('consensus_bereikt');

    const tafelId = randomUUID();
    const tafelGestart = (): ReturnType<typeof createCloudEvent<TafelGestartV1>> =>
      createCloudEvent({
        type: TAFEL_GESTART_V1,
        source: 'urn:nld:oin:00000000000000000000:systeem:koers-tafels',
        regio: MLW,
        subject: signaal.id,
        data: { tafelId, regio: MLW, signaalId: signaal.id, gestartOp: new Date().toISOString() },
      });
    const eerste = tafelGestart();
    await isolation.publish(eerste, eerste, tafelGestart());
    const detail = await eventually(async () => {
      const res = await api.get(pad, 'jurist.mlw');
      return res.body.status === 'tafel_gestart' ? res.body : undefined;
    });
    // The duplicate and the re-sent fact about the same tafel change nothing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const opnieuw = (await api.get(pad, 'jurist.mlw')).body;

    expect(opnieuw.historie).toEqual(detail.historie);
    expect(detail.tafelId).toBe(tafelId);
    expect(detail.historie.map((h: { van?: string; naar: string; rol: string }) => [h.van ?? null, h.naar, h.rol])).toEqual([
      [null, 'ingediend', 'aanbieder'],
      ['ingediend', 'in_voorbereiding', 'gemeente'],
      ['in_voorbereiding', 'consensus_gevraagd', 'gemeente'],
      ['consensus_gevraagd', 'in_voorbereiding', 'clientvertegenwoordiger'],
      ['in_voorbereiding', 'consensus_gevraagd', 'gemeente'],
      ['consensus_gevraagd', 'consensus_bereikt', 'clientvertegenwoordiger'],
      ['consensus_bereikt', 'tafel_gestart', 'systeem'],
    ]);
    expect(detail.historie.every((h: { wie: string; wanneer: string }) => h.wie && h.wanneer)).toBe(true);
    expect(detail.historie[3].reden).toContain('clientenraad-mlw is het oneens');
    expect(detail.dossier.map((d: { soort: string }) => d.soort)).toEqual(['objectieve_data', 'ervaringsinformatie', 'juridisch_kader', 'ervaringsinformatie']);
    expect(detail.dossier[0].inhoud.punten.map((p: { waarde: number }) => p.waarde)).toEqual([61, 84]);
    expect(detail.consensusrondes.map((r: { nummer: number; uitkomst: string; antwoorden: unknown[] }) => [r.nummer, r.uitkomst, r.antwoorden.length])).toEqual([
      [1, 'niet_bereikt', 2],
      [2, 'bereikt', 3],
    ]);

    const prefix = 'nl.koers.signalen.';
    expect((await eventsVan(service, signaal.id)).map((e) => e.type.replace(prefix, ''))).toEqual([
      'signaal.ingediend.v1',
      'signaal.in_behandeling_genomen.v1',
      'consensus.gevraagd.v1',
      'consensus.antwoord_gegeven.v1',
      'consensus.antwoord_gegeven.v1',
      'consensus.niet_bereikt.v1',
      'consensus.gevraagd.v1',
      'consensus.antwoord_gegeven.v1',
      'consensus.antwoord_gegeven.v1',
      'consensus.antwoord_gegeven.v1',
      'consensus.bereikt.v1',
    ]);
    const gevraagd = (await eventsVan(service, signaal.id)).find((e) => e.type.endsWith('consensus.gevraagd.v1'));
    expect(gevraagd?.data.partijen).toEqual([
      { organisatie: 'zorggroep-horizon', rol: 'aanbieder' },
      { organisatie: 'jeugdhulp-kompas', rol: 'aanbieder' },
      { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
    ]);

    expect((await api.get(pad, 'gemeente.roermond')).status).toBe(404);
    expect((await api.get(pad, 'aanbieder.flevokids')).status).toBe(404);
  });
});
