import { startTestService, TestService } from '@koers/service-testing';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';
import { naWerkdagen, nederlandseDatum } from '@koers/domain';

const MLW = 'midden-limburg-west';

/** The signal list (filters, search, paging with a total) and its deadlines (working days, overdue, reported once). */
describe('finding signals and their deadlines', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let monitoring: ServiceProcess;
  const schema = () => service.settings.database.schema;
  const bearer = async (user: string) => `Bearer ${await tokenFor(user)}`;
  let voorsprong = 0;
  const klok = { nu: () => new Date(Date.now() + voorsprong) };

  async function dienIn(user: string, velden: Record<string, unknown>): Promise<string> {
    const res = await service
      .http()
      .post('/v1/signalen')
      .set('authorization', await bearer(user))
      .send({ bron: 'contractdoel', omschrijving: 'Zie de cijfers van het afgelopen kwartaal.', gemeenten: ['GM0988'], ...velden })
      .expect(201);
    return res.body.id;
  }

  async function lijst(query: string, user = 'gemeente.weert', status = 200) {
    return service.http().get(`/v1/signalen?${query}`).set('authorization', await bearer(user)).expect(status);
  }

  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((item) => item.id).sort();

  let wachttijd: string;
  let verblijf: string;
  let leudal: string;
  let partner: string;

  beforeAll(async () => {
    // A fast watch, so the scheduler's own run is what reports a deadline in the last test.
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, { ...registerEnv(monitoring), SIGNALEN_TERMIJN_INTERVAL_MS: '200' }, { klok });
    wachttijd = await dienIn('gemeente.weert', { titel: 'Wachttijden jeugd-GGZ lopen op', indicatoren: ['wachttijd-start-jeugdhulp'] });
    verblijf = await dienIn('gemeente.weert', { titel: 'Meer jongeren in residentiële zorg', indicatoren: ['jeugdhulp-met-verblijf'] });
    leudal = await dienIn('gemeente.leudal', { titel: 'Uitval bij ambulante hulp', gemeenten: ['GM1640'], bron: 'beleidsinformatie' });
    partner = await dienIn('client.mlw', { titel: 'Ouders wachten lang op een intake', bron: 'partnerverzoek', gemeenten: ['GM0988', 'GM1640'] });
    await dienIn('gemeente.roermond', { titel: 'Wachttijden in Roermond', gemeenten: ['GM0957'] });
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  it('filters by bron, gemeente, indicator and status, and searches Dutch word forms, with a total', async () => {
    expect(ids(await lijst('bron=partnerverzoek'))).toEqual([partner]);
    expect(ids(await lijst('gemeente=GM1640'))).toEqual([leudal, partner].sort());
    expect(ids(await lijst('indicator=wachttijd-start-jeugdhulp'))).toEqual([wachttijd]);
    expect(ids(await lijst('status=ingediend,afgewezen&gemeente=GM0988'))).toEqual([wachttijd, verblijf, partner].sort());
    expect((await lijst('status=afgewezen')).body.totaal).toBe(0);
    // "wachttijd" finds "Wachttijden" and "wachten" does not (another stem); never another region's.
    expect(ids(await lijst('zoek=wachttijd'))).toEqual([wachttijd]);
    expect(ids(await lijst('zoek=intake ouders'))).toEqual([partner]);

    const pagina = await lijst('paginaGrootte=2&pagina=2').then((res) => res.body);
    expect(pagina).toMatchObject({ totaal: 4, pagina: 2, paginaGrootte: 2 });
    expect(pagina.items).toHaveLength(2);
  });

  it('narrows the list of a user of two regions to one region, with its own total; another region gives an empty list', async () => {
    const beide = (await lijst('paginaGrootte=100', 'aanbieder.horizon')).body;
    expect(new Set(beide.items.map((item: { regio: string }) => item.regio))).toEqual(new Set([MLW, 'midden-limburg-oost']));
    const west = (await lijst(`regio=${MLW}&paginaGrootte=100`, 'aanbieder.horizon')).body;
    expect(west.items.every((item: { regio: string }) => item.regio === MLW)).toBe(true);
    expect(west.totaal).toBe(west.items.length);
    expect(west.totaal).toBeLessThan(beide.totaal);
    expect((await lijst('regio=midden-limburg-oost', 'gemeente.weert')).body).toMatchObject({ totaal: 0, items: [] });
  });

  it('answers 400 naming each bad filter', async () => {
    const res = await lijst('status=open&bron=huisarts&gemeente=Weert&indicator=Wacht%20tijd&verlopen=misschien&zoek=x&regio=Midden%20Limburg', 'gemeente.weert', 400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['bron', 'gemeente', 'indicator', 'regio', 'status', 'verlopen', 'zoek']);
  });

  it('starts the take-up deadline at intake in working days of the region, and flags it once passed', async () => {
    const vandaag = nederlandseDatum(new Date());
    const item = (await lijst('indicator=jeugdhulp-met-verblijf')).body.items[0];
    expect(item).toMatchObject({ termijnVerstreken: false, termijnen: [{ soort: 'opnemen', uiterlijk: naWerkdagen(vandaag, 10), verstreken: false }] });

    await service.dataSource.query(`UPDATE "${schema()}".termijn SET uiterlijk = $2 WHERE signaal_id = $1`, [verblijf, '2026-01-01']);
    expect(ids(await lijst('verlopen=true'))).toEqual([verblijf]);
    expect(ids(await lijst('verlopen=false'))).toEqual([wachttijd, leudal, partner].sort());
    expect((await lijst('verlopen=true')).body.items[0]).toMatchObject({ termijnVerstreken: true, termijnen: [{ soort: 'opnemen', uiterlijk: '2026-01-01', verstreken: true }] });
  });

  it('reports a passed deadline once with termijn.verstreken.v1, through the outbox', async () => {
    const gemeld = async () =>
      service.dataSource.query(`SELECT payload FROM "${schema()}".outbox WHERE type = 'nl.koers.signalen.termijn.verstreken.v1' AND payload->>'subject' = $1`, [verblijf]);
    await eventually(async () => ((await gemeld()).length === 1 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 600)); // a few more runs of the watch
    const events = await gemeld();
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({
      regio: MLW,
      data: { signaalId: verblijf, soort: 'opnemen', uiterlijk: '2026-01-01', gemeenten: ['GM0988'], titel: 'Meer jongeren in residentiële zorg' },
    });
  });

  it('stops the take-up clock when a signal is rejected or merged, not only when it is taken up', async () => {
    const afgewezen = await dienIn('gemeente.weert', { titel: 'Dubbel ingediend' });
    const samengevoegd = await dienIn('gemeente.weert', { titel: 'Nog eens hetzelfde' });
    await service.dataSource.query(`UPDATE "${schema()}".termijn SET uiterlijk = '2026-01-05' WHERE signaal_id = ANY($1)`, [[afgewezen, samengevoegd]]);
    const stap = async (id: string, body: object) =>
      service.http().post(`/v1/signalen/${id}/statuswijzigingen`).set('authorization', await bearer('gemeente.weert')).send(body).expect(201);
    await stap(afgewezen, { naar: 'afgewezen', reden: 'Staat al in een ander signaal' });
    await stap(samengevoegd, { naar: 'samengevoegd', samengevoegdMet: wachttijd, reden: 'Zelfde trend' });
    const verlopen = ids(await lijst('verlopen=true'));
    expect(verlopen).not.toContain(afgewezen);
    expect(verlopen).not.toContain(samengevoegd);
    const detail = await service.http().get(`/v1/signalen/${afgewezen}`).set('authorization', await bearer('gemeente.weert')).expect(200);
    expect(detail.body).toMatchObject({ termijnen: [], termijnVerstreken: false });
  });

  it('reads today from the service\'s clock: moved past the take-up deadline, the list calls it overdue', async () => {
    const nieuw = await dienIn('gemeente.weert', { titel: 'Langere wachtlijst voor pleegzorg' });
    expect(ids(await lijst('verlopen=true'))).not.toContain(nieuw);
    voorsprong = 40 * 86_400_000;
    try {
      expect(ids(await lijst('verlopen=true'))).toContain(nieuw);
      const item = (await lijst('verlopen=true')).body.items.find((i: { id: string }) => i.id === nieuw);
      expect(item).toMatchObject({ termijnVerstreken: true, termijnen: [{ soort: 'opnemen', verstreken: true }] });
    } finally {
      voorsprong = 0;
    }
  });

  describe('the region\'s deadlines (/v1/termijnen)', () => {
    it('uses 10 and 15 working days until the beheerder sets others; those apply to deadlines that start later', async () => {
      const lezen = await service.http().get('/v1/termijnen').set('authorization', await bearer('client.mlw')).expect(200);
      expect(lezen.body).toEqual({ regio: MLW, opnemenWerkdagen: 10, beantwoordenWerkdagen: 15 });

      await service.http().put('/v1/termijnen').set('authorization', await bearer('gemeente.weert')).send({ opnemenWerkdagen: 5, beantwoordenWerkdagen: 5 }).expect(403);
      const gezet = await service
        .http()
        .put('/v1/termijnen')
        .set('authorization', await bearer('beheerder.mlw'))
        .send({ opnemenWerkdagen: 3, beantwoordenWerkdagen: 20 })
        .expect(200);
      expect(gezet.body).toMatchObject({ regio: MLW, opnemenWerkdagen: 3, beantwoordenWerkdagen: 20, gewijzigdOp: expect.any(String) });

      const nieuw = await dienIn('gemeente.nederweert', { titel: 'Nieuw na de wijziging', gemeenten: ['GM0946'] });
      const item = (await lijst('gemeente=GM0946', 'gemeente.nederweert')).body.items.find((i: { id: string }) => i.id === nieuw);
      expect(item.termijnen[0].uiterlijk).toBe(naWerkdagen(nederlandseDatum(new Date()), 3));
      const ouder = (await lijst('indicator=wachttijd-start-jeugdhulp')).body.items[0];
      expect(ouder.termijnen[0].uiterlijk).toBe(naWerkdagen(nederlandseDatum(new Date()), 10));

      // Another region keeps its own.
      const oost = await service.http().get('/v1/termijnen').set('authorization', await bearer('gemeente.roermond')).expect(200);
      expect(oost.body).toEqual({ regio: 'midden-limburg-oost', opnemenWerkdagen: 10, beantwoordenWerkdagen: 15 });
    });

    it('refuses bad values with 400 naming each, and stores nothing', async () => {
      const res = await service
        .http()
        .put('/v1/termijnen')
        .set('authorization', await bearer('beheerder.mlo'))
        .send({ opnemenWerkdagen: 0, beantwoordenWerkdagen: 'vijftien' })
        .expect(400);
      expect(new Set(res.body.invalidParams.map((p: { name: string }) => p.name))).toEqual(new Set(['beantwoordenWerkdagen', 'opnemenWerkdagen']));
      const oost = await service.http().get('/v1/termijnen').set('authorization', await bearer('beheerder.mlo')).expect(200);
      expect(oost.body).toEqual({ regio: 'midden-limburg-oost', opnemenWerkdagen: 10, beantwoordenWerkdagen: 15 });
    });
  });
});
