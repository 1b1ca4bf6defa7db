import { randomUUID } from 'node:crypto';
import { AFWIJKING_GEKOPPELD_V1, createCloudEvent, monitoringplanAangemaaktV1, monitoringplanBevestigdV1, monitoringplanGeevalueerdV1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { dienstToken, eventually, ServiceProcess, TestIsolation } from '@koers/testing';
import { AfrondingHandlers } from '../src/afronding/afronding.handlers';
import { MonitoringplanHandlers } from '../src/afspraak/monitoringplan.handlers';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, metConsensus, MLW, startSignalen, subVan, uitgaand } from './koerstafel';

/**
 * domain.md §3: the behandelaar closes a table in monitoring once every agreement reached its effect
 * or was stopped with a reason, with what was learned; the region searches those lessons; nothing on
 * the closed table changes; the deviations signalen joined to the running table show in its
 * follow-up. Real signalen and monitoring processes and real Keycloak users; monitoring's plan
 * events are handed to tafels' handlers in the transaction the consumer would give them, as in
 * afspraken.e2e-spec.ts.
 */
describe('tafels: closing a koerstafel with its lessons', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;
  const begin = Date.now();
  let verschuiving = 0;
  const klok = { nu: () => new Date(Date.parse('2027-03-02T09:00:00Z') + verschuiving + (Date.now() - begin)) };
  const api = als(() => service);
  const rijen = (sql: string, params: unknown[] = []) => service.dataSource.query(sql.replaceAll('$schema', `"${service.settings.database.schema}"`), params);
  const tafelStatus = async () => (await rijen('SELECT status FROM $schema.tafel WHERE id = $1', [tafelId]))[0].status;
  const handlers = () => service.app.get(MonitoringplanHandlers);
  const inTransactie = <T>(werk: (manager: never) => Promise<T>) => service.dataSource.transaction((manager) => werk(manager as never));
  const bron = { source: 'urn:koers:monitoring' };

  let tafelId: string;
  let signaalId: string;
  let bijeenkomstId: string;
  const plannen = new Map<string, string>();
  let wachtlijst: string;
  let scholing: string;

  const lessen = {
    watWerkte: 'Overbruggingsgesprekken hielden de wachtlijst kort: jongeren bleven in beeld.',
    watWerkteNiet: 'Een brief alleen bereikte weinig ouders.',
    voorWie: 'Jongeren van 12 tot 18 die op een intake wachten, en hun ouders',
  };
  const afronding = (body: object = { leerervaringen: lessen }, gebruiker = 'gemeente.weert') => api.post(`/v1/tafels/${tafelId}/afronding`, gebruiker, body);

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url }, { klok });
    expect((await als(() => monitoring as ServiceProcess).post('/v1/register/herpublicaties', 'beheerder.mlw', {})).status).toBe(202);
    signaalId = await metConsensus(signalen);
    const start = await api.post('/v1/tafels', 'gemeente.weert', { signaalId });
    expect(start.status).toBe(201);
    tafelId = start.body.id;
    for (const gebruiker of ['aanbieder.horizon', 'client.mlw']) {
      expect((await api.post(`/v1/tafels/${tafelId}/deelnemers`, 'gemeente.weert', { sub: await subVan(gebruiker) })).status).toBe(201);
    }
    expect((await api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: 'Zeester' })).status).toBe(201);
    const bijeenkomst = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu()));
    expect(bijeenkomst.status).toBe(201);
    bijeenkomstId = bijeenkomst.body.id;
    verschuiving = 8 * 86_400_000;
    const deelnemers = (await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.deelnemers as Array<{ id: string }>;
    const verslag = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}/verslag`, 'gemeente.weert', {
      probleem: 'Jongeren wachten langer dan twaalf weken op een intake.',
      wieMoetMeedoen: 'De gemeente Weert, Zorggroep Horizon en de cliëntenraad.',
      stappen: 'Overbruggingsgesprekken en een training voor de wijkteams.',
      aanwezigen: deelnemers.map((d) => d.id),
    });
    expect(verslag.status).toBe(201);
    const afspraak = (omschrijving: string) => ({ soort: 'werkafspraak', omschrijving, eigenaar: 'zorggroep-horizon', deadline: '2027-09-30', rechtsgrond: 'Jeugdwet art. 2.3', gemeente: 'GM0988', bijeenkomstId });
    wachtlijst = (await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak('Overbruggingsgesprek binnen twee weken voor elke jongere op de wachtlijst.'))).body.id;
    scholing = (await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak('Scholing van de wijkteams over de wachttijden.'))).body.id;
    for (const id of [wachtlijst, scholing]) {
      expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' })).status).toBe(201);
      const monitoringplanId = randomUUID();
      plannen.set(id, monitoringplanId);
      await inTransactie((manager) =>
        handlers().aangemaakt(
          monitoringplanAangemaaktV1.build(
            { monitoringplanId, regio: MLW, onderwerp: { soort: 'afspraak', id }, indicatoren: ['jeugdhulp-met-verblijf'], evaluatiedatum: '2028-01-01', aangemaaktOp: klok.nu().toISOString() },
            bron,
          ),
          manager,
        ),
      );
    }
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  it('refuses closing before monitoring naming the state (409), anyone but the behandelaar (403), another region (404)', async () => {
    const voorbarig = await afronding();
    expect(voorbarig.status).toBe(409);
    expect(voorbarig.headers['content-type']).toContain('application/problem+json');
    expect(voorbarig.body).toMatchObject({ huidigeStatus: 'gehouden' });
    expect(voorbarig.body.detail).toContain("'gehouden'");
    expect((await afronding(undefined, 'aanbieder.horizon')).status).toBe(403);
    expect((await afronding(undefined, 'client.mlw')).status).toBe(403);
    expect((await afronding(undefined, 'gemeente.roermond')).status).toBe(404);
    expect((await api.post(`/v1/tafels/${randomUUID()}/afronding`, 'gemeente.weert', { leerervaringen: lessen })).status).toBe(404);
  });

  it('shows the deviations signalen joined to the running table, once, and refuses one for another signal', async () => {
    const gekoppeld = createCloudEvent({
      type: AFWIJKING_GEKOPPELD_V1,
      source: 'urn:nld:oin:00000000000000000000:systeem:koers-signalen',
      regio: MLW,
      data: { signaalId, tafelId, regio: MLW, afwijkingId: randomUUID(), gemeente: 'GM0988', indicator: 'jeugdhulp-met-verblijf', regel: 'verkeerde_kant_van_doel', laatstePeriode: '2025-Q3', gekoppeldOp: klok.nu().toISOString() },
    });
    await isolation.publish(gekoppeld);
    const lijst = await eventually(async () => {
      const res = await api.get(`/v1/tafels/${tafelId}/afwijkingen`, 'aanbieder.kompas');
      return res.body.length ? res : undefined;
    });
    expect(lijst.body).toEqual([{ afwijkingId: gekoppeld.data.afwijkingId, signaalId, gemeente: 'GM0988', indicator: 'jeugdhulp-met-verblijf', regel: 'verkeerde_kant_van_doel', laatstePeriode: '2025-Q3', gekoppeldOp: expect.any(String) }]);
    await isolation.publish(gekoppeld);
    expect(await inTransactie((manager) => service.app.get(AfrondingHandlers).afwijkingGekoppeld(gekoppeld as never, manager))).toBeUndefined();
    expect((await api.get(`/v1/tafels/${tafelId}/afwijkingen`, 'gemeente.weert')).body).toHaveLength(1);
    await expect(inTransactie((manager) => service.app.get(AfrondingHandlers).afwijkingGekoppeld({ ...gekoppeld, data: { ...gekoppeld.data, signaalId: randomUUID() } } as never, manager))).rejects.toThrow(/niet gestart op signaal/);
    expect((await api.get(`/v1/tafels/${tafelId}/afwijkingen`, 'gemeente.roermond')).status).toBe(404);
  });

  it('refuses closing in monitoring while an agreement neither reached its effect nor was stopped, naming each; nothing stored', async () => {
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert', {})).status).toBe(201);
    for (const [id, monitoringplanId] of plannen) {
      await inTransactie((manager) =>
        handlers().bevestigd(
          monitoringplanBevestigdV1.build({ monitoringplanId, regio: MLW, onderwerp: { soort: 'afspraak', id }, evaluatiedatum: '2028-01-01', nulmetingCompleet: true, bevestigdOp: klok.nu().toISOString() }, bron),
          manager,
        ),
      );
    }
    expect(await tafelStatus()).toBe('monitoring');
    const res = await afronding();
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      huidigeStatus: 'monitoring',
      ontbreekt: [
        "effect bereikt of een reden om te stoppen bij afspraak 'Overbruggingsgesprek binnen twee weken voor elke jongere ...'",
        "effect bereikt of een reden om te stoppen bij afspraak 'Scholing van de wijkteams over de wachttijden.'",
      ],
    });
    expect(await tafelStatus()).toBe('monitoring');
    expect(await rijen('SELECT * FROM $schema.leerervaring')).toEqual([]);
  });

  it('refuses lessons that are missing, blank or hold personal data (400 naming the field); nothing stored', async () => {
    const zonder = await afronding({});
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'leerervaringen' })]));
    const leeg = await afronding({ leerervaringen: { ...lessen, voorWie: '   ' } });
    expect(leeg.status).toBe(400);
    const naam = await afronding({ leerervaringen: { ...lessen, watWerkteNiet: 'Mevrouw Jansen kreeg de brief niet.' } });
    expect(naam.status).toBe(400);
    expect(JSON.stringify(naam.body)).toContain('leerervaringen.watWerkteNiet');
    expect(JSON.stringify(naam.body)).not.toContain('Jansen');
    expect(await tafelStatus()).toBe('monitoring');
    expect(await rijen('SELECT * FROM $schema.leerervaring')).toEqual([]);
  });

  it('closes once one agreement reached its effect and the other was stopped with a reason: the lessons, the fact, the guest’s alias gone', async () => {
    await inTransactie((manager) =>
      handlers().geevalueerd(
        monitoringplanGeevalueerdV1.build(
          {
            monitoringplanId: plannen.get(wachtlijst) as string,
            regio: MLW,
            onderwerp: { soort: 'afspraak', id: wachtlijst },
            oordeel: 'effect_bereikt',
            toelichting: 'Het aandeel daalde naar de doelwaarde.',
            indicatoren: [{ indicator: 'jeugdhulp-met-verblijf', oordeel: 'effect_bereikt', doelwaarde: 1.5, richting: 'maximaal', gemeenten: [{ gemeente: 'GM0988', nulmeting: 1.9, laatstePeriode: '2027-Q4', laatsteWaarde: 1.4, doelBereikt: true }] }],
            geevalueerdOp: klok.nu().toISOString(),
          },
          bron,
        ),
        manager,
      ),
    );
    const eenOver = await afronding();
    expect(eenOver.status).toBe(409);
    expect(eenOver.body.ontbreekt).toEqual(["effect bereikt of een reden om te stoppen bij afspraak 'Scholing van de wijkteams over de wachttijden.'"]);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${scholing}/voortgang`, 'aanbieder.horizon', { voortgang: 'gestopt', reden: 'De wijkteams volgen de regionale training.' })).status).toBe(201);

    const res = await afronding();
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ tafelId, regio: MLW, titel: expect.any(String), gemeenten: ['GM0988'], ...lessen, afgerondOp: expect.any(String), status: 'afgerond' });
    expect(await tafelStatus()).toBe('afgerond');
    const feiten = (await uitgaand(service, tafelId)).filter((e) => e.type === 'nl.koers.tafels.tafel.afgerond.v1');
    expect(feiten).toEqual([{ type: 'nl.koers.tafels.tafel.afgerond.v1', data: { tafelId, regio: MLW, signaalId, afgerondOp: res.body.afgerondOp } }]);
    const [gast] = await rijen(`SELECT id, rol, organisatie, alias, alias_verwijderd_op FROM $schema.deelnemer WHERE tafel_id = $1 AND rol = 'gast'`, [tafelId]);
    expect(gast).toMatchObject({ rol: 'gast', organisatie: expect.any(String), alias: null, alias_verwijderd_op: expect.any(Date) });
    const detail = await api.get(`/v1/tafels/${tafelId}`, 'client.mlw');
    expect(detail.body.deelnemers.find((d: { id: string }) => d.id === gast.id)).not.toHaveProperty('alias');
    expect((await api.get(`/v1/tafels/${tafelId}/afronding`, 'jurist.mlw')).body).toMatchObject(lessen);
  });

  it('changes nothing on the closed table: no meeting, minutes, agreement, progress, participant, problem statement, second close or late verdict', async () => {
    const weigeringen = await Promise.all([
      api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu())),
      api.patch(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}`, 'gemeente.weert', { agenda: 'Nog eens.' }),
      api.post(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}/verslag/opmerkingen`, 'aanbieder.horizon', { tekst: 'Nog een opmerking.' }),
      api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', { soort: 'overig', omschrijving: 'Nog iets.', eigenaar: 'zorggroep-horizon', deadline: '2027-12-31', rechtsgrond: 'Jeugdwet art. 2.3', gemeente: 'GM0988', bijeenkomstId }),
      api.post(`/v1/tafels/${tafelId}/afspraken/${wachtlijst}/voortgang`, 'aanbieder.horizon', { voortgang: 'uitgevoerd' }),
      api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: 'Dolfijn' }),
      api.patch(`/v1/tafels/${tafelId}`, 'gemeente.weert', { probleemstelling: 'Een andere probleemstelling.' }),
      afronding(),
    ]);
    for (const res of weigeringen) {
      expect(res.status).toBe(409);
      expect(res.body.huidigeStatus).toBe('afgerond');
    }
    const laat = await inTransactie((manager) =>
      handlers().geevalueerd(
        monitoringplanGeevalueerdV1.build(
          { monitoringplanId: plannen.get(wachtlijst) as string, regio: MLW, onderwerp: { soort: 'afspraak', id: wachtlijst }, oordeel: 'niet_bereikt', toelichting: 'Later gemeten.', indicatoren: [], geevalueerdOp: new Date(klok.nu().getTime() + 86_400_000).toISOString() },
          bron,
        ),
        manager,
      ),
    );
    expect(laat).toBeUndefined();
    expect((await rijen('SELECT oordeel FROM $schema.afspraak WHERE id = $1', [wachtlijst]))[0].oordeel).toBe('effect_bereikt');
    expect((await rijen('SELECT bijsturing_nodig FROM $schema.tafel WHERE id = $1', [tafelId]))[0].bijsturing_nodig).toBe(false);
  });

  it('lets everyone of the region search the lessons in Dutch, paged, newest first; another region sees none', async () => {
    for (const gebruiker of ['gemeente.leudal', 'aanbieder.kompas', 'client.mlw', 'jurist.mlw', 'beheerder.mlw']) {
      const res = await api.get('/v1/leerervaringen?zoek=wachtlijsten', gebruiker);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ totaal: 1, pagina: 1, paginaGrootte: 20, items: [{ tafelId, ...lessen }] });
    }
    expect((await api.get('/v1/leerervaringen?zoek=ouder', 'gemeente.weert')).body.totaal).toBe(1);
    expect((await api.get('/v1/leerervaringen?zoek=pleegzorg', 'gemeente.weert')).body).toMatchObject({ totaal: 0, items: [] });
    expect((await api.get('/v1/leerervaringen', 'gemeente.weert')).body.totaal).toBe(1);
    expect((await api.get('/v1/leerervaringen?zoek=', 'gemeente.weert')).body.totaal).toBe(1);
    expect((await api.get('/v1/leerervaringen?pagina=2&paginaGrootte=1', 'gemeente.weert')).body).toMatchObject({ totaal: 1, items: [] });
    expect((await api.get('/v1/leerervaringen?paginaGrootte=500', 'gemeente.weert')).status).toBe(400);
    expect((await api.get('/v1/leerervaringen?zoek=wachtlijst', 'gemeente.roermond')).body).toMatchObject({ totaal: 0, items: [] });
    expect((await api.get(`/v1/leerervaringen?regio=midden-limburg-oost`, 'gemeente.weert')).body.totaal).toBe(0);
    expect((await api.get(`/v1/tafels/${tafelId}/afronding`, 'gemeente.roermond')).status).toBe(404);
    const systeem = await service.http().get('/v1/leerervaringen').set({ authorization: `Bearer ${await dienstToken('notificaties')}` });
    expect(systeem.status).toBe(403);
  });

  it('tells notificaties who is at the table (for guests who brought them), never an alias; people get 403', async () => {
    const token = await dienstToken('notificaties');
    const res = await service.http().get(`/v1/tafels/${tafelId}/ontvangers`).set({ authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tafelId, regio: MLW, status: 'afgerond', portaalPad: `/tafels/${tafelId}` });
    expect(res.body.ontvangers).toEqual(
      expect.arrayContaining([
        { sub: await subVan('gemeente.weert'), rol: 'gemeente' },
        { sub: await subVan('aanbieder.horizon'), rol: 'aanbieder' },
        { sub: await subVan('client.mlw'), rol: 'clientvertegenwoordiger', namensGasten: 1 },
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain('Zeester');
    expect((await api.get(`/v1/tafels/${tafelId}/ontvangers`, 'gemeente.weert')).status).toBe(403);
    expect((await service.http().get(`/v1/tafels/${randomUUID()}/ontvangers`).set({ authorization: `Bearer ${token}` })).status).toBe(404);
  });
});
