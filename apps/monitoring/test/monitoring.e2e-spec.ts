import {
  createCloudEvent,
  GEMEENTE_GEWIJZIGD_V1,
  GEMEENTE_TOEGEVOEGD_V1,
  INDICATOR_GEWIJZIGD_V1,
  INDICATOR_TOEGEVOEGD_V1,
  METINGEN_AANGELEVERD_V1,
  REGISTER_GEPUBLICEERD_V1,
} from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { dienstToken, eventually, TestIsolation, tokenFor } from '@koers/testing';
import { INDICATOR_SEED } from '../src/indicator/indicator.seed';
import { MonitoringDefinitiesB11764000000170 } from '../src/migrations/1764000000170-monitoring-definities-b1';
import { monitoring } from '../src/monitoring.service-definition';
import { meldAfspraak } from './afspraak-melding';

const MLW = 'midden-limburg-west';

describe('monitoring API', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  const as = async (username: string) => ({ token: await tokenFor(username) });
  const metingenTelling = async () => {
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${service.settings.database.schema}".meting`);
    return n as number;
  };

  beforeAll(async () => {
    service = await startTestService(monitoring, isolation, { MONITORING_CSV_MAX_BYTES: '4096' });
  });
  afterAll(() => service?.stop());

  const get = (path: string, token: string) => service.http().get(path).auth(token, { type: 'bearer' });
  const post = (path: string, token: string) => service.http().post(path).auth(token, { type: 'bearer' });
  const patch = (path: string, token: string) => service.http().patch(path).auth(token, { type: 'bearer' });

  describe('indicator catalogue', () => {
    it('is seeded with at least twelve national indicators with real definitions, readable by every role', async () => {
      const { token } = await as('client.mlw');
      const res = await get('/v1/indicatoren', token).expect(200);
      expect(res.body.length).toBeGreaterThanOrEqual(12);
      for (const indicator of res.body) {
        expect(indicator).toEqual(expect.objectContaining({ code: expect.any(String), eenheid: expect.any(String), bron: expect.any(String) }));
        expect(indicator.definitie.length).toBeGreaterThan(60);
        expect(['lager_is_beter', 'hoger_is_beter', 'neutraal']).toContain(indicator.richting);
      }
      expect(res.body.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['jeugdhulp-met-verblijf', 'wachttijd-start-jeugdhulp', 'doelrealisatie']));
    });

    it('a database seeded before gets the national definitions in plain Dutch, each a version up so the services’ register copies take them', async () => {
      const { token } = await as('client.mlw');
      const landelijk = async () =>
        new Map(
          ((await get('/v1/indicatoren', token).expect(200)).body as Array<{ code: string; definitie: string; bron: string; regio?: string }>)
            .filter((i) => !i.regio)
            .map((i) => [i.code, i] as const),
        );
      const versies = async () =>
        new Map(
          ((await service.dataSource.query(`SELECT code, versie FROM "${service.settings.database.schema}".indicator WHERE regio IS NULL`)) as Array<{ code: string; versie: number }>).map(
            (r) => [r.code, r.versie] as const,
          ),
        );
      const seed = new Map(INDICATOR_SEED.map((i) => [i.code, i] as const));
      expect([...(await landelijk()).values()].sort((a, b) => a.code.localeCompare(b.code)).map((i) => [i.code, i.definitie, i.bron])).toEqual([...INDICATOR_SEED].sort((a, b) => a.code.localeCompare(b.code)).map((i) => [i.code, i.definitie, i.bron]));
      const voor = await versies();
      // As the database of an earlier release had them: the migration undone.
      const migratie = new MonitoringDefinitiesB11764000000170();
      const runner = service.dataSource.createQueryRunner();
      await migratie.down(runner);
      try {
        const oud = await landelijk();
        for (const [code, indicator] of oud) expect(indicator.definitie).not.toBe(seed.get(code)?.definitie);
        expect(oud.get('doelrealisatie')?.definitie).toMatch(/^Percentage van de in de periode beëindigde jeugdhulptrajecten/);
        expect(oud.get('kosten-per-jongere')?.bron).toBe('Iv3-jaarrekening gemeenten en CBS bevolkingsstatistiek');
      } finally {
        await migratie.up(runner);
        await runner.release();
      }
      expect([...(await landelijk()).values()].sort((a, b) => a.code.localeCompare(b.code)).map((i) => [i.code, i.definitie, i.bron])).toEqual([...INDICATOR_SEED].sort((a, b) => a.code.localeCompare(b.code)).map((i) => [i.code, i.definitie, i.bron]));
      for (const [code, versie] of await versies()) expect(versie).toBe((voor.get(code) ?? 0) + 2);
    });

    it('lets the beheerder add and edit the region’s own indicators; the national ones are read-only; other regions do not see them', async () => {
      const { token: beheerder } = await as('beheerder.mlw');
      const nieuw = { code: 'wachttijd-ggz-mlw', naam: 'Wachttijd jeugd-GGZ', definitie: 'Mediaan aantal dagen tussen aanmelding en start behandeling jeugd-GGZ in Midden-Limburg West.', eenheid: 'dagen', richting: 'lager_is_beter', bron: 'Wachttijdregistratie MLW' };
      const res = await post('/v1/indicatoren', beheerder).send(nieuw).expect(201);
      expect(res.body).toMatchObject({ ...nieuw, regio: MLW });
      await post('/v1/indicatoren', beheerder).send(nieuw).expect(409);
      await patch(`/v1/indicatoren/${nieuw.code}`, beheerder).send({ naam: 'Wachttijd jeugd-GGZ (mediaan)' }).expect(200);
      const landelijk = await patch('/v1/indicatoren/jeugdhulp-totaal', beheerder).send({ naam: 'anders' }).expect(403);
      expect(landelijk.body.detail).toContain('landelijke');
      await post('/v1/indicatoren', (await as('gemeente.weert')).token).send({ ...nieuw, code: 'iets-anders' }).expect(403);
      await get(`/v1/indicatoren/${nieuw.code}`, (await as('beheerder.flevoland')).token).expect(404);
      await patch(`/v1/indicatoren/${nieuw.code}`, (await as('beheerder.flevoland')).token).send({ naam: 'x' }).expect(404);
      const fout = await post('/v1/indicatoren', beheerder).send({ code: 'Geen Kebab', richting: 'omhoog' }).expect(400);
      expect(fout.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['code', 'richting', 'naam', 'definitie']));
    });

    it('keeps codes per region: another region’s code is free to use and nothing tells it exists', async () => {
      const { token: mlw } = await as('beheerder.mlw');
      const { token: mlo } = await as('beheerder.mlo');
      const eigen = { code: 'wachttijd-ggz-regio', naam: 'Wachttijd jeugd-GGZ', definitie: 'Mediaan aantal dagen tussen aanmelding en start behandeling jeugd-GGZ in de regio, per gemeente.', eenheid: 'dagen', richting: 'lager_is_beter', bron: 'Wachttijdregistratie' };
      await post('/v1/indicatoren', mlw).send(eigen).expect(201);
      await get(`/v1/indicatoren/${eigen.code}`, mlo).expect(404);
      const andere = await post('/v1/indicatoren', mlo).send({ ...eigen, naam: 'Wachttijd GGZ Oost' }).expect(201);
      expect(andere.body).toMatchObject({ regio: 'midden-limburg-oost', naam: 'Wachttijd GGZ Oost' });
      expect((await get(`/v1/indicatoren/${eigen.code}`, mlw).expect(200)).body).toMatchObject({ regio: MLW, naam: 'Wachttijd jeugd-GGZ' });
      await patch(`/v1/indicatoren/${eigen.code}`, mlo).send({ naam: 'Wachttijd GGZ (Oost)' }).expect(200);
      expect((await get(`/v1/indicatoren/${eigen.code}`, mlw).expect(200)).body.naam).toBe('Wachttijd jeugd-GGZ');
      // The national catalogue is visible to all, so a national code may say it is taken.
      await post('/v1/indicatoren', mlo).send({ ...eigen, code: 'jeugdhulp-totaal' }).expect(409);
      // A caller in both regions names the one it means.
      const { token: horizon } = await as('aanbieder.horizon');
      expect((await get(`/v1/reeksen?indicator=${eigen.code}&regio=midden-limburg-oost`, horizon).expect(200)).body.regio).toBe('midden-limburg-oost');
      await get(`/v1/indicatoren/${eigen.code}`, horizon).expect(400);
    });

    it('pages what one region uses, national and its own, by code; filtered by a part of the name or code and by where it comes from', async () => {
      const { token } = await as('gemeente.weert');
      const pad = `/v1/regios/${MLW}/indicatoren`;
      const heel = (await get('/v1/indicatoren', token).expect(200)).body as Array<{ code: string; regio?: string }>;
      const eerste = await get(`${pad}?paginaGrootte=5`, token).expect(200);
      expect(eerste.body).toMatchObject({ totaal: heel.length, pagina: 1, paginaGrootte: 5 });
      expect(eerste.body.items.map((i: { code: string }) => i.code)).toEqual(heel.slice(0, 5).map((i) => i.code));
      const eigen = await get(`${pad}?herkomst=regio`, token).expect(200);
      expect(eigen.body.items.map((i: { code: string }) => i.code)).toEqual(['wachttijd-ggz-mlw', 'wachttijd-ggz-regio']);
      expect(eigen.body.items.every((i: { regio?: string }) => i.regio === MLW)).toBe(true);
      const landelijk = await get(`${pad}?herkomst=landelijk&paginaGrootte=100`, token).expect(200);
      expect(landelijk.body.totaal).toBe(heel.filter((i) => !i.regio).length);
      expect(landelijk.body.items.some((i: { regio?: string }) => i.regio)).toBe(false);
      expect((await get(`${pad}?zoek=GGZ`, token).expect(200)).body.items.map((i: { code: string }) => i.code)).toEqual(['wachttijd-ggz-mlw', 'wachttijd-ggz-regio']);
      expect((await get(`${pad}?zoek=verblijf&herkomst=regio`, token).expect(200)).body).toMatchObject({ items: [], totaal: 0 });
      // The other region's own indicator with the same code is not listed; neither is that region.
      expect((await get(`/v1/regios/midden-limburg-oost/indicatoren`, token).expect(404)).headers['content-type']).toContain('application/problem+json');
      const fout = await get(`${pad}?herkomst=buitenland&pagina=nul`, token).expect(400);
      expect([...new Set(fout.body.invalidParams.map((p: { name: string }) => p.name))].sort()).toEqual(['herkomst', 'pagina']);
      expect(fout.body.invalidParams.filter((p: { name: string }) => p.name === 'pagina').map((p: { reason: string }) => p.reason)).toContain('pagina moet een geheel getal zijn');
    });
  });

  describe('regions and gemeenten', () => {
    it('lists the seed regions with their CBS codes; a beheerder maintains only their own region', async () => {
      const res = await get('/v1/regios', (await as('aanbieder.flevokids')).token).expect(200);
      const mlw = res.body.find((r: { code: string }) => r.code === MLW);
      expect(mlw.gemeenten.map((g: { code: string }) => g.code).sort()).toEqual(['GM0946', 'GM0988', 'GM1640']);
      expect(res.body.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['midden-limburg-oost', 'flevoland', 'west-brabant-west', 'zuid-kennemerland']));

      const { token: beheerder } = await as('beheerder.flevoland');
      await post('/v1/regios/flevoland/gemeenten', beheerder).send({ code: 'GM9901', naam: 'Proefgemeente' }).expect(201);
      await post('/v1/regios/flevoland/gemeenten', beheerder).send({ code: 'GM0988', naam: 'Weert' }).expect(409);
      await post(`/v1/regios/${MLW}/gemeenten`, beheerder).send({ code: 'GM9902', naam: 'Elders' }).expect(404);
      await post('/v1/regios/flevoland/gemeenten', beheerder).send({ code: '9903', naam: '' }).expect(400);
      await patch('/v1/regios/flevoland/gemeenten/GM9901', beheerder).send({ naam: 'Proefgemeente Noord' }).expect(200);
    });

    it('pages the gemeenten of the caller’s own region by name, found by a part of the name or the code; another region is not found', async () => {
      const { token } = await as('jurist.mlw');
      const alle = await get(`/v1/regios/${MLW}/gemeenten?paginaGrootte=2`, token).expect(200);
      expect(alle.body).toMatchObject({ totaal: 3, pagina: 1, paginaGrootte: 2 });
      expect(alle.body.items.map((g: { naam: string }) => g.naam)).toEqual(['Leudal', 'Nederweert']);
      expect((await get(`/v1/regios/${MLW}/gemeenten?paginaGrootte=2&pagina=2`, token).expect(200)).body.items).toEqual([{ code: 'GM0988', naam: 'Weert', regio: MLW }]);
      expect((await get(`/v1/regios/${MLW}/gemeenten?zoek=WEERT`, token).expect(200)).body.items.map((g: { naam: string }) => g.naam)).toEqual(['Nederweert', 'Weert']);
      expect((await get(`/v1/regios/${MLW}/gemeenten?zoek=eud`, token).expect(200)).body).toMatchObject({ totaal: 1, items: [{ code: 'GM1640' }] });
      expect((await get(`/v1/regios/${MLW}/gemeenten?zoek=gm1640`, token).expect(200)).body.items.map((g: { naam: string }) => g.naam)).toEqual(['Leudal']);
      expect((await get(`/v1/regios/${MLW}/gemeenten?zoek=%25`, token).expect(200)).body).toMatchObject({ items: [], totaal: 0 });
      await get('/v1/regios/flevoland/gemeenten', token).expect(404);
      const fout = await get(`/v1/regios/${MLW}/gemeenten?paginaGrootte=0&onbekend=1`, token).expect(400);
      expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['onbekend', 'paginaGrootte']);
    });
  });

  describe('region register (owned here, copied by the other services)', () => {
    const outbox = async (type: string) =>
      (
        await service.dataSource.query(`SELECT payload FROM "${service.settings.database.schema}".outbox WHERE type = $1 ORDER BY position`, [type])
      ).map((rij: { payload: { regio: string; subject?: string; data: Record<string, unknown> } }) => rij.payload);

    it('publishes every gemeente added or renamed, with a version that counts the changes', async () => {
      expect(await outbox(GEMEENTE_TOEGEVOEGD_V1)).toEqual([
        expect.objectContaining({ regio: 'flevoland', subject: 'GM9901', data: { regio: 'flevoland', code: 'GM9901', naam: 'Proefgemeente', versie: 1 } }),
      ]);
      expect(await outbox(GEMEENTE_GEWIJZIGD_V1)).toEqual([
        expect.objectContaining({ regio: 'flevoland', data: { regio: 'flevoland', code: 'GM9901', naam: 'Proefgemeente Noord', versie: 2 } }),
      ]);
    });

    it('publishes the region’s own indicators added and edited; the refused ones publish nothing', async () => {
      const vanMlw = (events: Array<{ regio: string; data: { code?: unknown } }>) => events.filter((e) => e.data.code === 'wachttijd-ggz-mlw');
      expect(vanMlw(await outbox(INDICATOR_TOEGEVOEGD_V1)).map((e) => [e.regio, e.data])).toEqual([
        [MLW, expect.objectContaining({ regio: MLW, code: 'wachttijd-ggz-mlw', naam: 'Wachttijd jeugd-GGZ', landelijk: false, versie: 1 })],
      ]);
      expect(vanMlw(await outbox(INDICATOR_GEWIJZIGD_V1)).map((e) => e.data)).toEqual([
        expect.objectContaining({ regio: MLW, code: 'wachttijd-ggz-mlw', naam: 'Wachttijd jeugd-GGZ (mediaan)', eenheid: 'dagen', versie: 2 }),
      ]);
    });

    it('gives koers-signalen, koers-notificaties and koers-tafels the register of every region they serve, and the beheerder their own', async () => {
      const registers = (await get('/v1/register', await dienstToken('notificaties')).expect(200)).body as Array<{ regio: string; gemeenten: Array<{ code: string }>; indicatoren: Array<{ code: string; landelijk: boolean }> }>;
      expect(registers.map((r) => r.regio)).toEqual(['flevoland', 'midden-limburg-oost', MLW, 'west-brabant-west', 'zuid-kennemerland']);
      const [mlw] = registers.filter((r) => r.regio === MLW);
      expect(mlw.gemeenten).toEqual([
        { code: 'GM0946', naam: 'Nederweert', versie: 1 },
        { code: 'GM0988', naam: 'Weert', versie: 1 },
        { code: 'GM1640', naam: 'Leudal', versie: 1 },
      ]);
      expect(mlw.indicatoren).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'jeugdhulp-met-verblijf', landelijk: true }), expect.objectContaining({ code: 'wachttijd-ggz-mlw', landelijk: false, versie: 2 })]));
      const [flevoland] = registers.filter((r) => r.regio === 'flevoland');
      expect(flevoland.indicatoren.map((i) => i.code)).not.toContain('wachttijd-ggz-mlw');
      expect(flevoland.gemeenten).toContainEqual({ code: 'GM9901', naam: 'Proefgemeente Noord', versie: 2 });

      await get('/v1/register', await dienstToken('signalen')).expect(200);
      expect((await get('/v1/register', (await as('beheerder.mlw')).token).expect(200)).body.map((r: { regio: string }) => r.regio)).toEqual([MLW]);
      await get('/v1/register', await dienstToken('tafels')).expect(200);
      await get('/v1/register', await dienstToken('pilots')).expect(403);
      await get('/v1/register', (await as('gemeente.weert')).token).expect(403);
    });

    it('publishes the whole register of the beheerder’s region again on request', async () => {
      const res = await post('/v1/register/herpublicaties', (await as('beheerder.mlw')).token).send({}).expect(202);
      expect(res.body).toEqual({ regio: MLW, gemeenten: 3, indicatoren: expect.any(Number) });
      const [event] = await outbox(REGISTER_GEPUBLICEERD_V1);
      expect(event).toMatchObject({ regio: MLW, data: { regio: MLW, gemeenten: expect.arrayContaining([{ code: 'GM0988', naam: 'Weert', versie: 1 }]) } });
      expect((event.data.indicatoren as unknown[]).length).toBe(res.body.indicatoren);
      await post('/v1/register/herpublicaties', (await as('beheerder.mlw')).token).send({ regio: 'flevoland' }).expect(403);
      await post('/v1/register/herpublicaties', await dienstToken('notificaties')).send({ regio: MLW }).expect(403);
    });
  });

  describe('measurements', () => {
    it('stores a JSON delivery, changes nothing when it is sent again, and keeps history on a correction', async () => {
      const { token } = await as('gemeente.weert');
      const levering = [
        { indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', periode: '2025-Q1', waarde: 1.9, teller: 80, noemer: 4200 },
        { indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', periode: '2025-Q2', waarde: 2.1, teller: 88, noemer: 4200 },
        { indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', periode: '2025-Q3', waarde: 0.1, teller: 3, noemer: 4200 },
      ];
      const eerste = await post('/v1/metingen?bron=Eigen%20registratie', token).send(levering).expect(200);
      expect(eerste.body).toEqual({ ontvangen: 3, nieuw: 3, gecorrigeerd: 0, ongewijzigd: 0, reeksenTeBeoordelen: 1 });
      const nogmaals = await post('/v1/metingen?bron=Eigen%20registratie', token).send(levering).expect(200);
      expect(nogmaals.body).toEqual({ ontvangen: 3, nieuw: 0, gecorrigeerd: 0, ongewijzigd: 3, reeksenTeBeoordelen: 0 });

      const correctie = await post('/v1/metingen?bron=Eigen%20registratie', token).send([{ ...levering[1], waarde: 2.2, teller: 92 }]).expect(200);
      expect(correctie.body).toEqual({ ontvangen: 1, nieuw: 0, gecorrigeerd: 1, ongewijzigd: 0, reeksenTeBeoordelen: 1 });
      const reeks = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988', token).expect(200);
      expect(reeks.body.punten.map((p: { periode: string }) => p.periode)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
      const [{ id }] = await service.dataSource.query(
        `SELECT id FROM "${service.settings.database.schema}".meting WHERE gemeente = 'GM0988' AND periode = '2025-Q2'`,
      );
      const meting = await get(`/v1/metingen/${id}`, token).expect(200);
      expect(meting.body).toMatchObject({ waarde: 2.2, versie: 2, historie: [expect.objectContaining({ waarde: 2.1, versie: 1 })] });
      await get(`/v1/metingen/${id}`, (await as('gemeente.roermond')).token).expect(404);
    });

    it('takes the same new figures delivered twice at the same moment once, without an error', async () => {
      const { token } = await as('gemeente.nederweert');
      const levering = Array.from({ length: 40 }, (_, i) => ({ indicator: 'clienttevredenheid', gemeente: 'GM0946', periode: `${1990 + i}`, waarde: 70 + (i % 7) }));
      const antwoorden = await Promise.all([1, 2, 3].map(() => post('/v1/metingen?bron=Gelijktijdig', token).send(levering)));
      expect(antwoorden.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(antwoorden.reduce((som, a) => som + a.body.nieuw, 0)).toBe(40);
      expect(antwoorden.every((a) => a.body.nieuw + a.body.ongewijzigd === 40)).toBe(true);
      const [{ n }] = await service.dataSource.query(
        `SELECT count(*)::int AS n FROM "${service.settings.database.schema}".meting WHERE bron = 'Gelijktijdig'`,
      );
      expect(n).toBe(40);
    });

    it('refuses a batch with any bad row whole, listing every bad row by number, and stores nothing', async () => {
      const { token } = await as('gemeente.leudal');
      const voor = await metingenTelling();
      const res = await post('/v1/metingen?bron=Test', token)
        .send([
          { indicator: 'jeugdhulp-totaal', gemeente: 'GM1640', periode: '2025', waarde: 11.2 },
          { indicator: 'bestaat-niet', gemeente: 'GM1640', periode: '2025', waarde: 1 },
          { indicator: 'jeugdhulp-totaal', gemeente: 'GM0957', periode: '2025', waarde: 1 },
          { indicator: 'jeugdhulp-totaal', gemeente: 'GM1640', periode: '2025-Q5', waarde: 1 },
          { indicator: 'jeugdhulp-totaal', gemeente: 'GM1640', periode: '2024', waarde: 'veel' },
          { indicator: 'jeugdhulp-totaal', gemeente: 'GM1640', periode: '2023', waarde: 5, teller: 10, noemer: 4 },
          { indicator: 'jeugdhulp-totaal', gemeente: 'GM1640', periode: '2022', waarde: 5, teller: 3 },
        ])
        .expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const namen = res.body.invalidParams.map((p: { name: string }) => p.name);
      expect(namen).toEqual(expect.arrayContaining(['regel 2: indicator', 'regel 3: gemeente', 'regel 4: periode', 'regel 5: waarde', 'regel 6: teller', 'regel 7: noemer']));
      expect(namen.some((n: string) => n.startsWith('regel 1'))).toBe(false);
      expect(await metingenTelling()).toBe(voor);

      await post('/v1/metingen', token).send({ niet: 'een array' }).expect(400);
      await post('/v1/metingen?bron=Test', token).send([]).expect(400);
      await post('/v1/metingen?bron=Test', (await as('jurist.mlw')).token).send([]).expect(403);
    });

    it('takes a CSV file (streamed) in the Koers layout and in the CBS StatLine layout', async () => {
      const { token } = await as('aanbieder.horizon');
      const csv = ['indicator;gemeente;periode;waarde;teller;noemer', 'doelrealisatie;GM0946;2025-H1;71,5;143;200', 'doelrealisatie;GM1640;2025-H1;68;136;200', ''].join('\n');
      const res = await post(`/v1/metingen?regio=${MLW}&bron=Horizon%20registratie`, token).set('content-type', 'text/csv').send(csv).expect(200);
      expect(res.body).toEqual({ ontvangen: 2, nieuw: 2, gecorrigeerd: 0, ongewijzigd: 0, reeksenTeBeoordelen: 2 });

      const statline = ['"ID";"RegioS";"Perioden";"JongerenMetJeugdhulp_1"', '"0";"GM0988    ";"2023JJ00";"11.4"', '"1";"GM1640    ";"2023JJ00";"."', ''].join('\n');
      const cbs = await post(`/v1/metingen?regio=${MLW}&formaat=statline&statlineKolom=JongerenMetJeugdhulp_1:jeugdhulp-totaal`, token)
        .set('content-type', 'text/csv')
        .send(statline)
        .expect(200);
      expect(cbs.body).toMatchObject({ nieuw: 1 });
      const reeks = await get(`/v1/reeksen?indicator=jeugdhulp-totaal&gemeente=GM0988&regio=${MLW}`, token).expect(200);
      expect(reeks.body.punten).toEqual([expect.objectContaining({ periode: '2023', waarde: 11.4, bron: 'CBS StatLine' })]);
    });

    it('refuses a CSV with a wrong header, an empty one and an oversized one, storing nothing', async () => {
      const { token } = await as('gemeente.weert');
      const voor = await metingenTelling();
      const kop = await post('/v1/metingen?bron=x', token).set('content-type', 'text/csv').send('indicatr,gemeente,periode,waarde\n').expect(400);
      expect(kop.body.detail).toMatch(/indicatr/);
      await post('/v1/metingen?bron=x', token).set('content-type', 'text/csv').send('').expect(400);
      const groot = ['indicator,gemeente,periode,waarde', ...Array.from({ length: 300 }, (_, i) => `jeugdhulp-totaal,GM0988,${1900 + i},1`)].join('\n');
      const teGroot = await post('/v1/metingen?bron=x', token).set('content-type', 'text/csv').send(groot);
      expect([teGroot.status, teGroot.body.detail]).toEqual([413, expect.stringContaining('4096')]);
      expect(await metingenTelling()).toBe(voor);
    });

    it('names every fault of a row, also the region’s checks of a row that has others, in CSV and JSON', async () => {
      const { token } = await as('gemeente.weert');
      const voor = await metingenTelling();
      const csv = ['indicator,gemeente,periode,waarde', 'bestaat-niet,GM0988,2025-Q5,1', 'uitval,GM0957,2025,veel', ''].join('\n');
      const res = await post('/v1/metingen?bron=x', token).set('content-type', 'text/csv').send(csv).expect(400);
      expect(res.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['regel 2: indicator', 'regel 2: periode', 'regel 3: gemeente', 'regel 3: waarde']);
      const json = await post('/v1/metingen', token).send([{ indicator: 'bestaat-niet', gemeente: 'GM0957', periode: '2025', waarde: 'veel' }]).expect(400);
      expect(json.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['regel 1: bron', 'regel 1: gemeente', 'regel 1: indicator', 'regel 1: waarde']);
      expect(json.body.invalidParams).toContainEqual({ name: 'regel 1: bron', code: 'ongeldige-meting', reason: expect.stringContaining('kolom bron') });
      expect(await metingenTelling()).toBe(voor);
    });

    it('takes measurements delivered over the bus, once', async () => {
      const event = createCloudEvent({
        type: METINGEN_AANGELEVERD_V1,
        source: 'urn:nld:oin:00000000000000000000:systeem:dwh-mlw',
        regio: MLW,
        data: { regio: MLW, bron: 'Regionaal datawarehouse', aanleverancier: 'dwh-mlw', metingen: [{ indicator: 'uitval', gemeente: 'GM0988', periode: '2025', waarde: 7.5 }] },
      });
      await isolation.publish(event, event); // delivered twice: taken in once
      const { token } = await as('jurist.mlw');
      const reeks = await eventually(async () => {
        const res = await get('/v1/reeksen?indicator=uitval&gemeente=GM0988', token).expect(200);
        return res.body.punten.length ? res.body : undefined;
      });
      expect(reeks.punten).toEqual([expect.objectContaining({ periode: '2025', waarde: 7.5, bron: 'Regionaal datawarehouse', versie: 1 })]);
    });
  });

  describe('series and comparisons', () => {
    it('suppresses a teller below 5 for anyone outside its own gemeente', async () => {
      const weert = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988', (await as('gemeente.weert')).token).expect(200);
      expect(weert.body.punten[2]).toMatchObject({ periode: '2025-Q3', waarde: 0.1, onderdrukt: false, teller: 3 });
      const leudal = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988', (await as('gemeente.leudal')).token).expect(200);
      expect(leudal.body.punten[2]).toEqual(expect.objectContaining({ periode: '2025-Q3', waarde: null, weergave: '< 5', onderdrukt: true }));
      expect(leudal.body.punten[2].teller).toBeUndefined();
      expect(leudal.body.punten[0]).toMatchObject({ waarde: 1.9, onderdrukt: false });
    });

    it('compares the gemeenten of a region for one indicator and period', async () => {
      const res = await get('/v1/vergelijkingen?indicator=doelrealisatie&periode=2025-H1', (await as('client.mlw')).token).expect(200);
      expect(res.body.gemeenten.map((g: { naam: string }) => g.naam)).toEqual(['Leudal', 'Nederweert', 'Weert']);
      expect(res.body.gemeenten[1].punten[0]).toMatchObject({ waarde: 71.5, teller: 143 });
      expect(res.body.gemeenten[2].punten).toEqual([]);
      await get('/v1/vergelijkingen?indicator=doelrealisatie&periode=2025-5', (await as('client.mlw')).token).expect(400);
    });

    it('lets koers-signalen read a series as itself, and no other Koers service', async () => {
      const query = { regio: MLW, indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988' };
      const res = await get('/v1/reeksen', await dienstToken('signalen')).query(query).expect(200);
      expect(res.body).toMatchObject({ regio: MLW, indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988' });
      const tafels = await get('/v1/reeksen', await dienstToken('tafels')).query(query).expect(403);
      expect(tafels.body.detail).toBe('Als dienst mag alleen koers-signalen deze route aanroepen, niet koers-tafels.');
      await get('/v1/vergelijkingen', await dienstToken('signalen')).query({ regio: MLW, indicator: 'jeugdhulp-met-verblijf', periode: '2025-Q1' }).expect(403);
    });

    it('answers 404 for another region’s gemeente or indicator, as for a missing one', async () => {
      const { token } = await as('gemeente.roermond');
      await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988', token).expect(404);
      await get('/v1/reeksen?indicator=wachttijd-ggz-mlw', token).expect(404);
      await get('/v1/reeksen?indicator=bestaat-niet', token).expect(404);
      const andereRegio = await get(`/v1/reeksen?indicator=uitval&regio=${MLW}`, token).expect(403);
      expect(andereRegio.body.detail).toContain(MLW);
    });
  });
});

describe('course targets (koersdoelen)', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(monitoring, isolation, { MONITORING_TRENDDETECTIE_INTERVAL_MS: '300' });
  });
  afterAll(() => service?.stop());
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    for (const user of ['gemeente.weert', 'gemeente.leudal', 'gemeente.roermond', 'aanbieder.horizon', 'beheerder.mlw', 'jurist.mlw', 'client.mlw', 'client.flevoland']) {
      tokens[user] = await tokenFor(user);
    }
  });
  const post = (path: string, user: string) => service.http().post(path).auth(tokens[user], { type: 'bearer' });
  const patch = (path: string, user: string) => service.http().patch(path).auth(tokens[user], { type: 'bearer' });
  const get = (path: string, user: string) => service.http().get(path).auth(tokens[user], { type: 'bearer' });
  const doel = { indicator: 'jeugdhulp-met-verblijf', doelwaarde: 1.5, richting: 'maximaal', koersdocumentSectie: 'Koersdocument Jeugd MLW 2025–2028, §3.2' };
  /** Trend detection runs after the intake's commit; this waits until nothing is left to judge. */
  const allesBeoordeeld = () =>
    eventually(async () => {
      const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${service.settings.database.schema}".reeks_te_beoordelen`);
      return n === 0 ? true : undefined;
    });

  it('lets a gemeente set its own target and the beheerder the region’s; keeps every earlier version', async () => {
    const weert = await post('/v1/koersdoelen', 'gemeente.weert').send({ ...doel, gemeente: 'GM0988' }).expect(201);
    expect(weert.body).toMatchObject({ regio: MLW, gemeente: 'GM0988', doelwaarde: 1.5, versie: 1 });
    await post('/v1/koersdoelen', 'gemeente.weert').send({ ...doel, gemeente: 'GM0988' }).expect(409);
    const anders = await post('/v1/koersdoelen', 'gemeente.weert').send({ ...doel, gemeente: 'GM1640' }).expect(403);
    expect(anders.body.detail).toContain('eigen gemeente');
    await post('/v1/koersdoelen', 'gemeente.weert').send(doel).expect(403);
    await post('/v1/koersdoelen', 'aanbieder.horizon').send({ ...doel, regio: MLW }).expect(403);
    const regio = await post('/v1/koersdoelen', 'beheerder.mlw').send({ ...doel, doelwaarde: 1.8 }).expect(201);
    expect(regio.body.gemeente).toBeUndefined();
    await post('/v1/koersdoelen', 'beheerder.mlw').send({ ...doel, gemeente: 'GM0957' }).expect(404);
    const fout = await post('/v1/koersdoelen', 'beheerder.mlw').send({ indicator: 'jeugdhulp-met-verblijf', doelwaarde: 'laag', richting: 'omlaag' }).expect(400);
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['doelwaarde', 'richting', 'koersdocumentSectie']));

    await patch(`/v1/koersdoelen/${weert.body.id}`, 'gemeente.weert')
      .send({ doelwaarde: 1.4, richting: 'maximaal', koersdocumentSectie: 'Koersdocument Jeugd MLW 2025–2028, §3.2 (herzien)' })
      .expect(200);
    const eenDoel = await get(`/v1/koersdoelen/${weert.body.id}`, 'jurist.mlw').expect(200);
    expect(eenDoel.body).toMatchObject({ doelwaarde: 1.4, versie: 2, historie: [expect.objectContaining({ doelwaarde: 1.5, versie: 1 })] });
    await get(`/v1/koersdoelen/${weert.body.id}`, 'gemeente.roermond').expect(404);
    await patch(`/v1/koersdoelen/${weert.body.id}`, 'gemeente.leudal').send({ doelwaarde: 9, richting: 'maximaal', koersdocumentSectie: 'x' }).expect(403);

    const reeksWeert = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988', 'gemeente.weert').expect(200);
    expect(reeksWeert.body.koersdoel).toMatchObject({ doelwaarde: 1.4, gemeente: 'GM0988' });
    const reeksLeudal = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM1640', 'gemeente.leudal').expect(200);
    expect(reeksLeudal.body.koersdoel).toMatchObject({ doelwaarde: 1.8 });
    expect(reeksLeudal.body.koersdoel.gemeente).toBeUndefined();
    const lijst = await get('/v1/koersdoelen?indicator=jeugdhulp-met-verblijf', 'client.mlw').expect(200);
    expect(lijst.body).toMatchObject({ totaal: 2, pagina: 1, paginaGrootte: 20 });
    expect(lijst.body.items).toHaveLength(2);
    expect((await get('/v1/koersdoelen', 'client.flevoland').expect(200)).body).toEqual({ items: [], totaal: 0, pagina: 1, paginaGrootte: 20 });
  });

  it('pages the targets, the region before its gemeenten, and filters them by gemeente; a bad filter is refused in Dutch', async () => {
    const eerste = await get('/v1/koersdoelen?indicator=jeugdhulp-met-verblijf&paginaGrootte=1', 'jurist.mlw').expect(200);
    expect(eerste.body).toMatchObject({ totaal: 2, pagina: 1, paginaGrootte: 1 });
    expect(eerste.body.items.map((d: { gemeente?: string }) => d.gemeente ?? 'regio')).toEqual(['regio']);
    const tweede = await get('/v1/koersdoelen?indicator=jeugdhulp-met-verblijf&paginaGrootte=1&pagina=2', 'jurist.mlw').expect(200);
    expect(tweede.body.items.map((d: { gemeente?: string }) => d.gemeente)).toEqual(['GM0988']);
    const weert = await get('/v1/koersdoelen?gemeente=GM0988', 'jurist.mlw').expect(200);
    expect(weert.body.items.map((d: { gemeente?: string; indicator: string }) => [d.indicator, d.gemeente])).toEqual([['jeugdhulp-met-verblijf', 'GM0988']]);
    expect((await get('/v1/koersdoelen?gemeente=GM1640', 'jurist.mlw').expect(200)).body).toMatchObject({ items: [], totaal: 0 });
    const fout = await get('/v1/koersdoelen?indicator=Geen%20Kebab&gemeente=0988&pagina=0', 'jurist.mlw').expect(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['gemeente', 'indicator', 'pagina']);
    expect(fout.body.invalidParams.find((p: { name: string }) => p.name === 'gemeente').reason).toBe('gemeente is een CBS-code als GM0988');
  });
  it('raises afwijking.gedetecteerd.v1 for a series that leaves its course, once per state', async () => {
    const lever = (waarde4: number) =>
      post('/v1/metingen?bron=Trendtest', 'gemeente.weert').send(
        [1.3, 1.5, 1.7, waarde4].map((waarde, i) => ({ indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', periode: `2024-Q${i + 1}`, waarde, teller: 60 + i, noemer: 4000 })),
      );
    const afwijkingen = async () =>
      (await service.dataSource.query(
        `SELECT payload->'data' AS data FROM "${service.settings.database.schema}".outbox WHERE type = 'nl.koers.monitoring.afwijking.gedetecteerd.v1' ORDER BY position`,
      )) as Array<{ data: { regel: string; reeksStand: string; toelichting: string; gemeente: string; doelwaarde?: number } }>;

    const eerste = await lever(1.9).expect(200);
    expect(eerste.body).toMatchObject({ nieuw: 4, reeksenTeBeoordelen: 1 });
    const gemeld = await eventually(async () => ((await afwijkingen()).length === 2 ? afwijkingen() : undefined));
    expect(gemeld.map((a) => a.data.regel).sort()).toEqual(['opeenvolgend_verkeerde_richting', 'verkeerde_kant_van_doel']);
    expect(gemeld[0].data).toMatchObject({ gemeente: 'GM0988', doelwaarde: 1.4 });
    expect(gemeld.find((a) => a.data.regel === 'verkeerde_kant_van_doel')?.data.toelichting).toBe('De waarde over 2024-Q4 is 1,9; het koersdoel is maximaal 1,4.');

    expect((await lever(1.9).expect(200)).body).toMatchObject({ ongewijzigd: 4, reeksenTeBeoordelen: 0 });
    expect((await lever(2.0).expect(200)).body).toMatchObject({ gecorrigeerd: 1, reeksenTeBeoordelen: 1 });
    await eventually(async () => ((await afwijkingen()).length === 4 ? true : undefined));
    // Back to a state that was reported before: judged again, not reported again.
    expect((await lever(1.9).expect(200)).body).toMatchObject({ gecorrigeerd: 1, reeksenTeBeoordelen: 1 });
    await allesBeoordeeld();
    expect(await afwijkingen()).toHaveLength(4);
  });
  it('judges the series again when a course target is set after the figures arrived', async () => {
    await post('/v1/metingen?bron=Doeltest', 'beheerder.mlw')
      .send([1, 2, 3, 4].map((q) => ({ indicator: 'uitval', gemeente: 'GM1640', periode: `2024-Q${q}`, waarde: 5 })))
      .expect(200);
    await allesBeoordeeld();
    const uitval = async () =>
      (await service.dataSource.query(
        `SELECT payload->'data' AS data FROM "${service.settings.database.schema}".outbox
          WHERE type = 'nl.koers.monitoring.afwijking.gedetecteerd.v1' AND payload->'data'->>'indicator' = 'uitval'`,
      )) as Array<{ data: { gemeente: string; regel: string } }>;
    expect(await uitval()).toEqual([]);
    await post('/v1/koersdoelen', 'beheerder.mlw')
      .send({ indicator: 'uitval', doelwaarde: 4, richting: 'maximaal', koersdocumentSectie: 'Koersdocument §4 Minder uitval' })
      .expect(201);
    const gemeld = await eventually(async () => ((await uitval()).length ? uitval() : undefined));
    await allesBeoordeeld();
    expect(gemeld.map((a) => [a.data.gemeente, a.data.regel])).toEqual([['GM1640', 'verkeerde_kant_van_doel']]);
    expect(await uitval()).toHaveLength(1);
  });

  it('names the koersdocument section of the target a deviation is judged by, so a signal can refer to it', async () => {
    const [{ data }] = (await service.dataSource.query(
      `SELECT payload->'data' AS data FROM "${service.settings.database.schema}".outbox
        WHERE type = 'nl.koers.monitoring.afwijking.gedetecteerd.v1' AND payload->'data'->>'indicator' = 'uitval'`,
    )) as Array<{ data: { koersdocumentSectie?: string } }>;
    expect(data.koersdocumentSectie).toBe('Koersdocument §4 Minder uitval');
  });

  it('judges a series left queued without a wake-up (a process that stopped before judging it) on the next round', async () => {
    const schema = service.settings.database.schema;
    await service.dataSource.query(
      `INSERT INTO "${schema}".meting (regio, indicator, gemeente, periode, waarde, bron, aanleverancier)
       SELECT $1, 'wachttijd-start-jeugdhulp', 'GM0946', '202' || q, 20 + 5 * q, 'Achtergelaten', 'test' FROM generate_series(1, 4) AS q`,
      [MLW],
    );
    // Committed outside any intake: no transaction marked it, so only the worker's interval finds it.
    await service.dataSource.query(
      `INSERT INTO "${schema}".reeks_te_beoordelen (regio, indicator, gemeente, bron, soort) VALUES ($1, 'wachttijd-start-jeugdhulp', 'GM0946', 'Achtergelaten', 'jaar')`,
      [MLW],
    );
    const [melding] = await eventually(async () => {
      const rows = await service.dataSource.query(
        `SELECT payload->'data' AS data FROM "${schema}".outbox WHERE payload->'data'->>'indicator' = 'wachttijd-start-jeugdhulp'`,
      );
      return rows.length ? rows : undefined;
    });
    expect(melding.data).toMatchObject({ gemeente: 'GM0946', regel: 'opeenvolgend_verkeerde_richting', laatstePeriode: '2024' });
    await allesBeoordeeld();
  });

  it('shows interpretations (duiding) of gemeenten and providers with the series', async () => {
    const duiding = { indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', periode: '2024-Q4', tekst: 'De stijging komt door het sluiten van een gezinshuis.' };
    const gemeente = await post('/v1/duidingen', 'gemeente.leudal').send(duiding).expect(201);
    expect(gemeente.body).toMatchObject({ ...duiding, auteur: 'gemeente.leudal', rol: 'gemeente', organisatie: 'GM1640' });
    await post('/v1/duidingen', 'aanbieder.horizon').send({ ...duiding, periode: undefined, tekst: 'Wachtlijsten bij verblijf lopen regionaal op.' }).expect(400);
    const aanbieder = await post('/v1/duidingen', 'aanbieder.horizon')
      .send({ ...duiding, periode: undefined, regio: MLW, tekst: 'Wachtlijsten bij verblijf lopen regionaal op.' })
      .expect(201);
    expect(aanbieder.body).toMatchObject({ rol: 'aanbieder', organisatie: 'zorggroep-horizon' });
    expect(aanbieder.body.periode).toBeUndefined();
    await post('/v1/duidingen', 'jurist.mlw').send(duiding).expect(403);
    await post('/v1/duidingen', 'gemeente.roermond').send(duiding).expect(404);
    const fout = await post('/v1/duidingen', 'gemeente.weert').send({ ...duiding, periode: '2024-Q5', tekst: '' }).expect(400);
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['periode', 'tekst']));

    const reeks = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988', 'client.mlw').expect(200);
    expect(reeks.body.duidingen.map((d: { auteur: string }) => d.auteur)).toEqual(['gemeente.leudal', 'aanbieder.horizon']);
    const leudal = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM1640', 'client.mlw').expect(200);
    expect(leudal.body.duidingen).toEqual([]);
  });

  it('refuses a duiding holding an e-mail address or a phone number, naming the field and the kind, and stores nothing', async () => {
    const duiding = { indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0946', periode: '2024-Q4' };
    const mail = await post('/v1/duidingen', 'gemeente.weert').send({ ...duiding, tekst: 'Navraag via j.jansen@example.nl leert dat het gezinshuis sloot.' }).expect(400);
    const telefoon = await post('/v1/duidingen', 'gemeente.weert').send({ ...duiding, tekst: 'Bel 06-12345678 voor de achtergrond van de stijging.' }).expect(400);
    expect(mail.body.invalidParams).toEqual([expect.objectContaining({ name: 'tekst', code: 'persoonsgegevens', reason: expect.stringContaining('een e-mailadres') })]);
    expect(telefoon.body.invalidParams).toEqual([expect.objectContaining({ name: 'tekst', code: 'persoonsgegevens', reason: expect.stringContaining('een telefoonnummer') })]);
    expect(JSON.stringify([mail.body, telefoon.body])).not.toMatch(/jansen@|12345678/);
    const opgeslagen = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${service.settings.database.schema}".duiding WHERE gemeente = 'GM0946'`);
    expect(opgeslagen).toEqual([{ n: 0 }]);
  });

  it('lets client representatives give meaning to the figures too, together with gemeenten and providers', async () => {
    const duiding = { indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', periode: '2024-Q4', tekst: 'Ouders vertellen dat het gezinshuis hun kind dichtbij hield.' };
    const client = await post('/v1/duidingen', 'client.mlw').send(duiding).expect(201);
    expect(client.body).toMatchObject({ auteur: 'client.mlw', rol: 'clientvertegenwoordiger', organisatie: 'clientenraad-mlw' });
    await post('/v1/duidingen', 'client.flevoland').send(duiding).expect(404);
    const reeks = await get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988', 'gemeente.weert').expect(200);
    expect(reeks.body.duidingen.map((d: { rol: string }) => d.rol)).toEqual(['gemeente', 'aanbieder', 'clientvertegenwoordiger']);
  });
});

describe('trend detection outside the request', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let token: string;
  beforeAll(async () => {
    // Only wake-ups after a commit run the worker in this block, never the interval.
    service = await startTestService(monitoring, isolation, { MONITORING_TRENDDETECTIE_INTERVAL_MS: '600000' });
    token = await tokenFor('beheerder.mlw');
  });
  afterAll(() => service?.stop());
  const lever = (waarden: number[]) =>
    service
      .http()
      .post('/v1/metingen?bron=Wachtrijtest')
      .auth(token, { type: 'bearer' })
      .send(waarden.map((waarde, i) => ({ indicator: 'uitval', gemeente: 'GM0988', periode: `${2020 + i}`, waarde })));
  const meldingen = async () =>
    (await service.dataSource.query(
      `SELECT payload->'data'->>'reeksStand' AS stand FROM "${service.settings.database.schema}".outbox
        WHERE type = 'nl.koers.monitoring.afwijking.gedetecteerd.v1' ORDER BY position`,
    )) as Array<{ stand: string }>;

  it('judges a change that arrives while the worker judges the same series once more, after it', async () => {
    const schema = service.settings.database.schema;
    expect((await lever([3, 4, 5, 6]).expect(200)).body).toMatchObject({ nieuw: 4, reeksenTeBeoordelen: 1 });
    expect(await eventually(async () => ((await meldingen()).length === 1 ? meldingen() : undefined))).toEqual([{ stand: '2023=6' }]);

    // Stands in for a worker in the middle of a batch: the series' row claimed, the new value not yet seen.
    await service.dataSource.query(
      `INSERT INTO "${schema}".reeks_te_beoordelen (regio, indicator, gemeente, bron, soort) VALUES ($1, 'uitval', 'GM0988', 'Wachtrijtest', 'jaar')`,
      [MLW],
    );
    const worker = service.dataSource.createQueryRunner();
    await worker.connect();
    await worker.startTransaction();
    try {
      await worker.query(`SELECT id FROM "${schema}".reeks_te_beoordelen FOR UPDATE`);
      let beantwoord = false;
      const correctie = lever([3, 4, 5, 7]).then((res) => {
        beantwoord = true;
        return res;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(beantwoord).toBe(false); // the intake waits for the claimed row instead of skipping it
      await worker.query(`DELETE FROM "${schema}".reeks_te_beoordelen`);
      await worker.commitTransaction();
      expect((await correctie).body).toMatchObject({ gecorrigeerd: 1, reeksenTeBeoordelen: 1 });
    } finally {
      if (worker.isTransactionActive) await worker.rollbackTransaction();
      await worker.release();
    }
    expect(await eventually(async () => ((await meldingen()).length === 2 ? meldingen() : undefined))).toEqual([{ stand: '2023=6' }, { stand: '2023=7' }]);
  });
});

describe('monitoring plans (monitoringplannen)', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    service = await startTestService(monitoring, isolation, { MONITORING_EVALUATIE_INTERVAL_MS: '300' });
    for (const user of ['gemeente.weert', 'gemeente.roermond', 'beheerder.mlw', 'jurist.mlw', 'client.mlw']) tokens[user] = await tokenFor(user);
  });
  afterAll(() => service?.stop());
  const post = (path: string, user: string) => service.http().post(path).auth(tokens[user], { type: 'bearer' });
  const get = (path: string, user: string) => service.http().get(path).auth(tokens[user], { type: 'bearer' });
  const lever = (gemeente: string, waarden: Record<string, number>) =>
    post('/v1/metingen?bron=Monitor', 'beheerder.mlw')
      .send(Object.entries(waarden).map(([periode, waarde]) => ({ indicator: 'jeugdhulp-met-verblijf', gemeente, periode, waarde })))
      .expect(200);
  const basis = {
    titel: 'Minder verblijf door gezinsgerichte ambulante hulp',
    gemeenten: ['GM0988'],
    vergelijkingsgemeenten: ['GM1640'],
    indicatoren: [{ indicator: 'jeugdhulp-met-verblijf', doelwaarde: 1.8, richting: 'maximaal' }],
    nulmetingTot: '2024-Q4',
    nulmetingPerioden: 4,
    meetmomenten: ['2025-Q4', '2025-Q2'],
    evaluatiedatum: '2030-01-01',
  };
  /** A plan for an agreement tafels reported (one plan per agreement). */
  const planVoorNieuweAfspraak = async () => ({ ...basis, onderwerp: { soort: 'afspraak', id: await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM0988'] }) } });

  it('takes the baseline from the series, and judges with a difference in differences once the data is there', async () => {
    const plan = await planVoorNieuweAfspraak();
    await lever('GM0988', { '2024-Q1': 2.0, '2024-Q2': 2.1, '2024-Q3': 2.0, '2024-Q4': 2.1, '2025-Q2': 1.6, '2025-Q4': 1.5 });
    await lever('GM1640', { '2024-Q1': 2.0, '2024-Q2': 2.0, '2024-Q3': 2.1, '2024-Q4': 2.1, '2025-Q2': 2.0 });

    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.weert').send(plan).expect(201);
    expect(gemaakt.body).toMatchObject({ status: 'lopend', meetmomenten: ['2025-Q2', '2025-Q4'] });
    expect(gemaakt.body.indicatoren[0].nulmeting.GM0988).toEqual({ waarde: 2.05, periodes: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] });

    const teVroeg = await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'gemeente.weert').expect(201);
    expect(teVroeg.body).toMatchObject({ aanleiding: 'op_verzoek', oordeel: 'onvoldoende_data' });
    expect(JSON.stringify(teVroeg.body.indicatoren[0].ontbrekend)).toContain('GM1640');

    await lever('GM1640', { '2025-Q4': 2.0 });
    const oordeel = await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'gemeente.weert').expect(201);
    expect(oordeel.body.oordeel).toBe('effect_bereikt');
    expect(oordeel.body.indicatoren[0].vergelijking).toMatchObject({ verschilInVerschillen: -0.5, gunstig: true });
    expect(oordeel.body.toelichting).toMatch(/1,5/);

    const opgehaald = await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'client.mlw').expect(200);
    expect(opgehaald.body).toMatchObject({ status: 'lopend', oordeel: 'effect_bereikt' });
    expect(opgehaald.body.evaluaties.map((e: { oordeel: string }) => e.oordeel)).toEqual(['onvoldoende_data', 'effect_bereikt']);
    await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.roermond').expect(404);
    await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'jurist.mlw').expect(403);
  });

  it('evaluates a plan on its evaluation date by itself and tells tafels and pilots through the bus', async () => {
    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.weert').send({ ...basis, onderwerp: { soort: 'pilot', id: '7d1e2f3a-0b4c-4d5e-8f6a-7b8c9d0e1f2a' }, evaluatiedatum: '2020-01-01' }).expect(201);
    const geevalueerd = await eventually(async () => {
      const res = await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.weert').expect(200);
      return res.body.status === 'geevalueerd' ? res.body : undefined;
    });
    expect(geevalueerd.evaluaties).toEqual([expect.objectContaining({ aanleiding: 'evaluatiedatum', oordeel: 'effect_bereikt' })]);
    const [event] = await service.dataSource.query(
      `SELECT payload->'data' AS data FROM "${service.settings.database.schema}".outbox WHERE type = 'nl.koers.monitoring.monitoringplan.geevalueerd.v1' AND payload->>'subject' = $1`,
      [gemaakt.body.id],
    );
    expect(event.data).toMatchObject({ onderwerp: { soort: 'pilot', id: '7d1e2f3a-0b4c-4d5e-8f6a-7b8c9d0e1f2a' }, oordeel: 'effect_bereikt', indicatoren: [expect.objectContaining({ verschilInVerschillen: -0.5 })] });
    // notificaties tells the gemeenten of the plan, by the plan's title.
    expect(event.data).toMatchObject({ titel: gemaakt.body.titel, gemeenten: gemaakt.body.gemeenten });
  });

  it('refuses a plan with gemeenten outside the region, unknown indicators or moments before the baseline, storing nothing', async () => {
    const plan = await planVoorNieuweAfspraak();
    const res = await post('/v1/monitoringplannen', 'gemeente.weert')
      .send({ ...plan, gemeenten: ['GM0957'], indicatoren: [{ indicator: 'bestaat-niet', doelwaarde: 1, richting: 'maximaal' }], meetmomenten: ['2024-Q3', '2025'] })
      .expect(400);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['gemeenten', 'indicatoren.0.indicator', 'meetmomenten.0', 'meetmomenten.1']),
    );
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${service.settings.database.schema}".monitoringplan`);
    expect(n).toBe(2);
  });

  it('lets koers-tafels make a plan as itself, naming the region; other Koers services get 403', async () => {
    const plan = await planVoorNieuweAfspraak();
    const tafels = await dienstToken('tafels');
    const gemaakt = await service.http().post('/v1/monitoringplannen').auth(tafels, { type: 'bearer' }).send({ ...plan, regio: MLW }).expect(201);
    expect(gemaakt.body).toMatchObject({ regio: MLW, status: 'lopend' });
    for (const dienst of ['signalen', 'pilots'] as const) {
      const res = await service.http().post('/v1/monitoringplannen').auth(await dienstToken(dienst), { type: 'bearer' }).send({ ...plan, regio: MLW }).expect(403);
      expect(res.body.type).toBe('urn:nl-koers:probleem:systeem-niet-toegestaan');
    }
    await service.http().get(`/v1/monitoringplannen/${gemaakt.body.id}`).auth(tafels, { type: 'bearer' }).expect(403);
  });
});

