import { startTestService, TestService } from '@koers/service-testing';
import { TestIsolation, tokenFor } from '@koers/testing';
import { monitoring } from '../src/monitoring.service-definition';
import { meldAfspraak } from './afspraak-melding';

/** Monitoring plans as their readers see them: small numbers of another gemeente, names, gaps, subjects. */
describe('monitoring plans: what each reader sees', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    service = await startTestService(monitoring, isolation);
    for (const user of ['gemeente.nederweert', 'gemeente.leudal', 'beheerder.mlw', 'aanbieder.kompas']) tokens[user] = await tokenFor(user);
  });
  afterAll(() => service?.stop());
  const post = (path: string, user: string) => service.http().post(path).auth(tokens[user], { type: 'bearer' });
  const get = (path: string, user: string) => service.http().get(path).auth(tokens[user], { type: 'bearer' });
  const lever = (gemeente: string, punten: Array<[string, number, number]>) =>
    post('/v1/metingen?bron=Planmonitor', 'beheerder.mlw')
      .send(punten.map(([periode, waarde, teller]) => ({ indicator: 'uitval', gemeente, periode, waarde, teller, noemer: 60 })))
      .expect(200);
  const basis = {
    titel: 'Minder uitval door een vaste contactpersoon',
    gemeenten: ['GM0946'],
    vergelijkingsgemeenten: ['GM1640'],
    indicatoren: [{ indicator: 'uitval', doelwaarde: 9, richting: 'maximaal' }],
    nulmetingTot: '2024-Q4',
    nulmetingPerioden: 1,
    meetmomenten: ['2025-Q4'],
    evaluatiedatum: '2030-01-01',
  };
  /** A plan for an agreement tafels reported for Weert and Nederweert (one plan per agreement). */
  const nieuwPlan = async () => ({
    ...basis,
    onderwerp: { soort: 'afspraak', id: await meldAfspraak(service, isolation, { regio: 'midden-limburg-west', gemeenten: ['GM0946', 'GM0988'] }) },
  });

  beforeAll(async () => {
    await lever('GM0946', [['2024-Q4', 10, 30], ['2025-Q4', 8, 24]]);
    await lever('GM1640', [['2024-Q4', 6, 3], ['2025-Q4', 6.5, 4]]);
  });

  it('shows a comparison gemeente’s small baseline only to that gemeente', async () => {
    const plan = await nieuwPlan();
    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan).expect(201);
    expect(gemaakt.body.indicatoren[0].nulmeting).toEqual({
      GM0946: { waarde: 10, periodes: ['2024-Q4'] },
      GM1640: { waarde: null, periodes: ['2024-Q4'], onderdrukt: true, weergave: 'niet te tonen: rust alleen op kleine aantallen (< 5)' },
    });
    const leudal = await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.leudal').expect(200);
    expect(leudal.body.indicatoren[0].nulmeting.GM1640).toEqual({ waarde: 6, periodes: ['2024-Q4'] });
    const lijst = await get('/v1/monitoringplannen', 'aanbieder.kompas').expect(200);
    expect(lijst.body[0].indicatoren[0].nulmeting.GM1640.waarde).toBeNull();
  });

  it('evaluates with names and without any number resting on another gemeente’s small teller', async () => {
    const plan = await nieuwPlan();
    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan).expect(201);
    const oordeel = await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'gemeente.nederweert').expect(201);
    expect(oordeel.body.oordeel).toBe('effect_bereikt');
    expect(oordeel.body.toelichting).toContain('Nederweert: nulmeting 10, laatste meting 8 over 2025-Q4');
    expect(oordeel.body.toelichting).not.toContain('GM0946');
    expect(oordeel.body.indicatoren[0].vergelijking).toMatchObject({ gemiddeldeVeranderingVergelijking: null, verschilInVerschillen: null, gunstig: true });
    expect(JSON.stringify(oordeel.body)).not.toMatch(/6,5|"6\.5"|: ?6\.5|0,5|-2,5/);

    const leudal = await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.leudal').expect(200);
    expect(leudal.body.evaluaties[0].indicatoren[0].vergelijking).toMatchObject({ gemiddeldeVeranderingVergelijking: 0.5, verschilInVerschillen: -2.5 });

    const [event] = await service.dataSource.query(
      `SELECT payload->'data' AS data FROM "${service.settings.database.schema}".outbox WHERE type = 'nl.koers.monitoring.monitoringplan.geevalueerd.v1' AND payload->>'subject' = $1`,
      [gemaakt.body.id],
    );
    expect(event.data.indicatoren[0]).toEqual({
      indicator: 'uitval',
      oordeel: 'effect_bereikt',
      doelwaarde: 9,
      richting: 'maximaal',
      gemeenten: [{ gemeente: 'GM0946', nulmeting: 10, laatstePeriode: '2025-Q4', laatsteWaarde: 8, doelBereikt: true }],
    });
    expect(event.data.toelichting).not.toMatch(/6,5|0,5|-2,5/);
  });

  it('states a baseline that spans a gap, in the plan and in the verdict', async () => {
    await lever('GM0988', [['2024-Q4', 12, 30], ['2025-Q2', 11, 28], ['2025-Q4', 8, 25]]);
    const gat = { ...(await nieuwPlan()), gemeenten: ['GM0988'], vergelijkingsgemeenten: [], nulmetingTot: '2025-Q2', nulmetingPerioden: 2 };
    const gemaakt = await post('/v1/monitoringplannen', 'beheerder.mlw').send(gat).expect(201);
    expect(gemaakt.body.indicatoren[0].nulmeting.GM0988).toEqual({ waarde: 11.5, periodes: ['2024-Q4', '2025-Q2'], ontbrekendePerioden: ['2025-Q1'] });
    const oordeel = await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'beheerder.mlw').expect(201);
    expect(oordeel.body.indicatoren[0].ontbrekend).toEqual(['GM0988: nulmeting zonder 2025-Q1']);
    expect(oordeel.body.toelichting).toContain('Ontbreekt: Weert: nulmeting zonder 2025-Q1.');
  });

  it('refuses a subject id that cannot be an agreement or a pilot, storing nothing', async () => {
    const schema = service.settings.database.schema;
    const [{ n: voor }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".monitoringplan`);
    const fout = await post('/v1/monitoringplannen', 'gemeente.nederweert').send({ ...basis, onderwerp: { soort: 'afspraak', id: 'afspraak-die-niet-bestaat' } }).expect(400);
    expect(fout.body.invalidParams).toEqual([expect.objectContaining({ name: 'onderwerp.id', reason: expect.stringContaining('UUID') })]);
    const [{ n: na }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".monitoringplan`);
    expect(na).toBe(voor);
  });
});
