import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, createCloudEvent } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';

const MLW = 'midden-limburg-west';

/** domain.md §2: a course deviation becomes a beleidsinformatie signal — never two open ones per gemeente + indicator. */
describe('signals from course deviations', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let monitoring: ServiceProcess;
  const schema = () => service.settings.database.schema;

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, registerEnv(monitoring));
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  async function publiceer(stand: string, gemeente = 'GM0988', extra: Partial<AfwijkingGedetecteerdV1> = {}): Promise<void> {
    const data: AfwijkingGedetecteerdV1 = {
      regio: MLW,
      gemeente,
      indicator: 'jeugdhulp-met-verblijf',
      indicatorNaam: 'Jongeren met jeugdhulp met verblijf',
      regel: 'verkeerde_kant_van_doel',
      toelichting: `De waarde over ${stand} is 1,9; het koersdoel is maximaal 1,4.`,
      laatstePeriode: stand,
      laatsteWaarde: 1.9,
      doelwaarde: 1.4,
      reeks: [{ periode: stand, waarde: 1.9 }],
      reeksStand: `${stand}=1.9`,
      ...extra,
    };
    await isolation.publish(createCloudEvent({ type: AFWIJKING_GEDETECTEERD_V1, source: 'urn:nld:oin:00000000000000000000:systeem:koers-monitoring', regio: MLW, data }));
  }

  const tel = async (where: string) => (await service.dataSource.query(`SELECT count(*)::int AS n FROM "${schema()}".${where}`))[0].n as number;

  it('raises one beleidsinformatie signal and adds later deviations of the same series to it', async () => {
    await publiceer('2025-Q3');
    await eventually(async () => ((await tel(`signaal_afwijking`)) === 1 ? true : undefined));
    await publiceer('2025-Q4');
    await eventually(async () => ((await tel(`signaal_afwijking`)) === 2 ? true : undefined));

    expect(await tel(`signaal WHERE trend_sleutel IS NOT NULL`)).toBe(1);
    expect(await tel(`outbox WHERE type = 'nl.koers.signalen.signaal.ingediend.v1'`)).toBe(1);
    const lijst = await service.http().get('/v1/signalen').auth(await tokenFor('gemeente.weert'), { type: 'bearer' }).expect(200);
    expect(lijst.body.items).toEqual([
      expect.objectContaining({
        bron: 'beleidsinformatie',
        status: 'ingediend',
        gemeenten: ['GM0988'],
        indicatoren: ['jeugdhulp-met-verblijf'],
        indienerRol: 'systeem',
        titel: 'Afwijking van de koers: Jongeren met jeugdhulp met verblijf in Weert',
      }),
    ]);
    const roermond = await service.http().get('/v1/signalen').auth(await tokenFor('gemeente.roermond'), { type: 'bearer' }).expect(200);
    expect(roermond.body.totaal).toBe(0);
  });

  it('lets the database refuse a second open signal for the same gemeente + indicator', async () => {
    await expect(
      service.dataSource.query(
        `INSERT INTO "${schema()}".signaal (id, regio, bron, titel, omschrijving, gemeenten, status, indiener_sub, indiener_rol, trend_sleutel)
         VALUES (gen_random_uuid(), $1, 'beleidsinformatie', 't', 'o', '{GM0988}', 'in_voorbereiding', 'x', 'systeem', 'GM0988|jeugdhulp-met-verblijf')`,
        [MLW],
      ),
    ).rejects.toThrow(/signaal_een_open_per_trend/);
  });

  it('starts a new signal once the open one is closed', async () => {
    await service.dataSource.query(`UPDATE "${schema()}".signaal SET status = 'afgewezen' WHERE trend_sleutel IS NOT NULL`);
    await publiceer('2026-Q1');
    await eventually(async () => ((await tel(`signaal WHERE trend_sleutel IS NOT NULL`)) === 2 ? true : undefined));
    expect(await tel(`signaal WHERE trend_sleutel IS NOT NULL AND status = 'ingediend'`)).toBe(1);
  });

  it('adds later deviations to the signal a trend signal was merged into, instead of opening another', async () => {
    const weert = await tokenFor('gemeente.weert');
    const [{ id: trendSignaal }] = await service.dataSource.query(`SELECT id FROM "${schema()}".signaal WHERE trend_sleutel IS NOT NULL AND status = 'ingediend'`);
    const { body: overleg } = await service
      .http()
      .post('/v1/signalen')
      .auth(weert, { type: 'bearer' })
      .send({ bron: 'contractdoel', titel: 'Meer verblijf dan afgesproken', omschrijving: 'Zie de cijfers.', gemeenten: ['GM0988'] })
      .expect(201);
    await service
      .http()
      .post(`/v1/signalen/${trendSignaal}/statuswijzigingen`)
      .auth(weert, { type: 'bearer' })
      .send({ naar: 'samengevoegd', samengevoegdMet: overleg.id, reden: 'Dezelfde trend' })
      .expect(201);

    const signalenVoor = await tel('signaal');
    await publiceer('2026-Q2');
    await eventually(async () => ((await tel(`signaal_afwijking WHERE signaal_id = '${overleg.id}'`)) === 1 ? true : undefined));
    expect(await tel('signaal')).toBe(signalenVoor);
  });

  it('carries the koersdocument section of the course target, and the detail lists every deviation that joined, newest first', async () => {
    const sectie = { koersdocumentSectie: 'Koersdocument Jeugd MLW 2025–2028, §3.2 Minder verblijf' };
    await publiceer('2025-Q3', 'GM1640', sectie);
    const [{ id }] = await eventually(async () => {
      const rijen = await service.dataSource.query(`SELECT id FROM "${schema()}".signaal WHERE trend_sleutel = 'GM1640|jeugdhulp-met-verblijf'`);
      return rijen.length ? rijen : undefined;
    });
    await publiceer('2025-Q4', 'GM1640', sectie);
    await eventually(async () => ((await tel(`signaal_afwijking WHERE signaal_id = '${id}'`)) === 2 ? true : undefined));

    const leudal = await tokenFor('gemeente.leudal');
    const detail = await service.http().get(`/v1/signalen/${id}`).auth(leudal, { type: 'bearer' }).expect(200);
    expect(detail.body.koersReferentie).toBe(sectie.koersdocumentSectie);
    expect(detail.body.afwijkingen).toEqual([
      expect.objectContaining({ regel: 'verkeerde_kant_van_doel', laatstePeriode: '2025-Q4', laatsteWaarde: 1.9, toelichting: expect.stringContaining('2025-Q4') }),
      expect.objectContaining({ regel: 'verkeerde_kant_van_doel', laatstePeriode: '2025-Q3', laatsteWaarde: 1.9, ontvangenOp: expect.any(String) }),
    ]);
    await service.http().get(`/v1/signalen/${id}`).auth(await tokenFor('gemeente.roermond'), { type: 'bearer' }).expect(404);
  });
});
