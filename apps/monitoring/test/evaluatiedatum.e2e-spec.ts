import { randomUUID } from 'node:crypto';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, TestIsolation, tokenFor } from '@koers/testing';
import { monitoring } from '../src/monitoring.service-definition';

/** 23:30 UTC on 2 March is half past midnight on 3 March in the Netherlands. */
const klok = { nu: () => new Date('2027-03-02T23:30:00Z') };

describe('the evaluation date is a Dutch calendar day', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let token: string;
  beforeAll(async () => {
    service = await startTestService(monitoring, isolation, { MONITORING_EVALUATIE_INTERVAL_MS: '200' }, { klok });
    token = await tokenFor('gemeente.weert');
  });
  afterAll(() => service?.stop());

  const plan = async (evaluatiedatum: string): Promise<string> => {
    const res = await service
      .http()
      .post('/v1/monitoringplannen')
      .auth(token, { type: 'bearer' })
      .send({
        titel: `Evaluatie op ${evaluatiedatum}`,
        onderwerp: { soort: 'pilot', id: randomUUID() },
        gemeenten: ['GM0988'],
        indicatoren: [{ indicator: 'uitval', doelwaarde: 9, richting: 'maximaal' }],
        nulmetingTot: '2024-Q4',
        nulmetingPerioden: 1,
        meetmomenten: ['2025-Q4'],
        evaluatiedatum,
      })
      .expect(201);
    return res.body.id;
  };
  const status = async (id: string) => (await service.http().get(`/v1/monitoringplannen/${id}`).auth(token, { type: 'bearer' }).expect(200)).body.status;

  it('evaluates a plan due today in the Netherlands while it is still yesterday in UTC, and not one due tomorrow', async () => {
    // The database's session time zone is UTC here, as on most servers: its own date is still 2 March.
    expect((await service.dataSource.query(`SELECT current_setting('TimeZone') AS tz`))[0].tz).toMatch(/^(UTC|Etc\/UTC|GMT)$/);
    const vandaag = await plan('2027-03-03');
    const morgen = await plan('2027-03-04');
    await eventually(async () => ((await status(vandaag)) === 'geevalueerd' ? true : undefined), 15_000);
    expect(await status(morgen)).toBe('lopend');
  });
});
