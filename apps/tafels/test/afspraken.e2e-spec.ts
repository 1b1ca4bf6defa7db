import { randomUUID } from 'node:crypto';
import { MonitoringOordeel, monitoringplanAangemaaktV1, monitoringplanBevestigdV1, monitoringplanGeevalueerdV1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, serviceAccountToken, ServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { MonitoringplanHandlers } from '../src/afspraak/monitoringplan.handlers';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, metConsensus, MLW, startSignalen, subVan, uitgaand } from './koerstafel';
import { pdfTekst } from './pdf-tekst';

/**
 * domain.md §3: agreements of a koerstafel — drafted by the behandelaar, checked by a jurist of the
 * region, linked to their monitoring plans by monitoring's events, recorded with the table's step,
 * reported on by their owner. Real signalen and monitoring processes, real Keycloak users.
 *
 * One thing is not reachable through the API yet and is put in place by a fixture marked FIXTURE:
 * the table coming back to `gehouden` after bijsturen (a later slice). Monitoring's side (plans for agreements) is being built
 * beside this one; until it lands the plan events are handed to tafels' handlers directly, built by
 * their contracts, in the transaction the consumer would give them.
 */
describe('tafels: agreements with legal checks and monitoring plans', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;
  // The meeting is planned on 2 March; the clock then moves on past it to 23:30 UTC on 10 March,
  // which is already 11 March in the Netherlands: a deadline of the 10th is past. It runs on from
  // there, so what is drafted later is later.
  const begin = Date.now();
  let verschuiving = 0;
  const klok = { nu: () => new Date(Date.parse('2027-03-02T23:30:00Z') + verschuiving + (Date.now() - begin)) };

  const api = als(() => service);
  const schema = () => service.settings.database.schema;
  const rijen = (sql: string, params: unknown[] = []) => service.dataSource.query(sql.replaceAll('$schema', `"${schema()}"`), params);
  const afspraakRijen = (tafelId: string) => rijen('SELECT id, status, toetsing, versie, monitoringplan_id, plan_bevestigd FROM $schema.afspraak WHERE tafel_id = $1 ORDER BY opgesteld_op, id', [tafelId]);
  const alleUitgaand = async () => (await rijen('SELECT payload FROM $schema.outbox ORDER BY position')).map((r: { payload: { type: string } }) => r.payload.type);
  const tafelStatus = async (tafelId: string) => (await rijen('SELECT status FROM $schema.tafel WHERE id = $1', [tafelId]))[0].status;
  /** FIXTURE: the status a step of a later slice (bijsturen) brings the table to. */
  const zetTafelStatus = (tafelId: string, status: string) => rijen('UPDATE $schema.tafel SET status = $2 WHERE id = $1', [tafelId, status]);
  const metSleutel = async (pad: string, body: object, sleutel: string) =>
    service.http().post(pad).set({ authorization: `Bearer ${await tokenFor('gemeente.weert')}`, 'idempotency-key': sleutel }).send(body);

  const handlers = () => service.app.get(MonitoringplanHandlers);
  const planAangemaakt = (afspraakId: string, monitoringplanId: string = randomUUID(), regio = MLW) =>
    service.dataSource.transaction((manager) =>
      handlers().aangemaakt(
        monitoringplanAangemaaktV1.build(
          { monitoringplanId, regio, onderwerp: { soort: 'afspraak', id: afspraakId }, indicatoren: ['jeugdhulp-met-verblijf'], evaluatiedatum: '2028-01-01', aangemaaktOp: new Date().toISOString() },
          { source: 'urn:koers:monitoring' },
        ),
        manager,
      ),
    );
  const planBevestigd = (afspraakId: string, monitoringplanId: string) =>
    service.dataSource.transaction((manager) =>
      handlers().bevestigd(
        monitoringplanBevestigdV1.build(
          { monitoringplanId, regio: MLW, onderwerp: { soort: 'afspraak', id: afspraakId }, evaluatiedatum: '2028-01-01', nulmetingCompleet: true, bevestigdOp: new Date().toISOString() },
          { source: 'urn:koers:monitoring' },
        ),
        manager,
      ),
    );

  const geevalueerd = (afspraakId: string, monitoringplanId: string, oordeel: MonitoringOordeel, geevalueerdOp = klok.nu().toISOString(), regio = MLW) =>
    monitoringplanGeevalueerdV1.build(
      {
        monitoringplanId,
        regio,
        onderwerp: { soort: 'afspraak', id: afspraakId },
        oordeel,
        toelichting: 'Het aandeel jeugdhulp met verblijf in Weert daalde niet naar de doelwaarde.',
        indicatoren: [{ indicator: 'jeugdhulp-met-verblijf', oordeel, doelwaarde: 1.5, richting: 'maximaal', gemeenten: [{ gemeente: 'GM0988', nulmeting: 1.9, laatstePeriode: '2027-Q4', laatsteWaarde: 1.8, doelBereikt: false }] }],
        geevalueerdOp,
      },
      { source: 'urn:koers:monitoring' },
    );
  const verwerk = (event: ReturnType<typeof geevalueerd>) => service.dataSource.transaction((manager) => handlers().geevalueerd(event, manager));
  const tafelRij = async (id: string) => (await rijen('SELECT status, bijsturing_nodig FROM $schema.tafel WHERE id = $1', [id]))[0];

  let BIJEENKOMST: string;
  const afspraak = (extra: object = {}) => ({
    soort: 'werkafspraak',
    omschrijving: 'Zorggroep Horizon biedt elke jongere op de wachtlijst binnen twee weken een overbruggingsgesprek.',
    eigenaar: 'zorggroep-horizon',
    deadline: '2027-09-30',
    rechtsgrond: 'Jeugdwet art. 2.3',
    gemeente: 'GM0988',
    bijeenkomstId: BIJEENKOMST,
    ...extra,
  });
  const outcome = { code: 'doelrealisatie-ambulant', naam: 'Doelrealisatie ambulante jeugdhulp', definitie: 'Aandeel trajecten waarin de hulpdoelen grotendeels zijn bereikt.', eenheid: 'procent', richting: 'hoger_is_beter', doelwaarde: 80 };

  let tafelId: string;

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url, TAFELS_DEADLINE_INTERVAL_MS: '200' }, { klok });
    // Monitoring publishes the region's register; tafels keeps its copy from the event.
    expect((await als(() => monitoring as ServiceProcess).post('/v1/register/herpublicaties', 'beheerder.mlw', {})).status).toBe(202);

    const start = await api.post('/v1/tafels', 'gemeente.weert', { signaalId: await metConsensus(signalen) });
    expect(start.status).toBe(201);
    tafelId = start.body.id;
    for (const gebruiker of ['aanbieder.horizon', 'client.mlw', 'jurist.mlw']) {
      expect((await api.post(`/v1/tafels/${tafelId}/deelnemers`, 'gemeente.weert', { sub: await subVan(gebruiker) })).status).toBe(201);
    }
    const bijeenkomst = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu()));
    expect(bijeenkomst.status).toBe(201);
    BIJEENKOMST = bijeenkomst.body.id;
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  it('refuses an agreement before the meeting was held, naming the state, and stores nothing', async () => {
    const res = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak());
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ huidigeStatus: 'gepland', ontbreekt: [expect.stringContaining("'gehouden'")] });
    expect(await afspraakRijen(tafelId)).toEqual([]);
    verschuiving = 8 * 86_400_000; // the meeting took place; its minutes make the table gehouden
    const deelnemers = (await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.deelnemers as Array<{ id: string }>;
    const verslag = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten/${BIJEENKOMST}/verslag`, 'gemeente.weert', {
      probleem: 'Jongeren wachten langer dan twaalf weken op een intake.',
      wieMoetMeedoen: 'De gemeente Weert, Zorggroep Horizon en de cliëntenraad.',
      stappen: 'Overbruggingsgesprekken en een training voor de wijkteams.',
      aanwezigen: deelnemers.map((d) => d.id),
    });
    expect(verslag.status).toBe(201);
    expect(await tafelStatus(tafelId)).toBe('gehouden');
  });

  let werkafspraak: string;

  it('drafts an agreement as a concept and tells monitoring through the outbox, with ids and codes only', async () => {
    const res = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tafelId, versie: 1, status: 'concept', toetsing: 'open', eigenaar: 'zorggroep-horizon', gemeenten: ['GM0988'], voorDeHeleRegio: false, planBevestigd: false, toetsingen: [] });
    werkafspraak = res.body.id;
    expect(await uitgaand(service, werkafspraak)).toEqual([
      {
        type: 'nl.koers.tafels.afspraak.opgesteld.v1',
        data: { afspraakId: werkafspraak, tafelId, regio: MLW, versie: 1, soort: 'werkafspraak', bijeenkomstId: BIJEENKOMST, eigenaar: 'zorggroep-horizon', gemeenten: ['GM0988'], voorDeHeleRegio: false, deadline: '2027-09-30', opgesteldOp: expect.stringMatching(/^2027-03-1[01]T/) },
      },
    ]);
    for (const gebruiker of ['client.mlw', 'gemeente.leudal', 'aanbieder.kompas', 'beheerder.mlw']) {
      expect((await api.get(`/v1/tafels/${tafelId}/afspraken`, gebruiker)).body.map((a: { id: string }) => a.id)).toEqual([werkafspraak]);
    }
    expect((await api.get(`/v1/tafels/${tafelId}`, 'client.mlw')).body.afspraken).toEqual([expect.objectContaining({ id: werkafspraak, rechtsgrond: 'Jeugdwet art. 2.3' })]);
  });

  it('refuses bad agreements with 400 naming every field, and stores nothing', async () => {
    const later = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu(), 14));
    expect(later.status).toBe(201);
    const voor = { afspraken: (await afspraakRijen(tafelId)).length, events: (await alleUitgaand()).length };
    const weiger = async (body: object, velden: Array<[string, string]>) => {
      const res = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.invalidParams.map((p: { name: string; code: string }) => [p.name, p.code])).toEqual(velden);
      return res;
    };
    await weiger(afspraak({ eigenaar: undefined, deadline: undefined }), [['eigenaar', 'verplicht'], ['deadline', 'verplicht']]);
    await weiger(afspraak({ eigenaar: 'jeugdhulp-maasveld' }), [['eigenaar', 'niet-aan-tafel']]);
    const verleden = await weiger(afspraak({ deadline: '2027-03-10' }), [['deadline', 'verleden']]);
    expect(verleden.body.invalidParams[0].reason).toContain('2027-03-11');
    await weiger(afspraak({ deadline: '2027-02-30' }), [['deadline', 'ongeldig']]);
    const bsn = await weiger(afspraak({ omschrijving: 'De jongere met BSN 111222333 krijgt als eerste een gesprek.' }), [['omschrijving', 'persoonsgegevens']]);
    expect(JSON.stringify(bsn.body)).not.toContain('111222333');
    await weiger(afspraak({ rechtsgrond: 'Zie mail van j.jansen@weert.nl' }), [['rechtsgrond', 'persoonsgegevens']]);
    await weiger(afspraak({ soort: 'outcomecriterium' }), [['outcomecriterium', 'verplicht']]);
    await weiger(afspraak({ outcomecriterium: outcome }), [['outcomecriterium', 'hoort-niet-bij-soort']]);
    await weiger(afspraak({ gemeente: 'GM1640' }), [['gemeente', 'niet-van-tafel']]);
    await weiger(afspraak({ gemeente: undefined }), [['gemeente', 'verplicht']]);
    await weiger(afspraak({ bijeenkomstId: randomUUID() }), [['bijeenkomstId', 'niet-van-tafel']]);
    await weiger(afspraak({ bijeenkomstId: later.body.id }), [['bijeenkomstId', 'niet-gehouden']]);
    const vorm = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak({ soort: 'besluit', bijeenkomstId: 'x', extra: 1 }));
    expect(vorm.status).toBe(400);
    expect(vorm.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['bijeenkomstId', 'extra', 'soort']);
    expect(vorm.body.invalidParams.find((p: { name: string }) => p.name === 'soort').reason).toContain('moet een van deze waarden zijn');
    expect({ afspraken: (await afspraakRijen(tafelId)).length, events: (await alleUitgaand()).length }).toEqual(voor);
  });

  it('lets only the behandelaar draft (403), and answers 404 to another region exactly as for a missing table', async () => {
    const voor = (await afspraakRijen(tafelId)).length;
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.leudal', afspraak())).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken`, 'aanbieder.horizon', afspraak())).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken`, 'jurist.mlw', afspraak())).status).toBe(403);
    expect((await api.patch(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}`, 'aanbieder.horizon', { deadline: '2027-10-01' })).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'aanbieder.horizon', {})).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'client.mlw', {})).status).toBe(403);
    const ontbrekend = '00000000-0000-4000-8000-000000000000';
    const antwoorden = [];
    for (const id of [tafelId, ontbrekend]) {
      const res = await api.post(`/v1/tafels/${id}/afspraken`, 'gemeente.roermond', afspraak());
      expect(res.status).toBe(404);
      antwoorden.push(res.body.detail.replace(id, '<id>'));
      expect((await api.get(`/v1/tafels/${id}/afspraken`, 'gemeente.roermond')).status).toBe(404);
      expect((await api.patch(`/v1/tafels/${id}/afspraken/${werkafspraak}`, 'gemeente.roermond', { deadline: '2027-10-01' })).status).toBe(404);
      expect((await api.post(`/v1/tafels/${id}/afspraken/${werkafspraak}/toetsingen`, 'jurist.mlo', { oordeel: 'akkoord' })).status).toBe(404);
      expect((await api.post(`/v1/tafels/${id}/afspraken/${werkafspraak}/voortgang`, 'aanbieder.maasveld', { voortgang: 'lopend' })).status).toBe(404);
      expect((await api.post(`/v1/tafels/${id}/afspraken/vastlegging`, 'gemeente.roermond', {})).status).toBe(404);
    }
    expect(new Set(antwoorden).size).toBe(1);
    expect((await api.get(`/v1/afspraken`, 'jurist.mlo')).body.items).toEqual([]);
    expect((await afspraakRijen(tafelId)).length).toBe(voor);
  });

  let regioafspraak: string;
  let outcomeafspraak: string;
  let pilotafspraak: string;

  it('drafts for the whole region with the gemeenten of the region register, and an outcome criterion with its indicator', async () => {
    const regio = await eventually(async () => {
      const res = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak({ soort: 'deskundigheidsbevordering', gemeente: undefined, voorDeHeleRegio: true, omschrijving: 'Wijkteams in de hele regio krijgen een training over vroegsignalering.' }));
      return res.status === 201 ? res : undefined;
    }, 20000, 500);
    expect(regio.body).toMatchObject({ voorDeHeleRegio: true, gemeenten: ['GM0946', 'GM0988', 'GM1640'] });
    regioafspraak = regio.body.id;

    const criterium = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak({ soort: 'outcomecriterium', outcomecriterium: outcome, omschrijving: 'Samen met de aanbieders meten we doelrealisatie als outcomecriterium.' }));
    expect(criterium.status).toBe(201);
    outcomeafspraak = criterium.body.id;
    expect((await uitgaand(service, outcomeafspraak))[0].data).toMatchObject({ soort: 'outcomecriterium', outcomecriterium: outcome });

    const pilot = await metSleutel(`/v1/tafels/${tafelId}/afspraken`, afspraak({ soort: 'pilot', omschrijving: 'Een pilot met een wachtlijstcoach voor gezinnen die wachten op jeugd-GGZ.' }), 'pilot-1');
    expect(pilot.status).toBe(201);
    pilotafspraak = pilot.body.id;
    const opnieuw = await metSleutel(`/v1/tafels/${tafelId}/afspraken`, afspraak({ soort: 'pilot', omschrijving: 'Een pilot met een wachtlijstcoach voor gezinnen die wachten op jeugd-GGZ.' }), 'pilot-1');
    expect(opnieuw.body.id).toBe(pilotafspraak);
    expect((await afspraakRijen(tafelId)).length).toBe(4);
  });

  it('gives the jurists of the region their queue with the legal basis and the table, and no one else', async () => {
    const rij = await api.get('/v1/afspraken?toetsing=open&paginaGrootte=2', 'jurist.mlw');
    expect(rij.status).toBe(200);
    expect(rij.body).toMatchObject({ totaal: 4, pagina: 1, paginaGrootte: 2 });
    expect(rij.body.items.map((a: { id: string }) => a.id)).toEqual([werkafspraak, regioafspraak]);
    expect(rij.body.items[0]).toMatchObject({ rechtsgrond: 'Jeugdwet art. 2.3', tafel: { id: tafelId, titel: 'Wachttijd jeugd-GGZ loopt op', status: 'gehouden' } });
    expect((await api.get('/v1/afspraken?pagina=2&paginaGrootte=2', 'jurist.mlw')).body.items.map((a: { id: string }) => a.id)).toEqual([outcomeafspraak, pilotafspraak]);
    expect((await api.get('/v1/afspraken', 'jurist.horizon')).body).toMatchObject({ items: [], totaal: 0 }); // all four are Horizon's own
    expect((await api.get('/v1/afspraken', 'gemeente.weert')).status).toBe(403);
    expect((await api.get('/v1/afspraken', 'aanbieder.horizon')).status).toBe(403);
    expect((await api.get('/v1/afspraken?toetsing=misschien', 'jurist.mlw')).status).toBe(400);
  });

  it('takes a jurist’s akkoord with its motivation, or a bezwaar with its reason; motivation and reason stay in the API, the event carries the verdict', async () => {
    const akkoord = await api.post(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord', reden: 'Past in de Jeugdwet: de hulp is tijdig beschikbaar.' });
    expect(akkoord.status).toBe(201);
    expect(akkoord.body).toMatchObject({ toetsing: 'akkoord', toetsingen: [{ oordeel: 'akkoord', reden: 'Past in de Jeugdwet: de hulp is tijdig beschikbaar.', juristSub: await subVan('jurist.mlw') }] });
    const getoetst = (await uitgaand(service, werkafspraak)).at(-1);
    expect(getoetst).toEqual({
      type: 'nl.koers.tafels.afspraak.getoetst.v1',
      data: { afspraakId: werkafspraak, tafelId, regio: MLW, versie: 1, toetsingId: akkoord.body.toetsingen[0].id, oordeel: 'akkoord', eigenaar: 'zorggroep-horizon', getoetstOp: expect.any(String) },
    });
    const tweeKeer = await api.post(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' });
    expect(tweeKeer.status).toBe(409);
    expect(tweeKeer.body.huidigeStatus).toBe('akkoord');

    const eigenJurist = await api.post(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}/toetsingen`, 'jurist.horizon', { oordeel: 'akkoord' });
    expect(eigenJurist.status).toBe(403);
    expect(eigenJurist.body.detail).toBe("Van 'open' naar 'akkoord' mag alleen een jurist van de regio die niet werkt bij de eigenaar van de afspraak.");
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}/toetsingen`, 'aanbieder.horizon', { oordeel: 'akkoord' })).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}/toetsingen`, 'gemeente.weert', { oordeel: 'akkoord' })).status).toBe(403);
    const zonderReden = await api.post(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}/toetsingen`, 'jurist.mlw', { oordeel: 'bezwaar' });
    expect(zonderReden.status).toBe(400);
    expect(zonderReden.body.invalidParams).toEqual([expect.objectContaining({ name: 'reden', code: 'verplicht' })]);
    const reden = 'Een verplichte training zonder budgetafspraak past niet in de inkoopvoorwaarden.';
    const bezwaar = await api.post(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}/toetsingen`, 'jurist.mlw', { oordeel: 'bezwaar', reden });
    expect(bezwaar.status).toBe(201);
    expect(bezwaar.body).toMatchObject({ status: 'concept', toetsing: 'bezwaar' });
    expect((await api.get(`/v1/tafels/${tafelId}/afspraken`, 'aanbieder.kompas')).body.find((a: { id: string }) => a.id === regioafspraak).toetsingen).toEqual([expect.objectContaining({ oordeel: 'bezwaar', reden })]);
    expect(JSON.stringify(await uitgaand(service, regioafspraak))).not.toContain('inkoopvoorwaarden');
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' })).status).toBe(409);
    expect((await rijen('SELECT count(*)::int AS n FROM $schema.afspraak_toetsing WHERE afspraak_id = $1', [regioafspraak]))[0].n).toBe(1);
  });

  it('drops a concept the table no longer wants: it no longer counts, and monitoring hears of it', async () => {
    const res = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak({ soort: 'overig', omschrijving: 'Een tweede overbruggingsgesprek voor jongeren die langer wachten.' }));
    const id = res.body.id;
    await planAangemaakt(id, randomUUID());
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/toetsingen`, 'jurist.mlw', { oordeel: 'bezwaar', reden: 'Dubbel met de werkafspraak.' })).status).toBe(201);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/intrekking`, 'aanbieder.horizon', {})).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/intrekking`, 'gemeente.leudal', {})).status).toBe(403);
    const ingetrokken = await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/intrekking`, 'gemeente.weert', {});
    expect(ingetrokken.status).toBe(201);
    expect(ingetrokken.body.status).toBe('ingetrokken');
    const plan = (await afspraakRijen(tafelId)).find((a: { id: string }) => a.id === id).monitoringplan_id;
    expect((await uitgaand(service, id)).at(-1)).toEqual({
      type: 'nl.koers.tafels.afspraak.ingetrokken.v1',
      data: { afspraakId: id, tafelId, regio: MLW, versie: 1, monitoringplanId: plan, ingetrokkenOp: expect.any(String) },
    });
    const nogEens = await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/intrekking`, 'gemeente.weert', {});
    expect(nogEens.status).toBe(409);
    expect(nogEens.body.huidigeStatus).toBe('ingetrokken');
    expect((await api.patch(`/v1/tafels/${tafelId}/afspraken/${id}`, 'gemeente.weert', { deadline: '2027-10-01' })).status).toBe(409);
    expect((await api.get('/v1/afspraken?toetsing=bezwaar', 'jurist.mlw')).body.items.map((a: { id: string }) => a.id)).toEqual([regioafspraak]);
  });

  it('refuses recording naming every agreement without a plan or without akkoord, and changes nothing', async () => {
    const voor = await afspraakRijen(tafelId);
    const res = await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert', {});
    expect(res.status).toBe(409);
    expect(res.body.huidigeStatus).toBe('gehouden');
    expect(res.body.ontbreekt).toHaveLength(7);
    expect(res.body.ontbreekt.filter((o: string) => o.startsWith('een monitoringplan'))).toHaveLength(4);
    expect(res.body.ontbreekt).toContain("een akkoord van een jurist bij afspraak 'Wijkteams in de hele regio krijgen een training over vroe...'");
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.leudal', {})).status).toBe(403);
    expect(await afspraakRijen(tafelId)).toEqual(voor);
    expect(await tafelStatus(tafelId)).toBe('gehouden');
    expect((await alleUitgaand()).filter((t: string) => t.endsWith('vastgelegd.v1'))).toEqual([]);
  });

  const plannen = new Map<string, string>();

  it('links the plans monitoring makes, by id; amending a concept opens its check again and tells monitoring again', async () => {
    for (const id of [werkafspraak, regioafspraak, outcomeafspraak, pilotafspraak]) {
      const plan = randomUUID();
      plannen.set(id, plan);
      expect(await planAangemaakt(id, plan)).toBeUndefined();
    }
    await planAangemaakt(werkafspraak, plannen.get(werkafspraak)); // a redelivery changes nothing
    const rij = await afspraakRijen(tafelId);
    expect([...plannen.keys()].map((id) => rij.find((a: { id: string }) => a.id === id).monitoringplan_id)).toEqual([...plannen.values()]);
    await expect(planAangemaakt(werkafspraak, randomUUID(), 'midden-limburg-oost')).rejects.toMatchObject({ name: 'NietGevonden' });
    await expect(planAangemaakt('geen-afspraak')).rejects.toMatchObject({ name: 'NietGevonden' });

    const gewijzigd = await api.patch(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}`, 'gemeente.weert', { omschrijving: 'Wijkteams in de hele regio krijgen een training over vroegsignalering, betaald uit het regiobudget.' });
    expect(gewijzigd.status).toBe(200);
    expect(gewijzigd.body).toMatchObject({ id: regioafspraak, versie: 1, toetsing: 'open', monitoringplanId: plannen.get(regioafspraak), voorDeHeleRegio: true });
    expect((await uitgaand(service, regioafspraak)).map((e) => e.type)).toEqual(['nl.koers.tafels.afspraak.opgesteld.v1', 'nl.koers.tafels.afspraak.getoetst.v1', 'nl.koers.tafels.afspraak.opgesteld.v1']);
    expect((await api.patch(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}`, 'gemeente.weert', { deadline: '2026-01-01' })).status).toBe(400);
    expect((await api.patch(`/v1/tafels/${tafelId}/afspraken/${regioafspraak}`, 'gemeente.leudal', { deadline: '2027-12-01' })).status).toBe(403);
  });

  it('records every agreement with the table’s step, one fact per agreement with its plan, and a pilot proposal for the pilot', async () => {
    for (const id of [regioafspraak, outcomeafspraak, pilotafspraak]) {
      expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' })).status).toBe(201);
    }
    const res = await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert', {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tafelId, status: 'afspraken_vastgelegd' });
    expect(res.body.vastgelegd).toHaveLength(4);
    expect((await afspraakRijen(tafelId)).map((a: { status: string }) => a.status)).toEqual(['vastgelegd', 'vastgelegd', 'vastgelegd', 'vastgelegd', 'ingetrokken']);
    for (const [id, plan] of plannen) {
      expect((await uitgaand(service, id)).filter((e) => e.type === 'nl.koers.tafels.afspraak.vastgelegd.v1').map((e) => e.data)).toEqual([
        { afspraakId: id, tafelId, regio: MLW, versie: 1, monitoringplanId: plan, vastgelegdOp: expect.stringMatching(/^2027-03-1[01]T/) },
      ]);
    }
    const pilot = (await uitgaand(service, pilotafspraak)).filter((e) => e.type === 'nl.koers.tafels.afspraak.pilot_voorgesteld.v1');
    expect(pilot.map((e) => e.data)).toEqual([
      { afspraakId: pilotafspraak, tafelId, regio: MLW, versie: 1, bijeenkomstId: BIJEENKOMST, eigenaar: 'zorggroep-horizon', gemeenten: ['GM0988'], voorDeHeleRegio: false, deadline: '2027-09-30', monitoringplanId: plannen.get(pilotafspraak), voorgesteldOp: expect.stringMatching(/^2027-03-1[01]T/) },
    ]);
    expect((await alleUitgaand()).filter((t: string) => t.endsWith('pilot_voorgesteld.v1'))).toHaveLength(1);

    expect((await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', afspraak())).status).toBe(409);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert', {})).status).toBe(409);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}/toetsingen`, 'jurist.mlw', { oordeel: 'bezwaar', reden: 'Te laat.' })).status).toBe(409);
  });

  it('lists the agreements made at the meeting in its minutes’ PDF, in plain Dutch', async () => {
    const res = await service
      .http()
      .get(`/v1/tafels/${tafelId}/bijeenkomsten/${BIJEENKOMST}/verslag`)
      .set({ authorization: `Bearer ${await tokenFor('client.mlw')}`, accept: 'application/pdf' })
      .buffer(true)
      .parse((antwoord, klaar) => {
        const delen: Buffer[] = [];
        antwoord.on('data', (deel: Buffer) => delen.push(deel));
        antwoord.on('end', () => klaar(null, Buffer.concat(delen)));
      });
    expect(res.status).toBe(200);
    const tekst = (await pdfTekst(res.body as Buffer)).replace(/\s+/g, ' ');
    expect(tekst).toContain('Wat hebben we afgesproken?');
    expect(tekst).toContain('Een werkafspraak: Zorggroep Horizon biedt elke jongere op de wachtlijst binnen twee weken een overbruggingsgesprek.');
    expect(tekst).toContain('Voor: de hele regio.');
    expect(tekst).toContain('Wie doet het: zorggroep-horizon. Klaar op: 30 september 2027.');
    expect(tekst).not.toContain('Dubbel met de werkafspraak'); // a reason of a bezwaar stays in the API
  });

  it('moves the table to monitoring by itself once monitoring confirmed every plan', async () => {
    const [laatste, ...eerst] = [...plannen.entries()];
    for (const [id, plan] of eerst) await planBevestigd(id, plan);
    await planBevestigd(eerst[0][0], eerst[0][1]); // a redelivery changes nothing
    expect(await tafelStatus(tafelId)).toBe('afspraken_vastgelegd');
    await planBevestigd(laatste[0], randomUUID()); // a plan that is not the agreement's
    expect(await tafelStatus(tafelId)).toBe('afspraken_vastgelegd');
    await planBevestigd(laatste[0], laatste[1]);
    expect(await tafelStatus(tafelId)).toBe('monitoring');
    expect((await afspraakRijen(tafelId)).filter((a: { status: string }) => a.status !== 'ingetrokken').every((a: { plan_bevestigd: boolean }) => a.plan_bevestigd)).toBe(true);
  });

  it('takes progress from the owner’s organisation only — its people and its own system — and a reason to stop', async () => {
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}/voortgang`, 'aanbieder.kompas', { voortgang: 'lopend' })).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}/voortgang`, 'client.mlw', { voortgang: 'lopend' })).status).toBe(403);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}/voortgang`, 'gemeente.weert', { voortgang: 'lopend' })).status).toBe(403);
    const lopend = await api.post(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}/voortgang`, 'aanbieder.horizon', { voortgang: 'lopend' });
    expect(lopend.status).toBe(201);
    expect(lopend.body).toMatchObject({ status: 'vastgelegd', voortgang: 'lopend' });
    const zonderReden = await api.post(`/v1/tafels/${tafelId}/afspraken/${outcomeafspraak}/voortgang`, 'aanbieder.horizon', { voortgang: 'gestopt' });
    expect(zonderReden.status).toBe(400);
    expect(zonderReden.body.invalidParams).toEqual([expect.objectContaining({ name: 'reden', code: 'verplicht' })]);
    const gestopt = await api.post(`/v1/tafels/${tafelId}/afspraken/${outcomeafspraak}/voortgang`, 'aanbieder.horizon', { voortgang: 'gestopt', reden: 'De registratie van doelrealisatie is regionaal geregeld.' });
    expect(gestopt.body).toMatchObject({ status: 'gestopt', stopreden: 'De registratie van doelrealisatie is regionaal geregeld.' });

    const systeem = await serviceAccountToken('systeem-zorggroep-horizon', process.env.KOERS_HORIZON_CLIENT_SECRET ?? 'dev-only-horizon-secret');
    const uitgevoerd = await service.http().post(`/v1/tafels/${tafelId}/afspraken/${pilotafspraak}/voortgang`).set({ authorization: `Bearer ${systeem}` }).send({ voortgang: 'uitgevoerd' });
    expect(uitgevoerd.status).toBe(201);
    expect(uitgevoerd.body).toMatchObject({ status: 'uitgevoerd', voortgang: 'uitgevoerd' });
    const nogEens = await api.post(`/v1/tafels/${tafelId}/afspraken/${pilotafspraak}/voortgang`, 'aanbieder.horizon', { voortgang: 'gestopt', reden: 'x' });
    expect(nogEens.status).toBe(409);
    expect(nogEens.body.huidigeStatus).toBe('uitgevoerd');
  });

  let nieuweVersie: { id: string; plan: string };

  it('after bijsturen, amending a recorded agreement makes a new version with its own plan; the old one keeps its plan and verdict', async () => {
    await zetTafelStatus(tafelId, 'gehouden'); // FIXTURE: bijsturen and the new meeting's minutes come in later slices
    const nieuw = await api.patch(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}`, 'gemeente.weert', { deadline: '2027-12-31' });
    expect(nieuw.status).toBe(200);
    nieuweVersie = { id: nieuw.body.id, plan: '' };
    expect(nieuw.body).toMatchObject({ versie: 2, vorigeVersieId: werkafspraak, status: 'concept', toetsing: 'open', planBevestigd: false, deadline: '2027-12-31', gemeenten: ['GM0988'] });
    expect(nieuw.body.id).not.toBe(werkafspraak);
    expect(nieuw.body.monitoringplanId).toBeUndefined();
    expect((await uitgaand(service, nieuw.body.id)).map((e) => e.data)).toEqual([expect.objectContaining({ afspraakId: nieuw.body.id, versie: 2, vorigeVersieId: werkafspraak })]);
    const tweede = await api.patch(`/v1/tafels/${tafelId}/afspraken/${werkafspraak}`, 'gemeente.weert', { deadline: '2027-11-30' });
    expect(tweede.status).toBe(409);
    expect((await api.patch(`/v1/tafels/${tafelId}/afspraken/${pilotafspraak}`, 'gemeente.weert', { deadline: '2027-11-30' })).body.huidigeStatus).toBe('uitgevoerd');

    const plan = randomUUID();
    nieuweVersie.plan = plan;
    await planAangemaakt(nieuw.body.id, plan);
    await planAangemaakt(werkafspraak, randomUUID()); // the recorded version keeps the plan it has
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${nieuw.body.id}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' })).status).toBe(201);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert', {})).status).toBe(201);
    const lijst = (await api.get(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert')).body as Array<{ id: string; status: string; monitoringplanId: string; planBevestigd: boolean; toetsing: string }>;
    expect(lijst.find((a) => a.id === werkafspraak)).toMatchObject({ status: 'vervangen', monitoringplanId: plannen.get(werkafspraak), planBevestigd: true, toetsing: 'akkoord' });
    expect(lijst.find((a) => a.id === nieuw.body.id)).toMatchObject({ status: 'vastgelegd', monitoringplanId: plan, planBevestigd: false });
    await planBevestigd(nieuw.body.id, plan);
    expect(await tafelStatus(tafelId)).toBe('monitoring');
  });

  it('keeps monitoring’s verdict on each agreement: onvoldoende_data keeps the table in monitoring without a flag, so no bijsturen', async () => {
    expect(await verwerk(geevalueerd(regioafspraak, plannen.get(regioafspraak) as string, 'onvoldoende_data'))).toBeUndefined();
    expect(await verwerk(geevalueerd(pilotafspraak, plannen.get(pilotafspraak) as string, 'effect_bereikt'))).toBeUndefined();
    expect(await tafelRij(tafelId)).toEqual({ status: 'monitoring', bijsturing_nodig: false });
    expect((await alleUitgaand()).filter((t: string) => t.endsWith('bijsturing_nodig.v1'))).toHaveLength(0);

    const detail = await api.get(`/v1/tafels/${tafelId}`, 'aanbieder.kompas'); // every user of the region sees verdicts and the flag
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'monitoring', bijsturingNodig: false });
    const lijst = (await api.get(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert')).body as Array<{ id: string; oordeel?: string; geevalueerdOp?: string }>;
    expect(lijst.find((a) => a.id === regioafspraak)).toMatchObject({ oordeel: 'onvoldoende_data', geevalueerdOp: expect.any(String) });
    expect(lijst.find((a) => a.id === pilotafspraak)).toMatchObject({ oordeel: 'effect_bereikt' });
    expect(lijst.find((a) => a.id === nieuweVersie.id)?.oordeel).toBeUndefined();

    const bijsturen = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu()));
    expect(bijsturen.status).toBe(409);
    expect(bijsturen.body).toMatchObject({ huidigeStatus: 'monitoring', ontbreekt: ['een afspraak die haar effect niet bereikte'] });
  });

  it('refuses a verdict for an agreement it does not know in that region, and ignores one for a plan that is not the agreement’s', async () => {
    await expect(verwerk(geevalueerd(nieuweVersie.id, nieuweVersie.plan, 'niet_bereikt', undefined, 'midden-limburg-oost'))).rejects.toMatchObject({ name: 'NietGevonden' });
    await expect(verwerk(geevalueerd(randomUUID(), nieuweVersie.plan, 'niet_bereikt'))).rejects.toMatchObject({ name: 'NietGevonden' });
    await verwerk(geevalueerd(nieuweVersie.id, randomUUID(), 'niet_bereikt'));
    expect(await tafelRij(tafelId)).toEqual({ status: 'monitoring', bijsturing_nodig: false });
    expect((await afspraakRijen(tafelId)).length).toBe(6);
    expect((await rijen('SELECT oordeel FROM $schema.afspraak WHERE id = $1', [nieuweVersie.id]))[0].oordeel).toBeNull();
  });

  let nietBereiktEvent: ReturnType<typeof geevalueerd>;

  it('niet_bereikt flags the table and tells the participants through the outbox, with ids only; a duplicate verdict changes nothing', async () => {
    nietBereiktEvent = geevalueerd(nieuweVersie.id, nieuweVersie.plan, 'niet_bereikt');
    await verwerk(nietBereiktEvent);
    expect(await tafelRij(tafelId)).toEqual({ status: 'monitoring', bijsturing_nodig: true });
    const verwacht = [{ type: 'nl.koers.tafels.tafel.bijsturing_nodig.v1', data: { tafelId, regio: MLW, afspraakIds: [nieuweVersie.id], monitoringplanId: nieuweVersie.plan, vastgesteldOp: expect.any(String) } }];
    expect((await uitgaand(service, tafelId)).filter((e) => e.type.endsWith('bijsturing_nodig.v1'))).toEqual(verwacht);

    const voor = await rijen('SELECT id, oordeel, geevalueerd_op FROM $schema.afspraak WHERE tafel_id = $1 ORDER BY id', [tafelId]);
    await verwerk(nietBereiktEvent); // a redelivery
    await verwerk(geevalueerd(nieuweVersie.id, nieuweVersie.plan, 'effect_bereikt', '2027-01-01T00:00:00Z')); // an older verdict
    expect(await rijen('SELECT id, oordeel, geevalueerd_op FROM $schema.afspraak WHERE tafel_id = $1 ORDER BY id', [tafelId])).toEqual(voor);
    expect((await uitgaand(service, tafelId)).filter((e) => e.type.endsWith('bijsturing_nodig.v1'))).toEqual(verwacht);

    const detail = await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert');
    expect(detail.body.bijsturingNodig).toBe(true);
    expect(detail.body.afspraken.find((a: { id: string }) => a.id === nieuweVersie.id)).toMatchObject({ oordeel: 'niet_bereikt', geevalueerdOp: nietBereiktEvent.data.geevalueerdOp });
    expect((await api.get('/v1/tafels?betrokken=true', 'gemeente.weert')).body.items.find((t: { id: string }) => t.id === tafelId)).toMatchObject({ bijsturingNodig: true });
  });

  it('after niet_bereikt, planning a meeting is the step bijsturen (monitoring → gepland) and clears the flag; the verdicts stay', async () => {
    expect((await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'aanbieder.horizon', bijeenkomstOver(klok.nu()))).status).toBe(403);
    expect(await tafelRij(tafelId)).toEqual({ status: 'monitoring', bijsturing_nodig: true });
    const bijsturen = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu()));
    expect(bijsturen.status).toBe(201);
    expect(await tafelRij(tafelId)).toEqual({ status: 'gepland', bijsturing_nodig: false });
    expect((await uitgaand(service, bijsturen.body.id)).map((e) => e.type)).toEqual(['nl.koers.tafels.bijeenkomst.gepland.v1']);
    const detail = await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert');
    expect(detail.body).toMatchObject({ status: 'gepland', bijsturingNodig: false });
    expect(detail.body.afspraken.find((a: { id: string }) => a.id === nieuweVersie.id).oordeel).toBe('niet_bereikt');

    await verwerk(nietBereiktEvent); // a late redelivery does not flag the table again
    expect(await tafelRij(tafelId)).toEqual({ status: 'gepland', bijsturing_nodig: false });
  });

  it('reports once, by its due work, each recorded agreement whose deadline passed in the Netherlands without being carried out or stopped', async () => {
    const deadlines = 'SELECT id FROM $schema.afspraak WHERE tafel_id = $1 AND status = $2 AND deadline < $3::date ORDER BY id';
    const gemeld = async () =>
      (await rijen(`SELECT payload->>'subject' AS id, count(*)::int AS n FROM $schema.outbox WHERE type = 'nl.koers.tafels.afspraak.deadline_verstreken.v1' GROUP BY 1 ORDER BY 1`)) as Array<{ id: string; n: number }>;
    expect(await gemeld()).toEqual([]);
    // 30 September 2027, 23:30 UTC: already 1 October in the Netherlands, so a deadline of 30 September has passed.
    verschuiving = Date.parse('2027-09-30T23:30:00Z') - Date.parse('2027-03-02T23:30:00Z') - (Date.now() - begin);
    const verwacht = ((await rijen(deadlines, [tafelId, 'vastgelegd', '2027-10-01'])) as Array<{ id: string }>).map((r) => r.id);
    expect(verwacht.length).toBeGreaterThan(0);
    await eventually(async () => ((await gemeld()).length === verwacht.length ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 600)); // more runs of the due work
    expect(await gemeld()).toEqual(verwacht.map((id) => ({ id, n: 1 })));
    // Carried out, stopped or replaced agreements are not reported, whatever their deadline.
    const nietGemeld = ((await rijen('SELECT id FROM $schema.afspraak WHERE tafel_id = $1 AND status <> $2', [tafelId, 'vastgelegd'])) as Array<{ id: string }>).map((r) => r.id);
    expect((await gemeld()).filter((g) => nietGemeld.includes(g.id))).toEqual([]);
    const [event] = (await uitgaand(service, verwacht[0])).filter((e) => e.type.endsWith('deadline_verstreken.v1'));
    expect(event.data).toEqual({
      afspraakId: verwacht[0],
      tafelId,
      regio: MLW,
      versie: expect.any(Number),
      eigenaar: 'zorggroep-horizon',
      gemeenten: expect.any(Array),
      deadline: expect.stringMatching(/^2027-0\d-\d\d$/),
      behandelaar: await subVan('gemeente.weert'),
      vastgesteldOp: expect.stringMatching(/^2027-09-30T23:3/),
    });
  });
});
