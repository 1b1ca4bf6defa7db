import { startTestService, TestService } from '@koers/service-testing';
import { TestIsolation, tokenFor } from '@koers/testing';
import { monitoring } from '../src/monitoring.service-definition';

const MLW = 'midden-limburg-west';

/** A beheerder imports the course targets of a koersdocument at once (domain.md §1, §6). */
describe('course targets from a file (koersdoel-leveringen)', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    service = await startTestService(monitoring, isolation);
    for (const user of ['beheerder.mlw', 'beheerder.flevoland', 'gemeente.weert', 'jurist.mlw']) tokens[user] = await tokenFor(user);
  });
  afterAll(() => service?.stop());
  const lever = (csv: string, user = 'beheerder.mlw', pad = '/v1/koersdoel-leveringen') =>
    service.http().post(pad).auth(tokens[user], { type: 'bearer' }).set('content-type', 'text/csv').send(csv);
  const lijst = async () => (await service.http().get('/v1/koersdoelen').auth(tokens['beheerder.mlw'], { type: 'bearer' }).expect(200)).body.items;
  const tabellen = async () => {
    const s = service.settings.database.schema;
    const [{ doelen, historie }] = await service.dataSource.query(
      `SELECT (SELECT count(*)::int FROM "${s}".koersdoel) AS doelen, (SELECT count(*)::int FROM "${s}".koersdoel_historie) AS historie`,
    );
    return { doelen, historie };
  };

  const KOERSDOCUMENT = [
    'indicator,gemeente,doelwaarde,richting,koersdocumentSectie',
    'jeugdhulp-met-verblijf,,1.8,maximaal,"Koersdocument Jeugd MLW 2025–2028, §3.2 Minder verblijf"',
    'jeugdhulp-met-verblijf,GM0988,1.5,maximaal,"Koersdocument Jeugd MLW 2025–2028, §3.2 Minder verblijf"',
    'doelrealisatie,GM1640,75,minimaal,Uitvoeringsprogramma 2025 §2.1',
    '',
  ];

  it('stores every target of the file, for gemeenten and for the region as a whole', async () => {
    const res = await lever(KOERSDOCUMENT.join('\n')).expect(200);
    expect(res.body).toEqual({ ontvangen: 3, nieuw: 3, gewijzigd: 0, ongewijzigd: 0 });
    const doelen = await lijst();
    expect(doelen.map((d: { indicator: string; gemeente?: string; doelwaarde: number; versie: number }) => [d.indicator, d.gemeente, d.doelwaarde, d.versie])).toEqual([
      ['doelrealisatie', 'GM1640', 75, 1],
      ['jeugdhulp-met-verblijf', undefined, 1.8, 1],
      ['jeugdhulp-met-verblijf', 'GM0988', 1.5, 1],
    ]);
    expect(doelen[1].koersdocumentSectie).toBe('Koersdocument Jeugd MLW 2025–2028, §3.2 Minder verblijf');
  });

  it('changes nothing when the same file comes again', async () => {
    const voor = await tabellen();
    const res = await lever(KOERSDOCUMENT.join('\n')).expect(200);
    expect(res.body).toEqual({ ontvangen: 3, nieuw: 0, gewijzigd: 0, ongewijzigd: 3 });
    expect(await tabellen()).toEqual(voor);
  });

  it('makes a new version of a changed target and keeps the earlier one (semicolons and decimal commas too)', async () => {
    const csv = ['indicator;gemeente;doelwaarde;richting;koersdocumentSectie', 'jeugdhulp-met-verblijf;GM0988;1,4;maximaal;Koersdocument Jeugd MLW 2025–2028, §3.2 (herzien)', 'doelrealisatie;GM1640;75;minimaal;Uitvoeringsprogramma 2025 §2.1'].join('\r\n');
    const res = await lever(csv).expect(200);
    expect(res.body).toEqual({ ontvangen: 2, nieuw: 0, gewijzigd: 1, ongewijzigd: 1 });
    const weert = (await lijst()).find((d: { gemeente?: string }) => d.gemeente === 'GM0988');
    const een = await service.http().get(`/v1/koersdoelen/${weert.id}`).auth(tokens['jurist.mlw'], { type: 'bearer' }).expect(200);
    expect(een.body).toMatchObject({ doelwaarde: 1.4, versie: 2, historie: [expect.objectContaining({ doelwaarde: 1.5, versie: 1 })] });
  });

  it('refuses a file with any bad row whole, naming every bad row by line, column and reason, and stores nothing', async () => {
    const voor = await tabellen();
    const csv = [
      'indicator,gemeente,doelwaarde,richting,koersdocumentSectie',
      'jeugdhulp-met-verblijf,GM0988,1.2,maximaal,§3.2',
      'bestaat-niet,GM0957,veel,omlaag,',
      'uitval,GM0946,4,maximaal,§4',
      'uitval,GM0946,5,maximaal,§4',
      'uitval,GM0946',
    ].join('\n');
    const res = await lever(csv).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toContain('Er is niets opgeslagen');
    expect(res.body.invalidParams.map((p: { name: string; reason: string }) => [p.name, p.reason])).toEqual([
      ['regel 3: indicator', "indicator 'bestaat-niet' bestaat niet in de catalogus van midden-limburg-west"],
      ['regel 3: gemeente', 'gemeente GM0957 hoort niet bij regio midden-limburg-west (laat leeg voor de hele regio)'],
      ['regel 3: doelwaarde', "doelwaarde 'veel' is geen getal"],
      ['regel 3: richting', "richting moet maximaal of minimaal zijn, niet 'omlaag'"],
      ['regel 3: koersdocumentSectie', 'koersdocumentSectie ontbreekt: noem het deel van het koersdocument'],
      ['regel 5', 'regels 4, 5 geven verschillende koersdoelen voor uitval in GM0946'],
      ['regel 6', 'de regel heeft 2 velden, de kopregel 5'],
    ]);
    expect(await tabellen()).toEqual(voor);
    const kop = await lever('indicator,gemeente,doel,richting\n').expect(400);
    expect(kop.body.invalidParams[0].reason).toContain("ontbrekende kolom(men) 'doelwaarde', 'koersdocumentsectie'");
  });

  it('is for the beheerder of the region only, as CSV', async () => {
    await lever(KOERSDOCUMENT.join('\n'), 'gemeente.weert').expect(403);
    await lever(KOERSDOCUMENT.join('\n'), 'beheerder.flevoland', `/v1/koersdoel-leveringen?regio=${MLW}`).expect(403);
    const elders = await lever(KOERSDOCUMENT.join('\n'), 'beheerder.flevoland').expect(400);
    expect(elders.body.invalidParams.map((p: { name: string }) => p.name)).toContain('regel 3: gemeente');
    const json = await service.http().post('/v1/koersdoel-leveringen').auth(tokens['beheerder.mlw'], { type: 'bearer' }).send([{ indicator: 'uitval' }]).expect(400);
    expect(json.body.invalidParams[0]).toMatchObject({ name: 'Content-Type' });
  });
});
