import { startTestService, TestService } from '@koers/service-testing';
import { randomUUID } from 'node:crypto';
import { dienstToken, eventually, KEYCLOAK_URL, ServiceProcess, TestIsolation, Verbreker } from '@koers/testing';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, inVoorbereiding as voorbereid, metConsensus as consensus, MLW, OMSCHRIJVING, startSignalen, subVan, uitgaand as uit } from './koerstafel';

/**
 * domain.md §3: a koerstafel starts from a signal that reached consensus in the real signalen (its
 * own process, with monitoring for the region register and the figures of the dossier); tafels reads
 * the signal once as Koers itself and publishes tafel.gestart, on which signalen moves the signal.
 */
describe('tafels: start and participants', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;

  const api = als(() => service);
  const signalenApi = als(() => signalen as ServiceProcess);

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_SIGNALEN_TIMEOUT_MS: '5000' });
  }, 120_000);
  afterAll(async () => {
    await service?.stop();
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  const omschrijving = OMSCHRIJVING;
  const inVoorbereiding = () => voorbereid(signalen as ServiceProcess);
  const metConsensus = () => consensus(signalen as ServiceProcess);
  const plan = (tafelId: string, gebruiker = 'gemeente.weert') => api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, gebruiker, bijeenkomstOver(new Date()));

  const tafelRijen = () => service.dataSource.query(`SELECT id, signaal_id FROM "${service.settings.database.schema}".tafel`);
  const deelnemerRijen = (tafelId: string) =>
    service.dataSource.query(`SELECT rol, alias FROM "${service.settings.database.schema}".deelnemer WHERE tafel_id = $1 ORDER BY toegevoegd_op`, [tafelId]);
  const uitgaand = (tafelId: string) => uit(service, tafelId);

  let tafelId: string;
  let signaalId: string;

  it('starts a table on a signal with consensus, with its problem statement and evidence as they were, and signalen shows tafel_gestart', async () => {
    signaalId = await metConsensus();
    const res = await api.post('/v1/tafels', 'gemeente.weert', { signaalId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ regio: MLW, signaalId, status: 'voorbereiding', titel: 'Wachttijd jeugd-GGZ loopt op', probleemstelling: omschrijving, gemeenten: ['GM0988'], behandelaarGemeente: 'GM0988' });
    tafelId = res.body.id;
    const detail = await api.get(`/v1/tafels/${tafelId}`, 'aanbieder.kompas');
    expect(detail.status).toBe(200);
    expect(detail.body.bewijs.map((b: { soort: string }) => b.soort).sort()).toEqual(['ervaringsinformatie', 'juridisch_kader', 'objectieve_data']);
    expect(detail.body.bewijs.find((b: { soort: string }) => b.soort === 'objectieve_data').inhoud.punten.map((p: { waarde: number }) => p.waarde)).toEqual([1.6, 1.9]);
    expect(detail.body.deelnemers).toEqual([expect.objectContaining({ rol: 'gemeente' })]);
    expect((await uitgaand(tafelId)).map((e) => e.type)).toEqual(['nl.koers.tafels.tafel.gestart.v1', 'nl.koers.tafels.deelnemer.toegevoegd.v1']);

    const gestart = await eventually(async () => {
      const signaal = await signalenApi.get(`/v1/signalen/${signaalId}`, 'gemeente.weert');
      return signaal.body.status === 'tafel_gestart' ? signaal.body : undefined;
    }, 15000);
    expect(gestart.tafelId).toBe(tafelId);
    expect((await api.get(`/v1/tafels?signaal=${signaalId}`, 'client.mlw')).body.items.map((t: { id: string }) => t.id)).toEqual([tafelId]);
  });

  it('is read by signalen as Koers itself: koers-tafels may read a signal, another Koers service may not', async () => {
    const lees = async (dienst: 'tafels' | 'notificaties') =>
      (signalen as ServiceProcess).http().get(`/v1/signalen/${signaalId}`).set({ authorization: `Bearer ${await dienstToken(dienst)}` });
    const tafelsLeest = await lees('tafels');
    expect(tafelsLeest.status).toBe(200);
    expect(tafelsLeest.body).toMatchObject({ id: signaalId, behandelaar: expect.any(String), dossier: expect.any(Array) });
    expect((await lees('notificaties')).status).toBe(403);
  });

  it('starts one table per signal: a second start is refused', async () => {
    const res = await api.post('/v1/tafels', 'gemeente.weert', { signaalId });
    expect(res.status).toBe(409);
    expect((await tafelRijen()).filter((t: { signaal_id: string }) => t.signaal_id === signaalId)).toHaveLength(1);
  });

  it('refuses a signal without consensus with 409 naming its status, and stores nothing', async () => {
    const id = await inVoorbereiding();
    const res = await api.post('/v1/tafels', 'gemeente.weert', { signaalId: id });
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ huidigeStatus: 'in_voorbereiding', ontbreekt: ["status 'consensus_bereikt'"] });
    expect((await tafelRijen()).filter((t: { signaal_id: string }) => t.signaal_id === id)).toEqual([]);
  });

  it('lets only the behandelaar start: another gemeente 403, a provider 403, and stores nothing', async () => {
    const id = await metConsensus();
    expect((await api.post('/v1/tafels', 'gemeente.leudal', { signaalId: id })).status).toBe(403);
    expect((await api.post('/v1/tafels', 'aanbieder.horizon', { signaalId: id })).status).toBe(403);
    expect((await tafelRijen()).filter((t: { signaal_id: string }) => t.signaal_id === id)).toEqual([]);
  });

  it('answers 400 to bad input and stores nothing', async () => {
    const voor = (await tafelRijen()).length;
    const res = await api.post('/v1/tafels', 'gemeente.weert', { signaalId: 'geen-id', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['extra', 'signaalId']);
    expect((await tafelRijen()).length).toBe(voor);
    const tekst = await api.patch(`/v1/tafels/${tafelId}`, 'gemeente.weert', { probleemstelling: 'De jongere met BSN 111222333 wacht al maanden.' });
    expect(tekst.status).toBe(400);
    expect(tekst.body.invalidParams).toEqual([expect.objectContaining({ name: 'probleemstelling', code: 'persoonsgegevens' })]);
    expect((await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.probleemstelling).toBe(omschrijving);
    expect((await api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: '' })).status).toBe(400);
  });

  it('lets the gemeente edit the problem statement', async () => {
    const nieuw = 'Wachttijden voor jeugd-GGZ in Weert lopen op; samen zoeken we naar passende hulp in de tussentijd.';
    const res = await api.patch(`/v1/tafels/${tafelId}`, 'gemeente.weert', { probleemstelling: nieuw });
    expect(res.status).toBe(200);
    expect((await api.get(`/v1/tafels/${tafelId}`, 'client.mlw')).body.probleemstelling).toBe(nieuw);
    expect((await api.patch(`/v1/tafels/${tafelId}`, 'gemeente.leudal', { probleemstelling: nieuw })).status).toBe(403);
    expect((await api.patch(`/v1/tafels/${tafelId}`, 'aanbieder.horizon', { probleemstelling: nieuw })).status).toBe(403);
  });

  it('answers 404 on every route to another region, exactly as for a table that does not exist', async () => {
    const ontbrekend = '00000000-0000-4000-8000-000000000000';
    for (const id of [tafelId, ontbrekend]) {
      expect((await api.get(`/v1/tafels/${id}`, 'gemeente.roermond')).status).toBe(404);
      expect((await api.patch(`/v1/tafels/${id}`, 'gemeente.roermond', { probleemstelling: 'Wachttijden lopen op.' })).status).toBe(404);
      expect((await plan(id, 'gemeente.roermond')).status).toBe(404);
      expect((await api.post(`/v1/tafels/${id}/gasten`, 'client.mlo', { alias: 'Zeester' })).status).toBe(404);
    }
    expect((await api.post('/v1/tafels', 'gemeente.roermond', { signaalId })).status).toBe(404);
    expect((await api.get('/v1/tafels', 'gemeente.roermond')).body.items.map((t: { id: string }) => t.id)).not.toContain(tafelId);
    expect(await deelnemerRijen(tafelId)).toHaveLength(1);
  });

  it('registers guests only through a client representative of a client organisation, by an alias without personal data', async () => {
    expect((await api.post(`/v1/tafels/${tafelId}/gasten`, 'aanbieder.horizon', { alias: 'Zeester' })).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/gasten`, 'gemeente.weert', { alias: 'Zeester' })).status).toBe(403);
    const naam = await api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: 'moeder Jansen' });
    expect(naam.status).toBe(400);
    expect(naam.body.invalidParams).toEqual([expect.objectContaining({ name: 'alias', code: 'persoonsgegevens' })]);
    expect(JSON.stringify(naam.body)).not.toContain('Jansen');
    expect(await deelnemerRijen(tafelId)).toEqual([{ rol: 'gemeente', alias: null }]);
  });

  it('cannot be planned without a participant on the client side; a guest brought by the client council makes it possible', async () => {
    const zonder = await plan(tafelId);
    expect(zonder.status).toBe(409);
    expect(zonder.body).toMatchObject({ huidigeStatus: 'voorbereiding', ontbreekt: [expect.stringContaining('cliëntzijde')] });

    const gast = await api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: 'Zonnebloem' });
    expect(gast.status).toBe(201);
    expect(gast.body).toMatchObject({ rol: 'gast', organisatie: 'clientenraad-mlw', alias: 'Zonnebloem' });
    expect((await api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: 'zonnebloem' })).status).toBe(409);
    const toegevoegd = (await uitgaand(tafelId)).filter((e) => e.type === 'nl.koers.tafels.deelnemer.toegevoegd.v1').at(-1);
    expect(toegevoegd?.data).toEqual({ tafelId, deelnemerId: gast.body.id, regio: MLW, rol: 'gast', organisatie: 'clientenraad-mlw', toegevoegdOp: expect.any(String) });

    expect((await plan(tafelId, 'gemeente.leudal')).status).toBe(403);
    expect((await plan(tafelId)).status).toBe(201);
    expect((await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.status).toBe('gepland');
  });

  it('shows a guest’s alias only to the participants, the client council that brought them, the jurists and the beheerder', async () => {
    const alias = async (gebruiker: string) => (await api.get(`/v1/tafels/${tafelId}`, gebruiker)).body.deelnemers.find((d: { rol: string }) => d.rol === 'gast');
    for (const gebruiker of ['gemeente.weert', 'client.mlw', 'jurist.mlw', 'beheerder.mlw']) expect(await alias(gebruiker)).toMatchObject({ alias: 'Zonnebloem' });
    for (const gebruiker of ['gemeente.leudal', 'aanbieder.kompas']) {
      const gast = await alias(gebruiker);
      expect(gast).toMatchObject({ rol: 'gast', organisatie: 'clientenraad-mlw' });
      expect(gast.alias).toBeUndefined();
    }
  });

  describe('users of the region as participants', () => {
    const schema = () => service.settings.database.schema;
    let tweede: string;

    beforeAll(async () => {
      const res = await api.post('/v1/tafels', 'gemeente.weert', { signaalId: await metConsensus() });
      expect(res.status).toBe(201);
      tweede = res.body.id;
    }, 60_000);

    it('seats a provider, a client representative and a jurist with their role from Keycloak, each through the outbox with ids and roles only', async () => {
      for (const [gebruiker, rol] of [['aanbieder.kompas', 'aanbieder'], ['client.mlw', 'clientvertegenwoordiger'], ['jurist.mlw', 'jurist']]) {
        const sub = await subVan(gebruiker);
        const res = await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.weert', { sub });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ rol, sub });
        const event = (await uitgaand(tweede)).filter((e) => e.type === 'nl.koers.tafels.deelnemer.toegevoegd.v1').at(-1);
        expect(event?.data).toEqual({ tafelId: tweede, deelnemerId: res.body.id, regio: MLW, rol, sub, toegevoegdOp: expect.any(String) });
      }
      expect((await deelnemerRijen(tweede)).map((d: { rol: string }) => d.rol)).toEqual(['gemeente', 'aanbieder', 'clientvertegenwoordiger', 'jurist']);
    });

    it('shows the professionals’ names within the region, not the client representative’s, and never in events', async () => {
      const deelnemers = (await api.get(`/v1/tafels/${tweede}`, 'gemeente.leudal')).body.deelnemers as Array<{ rol: string; naam?: string }>;
      expect(Object.fromEntries(deelnemers.map((d) => [d.rol, d.naam]))).toEqual({ gemeente: 'Annelies Janssen', aanbieder: 'Yara Leenders', clientvertegenwoordiger: undefined, jurist: 'Pieter Coenen' });
      expect(JSON.stringify(await uitgaand(tweede))).not.toMatch(/Janssen|Leenders|Hermans|Coenen/);
    });

    describe('finding whom to seat, by name or organisation', () => {
      type Kandidaat = { sub: string; rol: string; naam?: string; organisatie?: string; aanTafel: boolean };
      const kandidaten = (query: string, gebruiker = 'gemeente.weert', tafel = tweede) => api.get(`/v1/tafels/${tafel}/kandidaten${query}`, gebruiker);
      const gevonden = async (zoek: string): Promise<Kandidaat[]> => {
        const res = await kandidaten(`?zoek=${encodeURIComponent(zoek)}`);
        expect(res.status).toBe(200);
        return res.body.items;
      };

      it('finds the region’s people by every word of the search, parts of names, organisations, without minding capitals or accents', async () => {
        expect(await gevonden('annelies JANS')).toEqual([{ sub: await subVan('gemeente.weert'), rol: 'gemeente', naam: 'Annelies Janssen', aanTafel: true }]);
        expect(await gevonden('Cóenen')).toEqual([{ sub: await subVan('jurist.mlw'), rol: 'jurist', naam: 'Pieter Coenen', aanTafel: true }]);
        expect(await gevonden('linden horizon')).toEqual([{ sub: await subVan('aanbieder.horizon'), rol: 'aanbieder', naam: 'Joost van der Linden', organisatie: 'zorggroep-horizon', aanTafel: false }]);
        expect(await gevonden('Peeters')).toEqual([expect.objectContaining({ sub: await subVan('gemeente.leudal'), aanTafel: false })]);
        expect(await gevonden('Janssen Peeters')).toEqual([]);
        // Another region's people, and a beheerder, who has no role at a table.
        for (const zoek of ['Smeets', 'Willems', 'Gielen', 'Verheijen']) expect(await gevonden(zoek)).toEqual([]);
      });

      it('lists a client representative without their name, as the table shows them, whether found by name or organisation', async () => {
        const client = { sub: await subVan('client.mlw'), rol: 'clientvertegenwoordiger', organisatie: 'clientenraad-mlw', aanTafel: true };
        expect(await gevonden('hermans')).toEqual([client]);
        expect(await gevonden('Cliëntenraad')).toEqual([client]);
        const alles = await kandidaten('?paginaGrootte=100');
        expect(JSON.stringify(alles.body)).not.toMatch(/Hermans|Els /);
      });

      it('pages like the other lists: the pages together are the whole list, people already seated marked', async () => {
        const alles = await kandidaten('?paginaGrootte=100');
        expect(alles.status).toBe(200);
        const lijst = alles.body.items as Kandidaat[];
        expect(alles.body).toMatchObject({ totaal: lijst.length, pagina: 1, paginaGrootte: 100 });
        const subs = lijst.map((k) => k.sub);
        for (const gebruiker of ['gemeente.weert', 'gemeente.leudal', 'gemeente.nederweert', 'aanbieder.horizon', 'aanbieder.kompas', 'jurist.mlw', 'jurist.horizon', 'client.mlw']) {
          expect(subs).toContain(await subVan(gebruiker));
        }
        for (const gebruiker of ['beheerder.mlw', 'gemeente.roermond', 'client.mlo', 'aanbieder.maasveld']) expect(subs).not.toContain(await subVan(gebruiker));
        expect(new Set(subs).size).toBe(subs.length);
        expect(lijst.filter((k) => k.aanTafel).map((k) => k.sub).sort()).toEqual((await Promise.all(['gemeente.weert', 'aanbieder.kompas', 'client.mlw', 'jurist.mlw'].map(subVan))).sort());
        const paginas = [];
        for (let pagina = 1; pagina <= Math.ceil(lijst.length / 3); pagina++) {
          const res = await kandidaten(`?pagina=${pagina}&paginaGrootte=3`);
          expect(res.body).toMatchObject({ totaal: lijst.length, pagina, paginaGrootte: 3 });
          paginas.push(...res.body.items);
        }
        expect(paginas).toEqual(lijst);
        expect((await kandidaten(`?pagina=${Math.ceil(lijst.length / 3) + 1}&paginaGrootte=3`)).body.items).toEqual([]);
      });

      it('answers 400 problem+json naming each bad parameter', async () => {
        const res = await kandidaten(`?pagina=0&paginaGrootte=101&zoek=${'a'.repeat(101)}`);
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['pagina', 'paginaGrootte', 'zoek']);
        expect((await kandidaten('?pagina=twee')).status).toBe(400);
      });

      it('is only for the behandelaar: another gemeente and a provider 403; another region’s table or none 404', async () => {
        expect((await kandidaten('', 'gemeente.leudal')).status).toBe(403);
        expect((await kandidaten('', 'aanbieder.kompas')).status).toBe(403);
        expect((await kandidaten('', 'client.mlw')).status).toBe(403);
        expect((await kandidaten('', 'gemeente.roermond')).status).toBe(404);
        expect((await kandidaten('', 'gemeente.weert', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      });
    });

    it('refuses a duplicate with 409 and stores nothing', async () => {
      const res = await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.weert', { sub: await subVan('aanbieder.kompas') });
      expect(res.status).toBe(409);
      expect(await deelnemerRijen(tweede)).toHaveLength(4);
    });

    it('answers 404 for a user of another region, exactly as for one that does not exist, and 400 for a user without a role at the table', async () => {
      const ontbrekend = '00000000-0000-4000-8000-000000000000';
      const antwoorden = [];
      for (const sub of [await subVan('aanbieder.maasveld'), await subVan('client.mlo'), ontbrekend]) {
        const res = await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.weert', { sub });
        expect(res.status).toBe(404);
        antwoorden.push(res.body.detail.replace(sub, '<sub>'));
      }
      expect(new Set(antwoorden).size).toBe(1);
      expect(JSON.stringify(antwoorden)).not.toMatch(/midden-limburg-oost|maasveld/);
      const beheerder = await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.weert', { sub: await subVan('beheerder.mlw') });
      expect(beheerder.status).toBe(400);
      expect(beheerder.body.invalidParams).toEqual([expect.objectContaining({ name: 'sub', code: 'geen-tafelrol' })]);
      expect((await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.weert', { sub: 'client.mlw' })).status).toBe(400);
      expect(await deelnemerRijen(tweede)).toHaveLength(4);
    });

    it('lets only the behandelaar add: another gemeente and a provider 403; another region’s table 404', async () => {
      const sub = await subVan('gemeente.nederweert');
      expect((await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.leudal', { sub })).status).toBe(403);
      expect((await api.post(`/v1/tafels/${tweede}/deelnemers`, 'aanbieder.kompas', { sub })).status).toBe(403);
      expect((await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.roermond', { sub: await subVan('client.mlo') })).status).toBe(404);
      expect(await deelnemerRijen(tweede)).toHaveLength(4);
    });

    it('plans the table with a client representative user on the client side, no guest needed', async () => {
      expect((await plan(tweede)).status).toBe(201);
      expect((await api.get(`/v1/tafels/${tweede}`, 'gemeente.weert')).body.status).toBe('gepland');
    });

    it('refuses a participant once the table is afgerond, with 409 naming the status', async () => {
      await service.dataSource.query(`UPDATE "${schema()}".tafel SET status = 'afgerond' WHERE id = $1`, [tweede]);
      const res = await api.post(`/v1/tafels/${tweede}/deelnemers`, 'gemeente.weert', { sub: await subVan('gemeente.nederweert') });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ huidigeStatus: 'afgerond' });
      expect(await deelnemerRijen(tweede)).toHaveLength(4);
    });
  });

  describe('when Keycloak cannot be reached', () => {
    let verbreker: Verbreker;
    let zonderKeycloak: TestService;

    beforeAll(async () => {
      verbreker = await Verbreker.voor(KEYCLOAK_URL);
      zonderKeycloak = await startTestService(tafels, new TestIsolation(), {
        KEYCLOAK_REALM_URL: `${verbreker.url}/realms/koers`,
        KEYCLOAK_ISSUER_URL: service.settings.keycloak.issuerUrl,
        TAFELS_SIGNALEN_URL: (signalen as ServiceProcess).url,
      });
    }, 60_000);
    afterAll(async () => {
      await zonderKeycloak?.stop();
      await verbreker?.stop();
    });

    it('answers 503 problem+json to the search for whom to seat', async () => {
      const id = randomUUID();
      const schema = zonderKeycloak.settings.database.schema;
      await zonderKeycloak.dataSource.query(
        `INSERT INTO "${schema}".tafel (id, regio, signaal_id, gemeenten, titel, probleemstelling, status, behandelaar_sub, behandelaar_gemeente, gestart_op)
         VALUES ($1, $2, $3, '{GM0988}', 'Wachttijd jeugd-GGZ loopt op', $4, 'voorbereiding', $5, 'GM0988', now())`,
        [id, MLW, randomUUID(), omschrijving, await subVan('gemeente.weert')],
      );
      const zoek = () => als(() => zonderKeycloak).get(`/v1/tafels/${id}/kandidaten?zoek=Janssen`, 'gemeente.weert');
      // Read the realm's keys first, as any request does; then Keycloak goes away.
      expect((await als(() => zonderKeycloak).get(`/v1/tafels/${randomUUID()}/kandidaten`, 'gemeente.weert')).status).toBe(404);
      verbreker.weigerVolgende(1000);
      try {
        const res = await zoek();
        expect(res.status).toBe(503);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).toMatchObject({ status: 503, type: expect.stringContaining('gebruikers-onbekend') });
        expect(verbreker.geweigerd).toBeGreaterThan(0);
      } finally {
        verbreker.weigerVolgende(0);
      }
      expect((await zoek()).body.items).toEqual([expect.objectContaining({ naam: 'Annelies Janssen' })]);
    });
  });
});