describe('large CSV deliveries: new figures copied straight in, the rest compared and merged', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let token: string;
  beforeAll(async () => {
    service = await startTestService(monitoring, isolation);
    token = await tokenFor('beheerder.mlw');
  });
  afterAll(() => service?.stop());

  const GEMEENTEN = ['GM0988', 'GM0946', 'GM1640'];
  /** 2 indicators × 3 gemeenten × 1,500 months: 9,000 rows, more than one COPY chunk. */
  const rijen = (bron: string) =>
    ['uitval', 'clienttevredenheid'].flatMap((indicator) =>
      GEMEENTEN.flatMap((gemeente) =>
        Array.from({ length: 1500 }, (_, m) => `${indicator},${gemeente},${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')},${m % 50},${bron}`),
      ),
    );
  const lever = (regels: string[]) =>
    service.http().post('/v1/metingen').auth(token, { type: 'bearer' }).set('content-type', 'text/csv').send(['indicator,gemeente,periode,waarde,bron', ...regels, ''].join('\n'));
  const telling = async () => {
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM "${service.settings.database.schema}".meting WHERE bron LIKE 'Groot%'`);
    return n as number;
  };

  it('stores a first delivery whole, and changes nothing when it comes again', async () => {
    const eerste = await lever(rijen('Groot')).expect(200);
    expect(eerste.body).toMatchObject({ ontvangen: 9000, nieuw: 9000, gecorrigeerd: 0, ongewijzigd: 0, reeksenTeBeoordelen: 6 });
    const nogmaals = await lever(rijen('Groot')).expect(200);
    expect(nogmaals.body).toMatchObject({ ontvangen: 9000, nieuw: 0, gecorrigeerd: 0, ongewijzigd: 9000, reeksenTeBeoordelen: 0 });
  });

  it('merges new rows with a stored key met only at the end of the stream: new ones stored, the changed one corrected with history', async () => {
    const nieuw = rijen('Groot-2');
    const res = await lever([...nieuw.slice(0, -1), 'uitval,GM0988,1900-01,99,Groot']).expect(200);
    expect(res.body).toMatchObject({ ontvangen: 9000, nieuw: 8999, gecorrigeerd: 1, ongewijzigd: 0, reeksenTeBeoordelen: 7 });
    expect(await telling()).toBe(9000 + 8999);
    const [meting] = await service.dataSource.query(
      `SELECT m.waarde::float8 AS waarde, m.versie, h.waarde::float8 AS eerder FROM "${service.settings.database.schema}".meting m
         JOIN "${service.settings.database.schema}".meting_historie h ON h.meting_id = m.id
        WHERE m.bron = 'Groot' AND m.indicator = 'uitval' AND m.gemeente = 'GM0988' AND m.periode = '1900-01'`,
    );
    expect(meting).toEqual({ waarde: 99, versie: 2, eerder: 0 });
  });

  it('takes a key repeated with the same value once, and refuses one repeated with another value, naming both lines', async () => {
    const nieuw = rijen('Groot-3');
    const voor = await telling();
    const fout = await lever([...nieuw, nieuw[0].replace(',0,', ',7,')]).expect(400);
    expect(fout.body.invalidParams).toEqual([expect.objectContaining({ name: 'regel 9002', reason: expect.stringContaining('regels 2, 9002 geven verschillende waarden') })]);
    expect(await telling()).toBe(voor);

    const dubbel = await lever([...nieuw, nieuw[0]]).expect(200);
    expect(dubbel.body).toMatchObject({ ontvangen: 9001, nieuw: 9000, gecorrigeerd: 0 });
    expect(await telling()).toBe(voor + 9000);
  });
});
