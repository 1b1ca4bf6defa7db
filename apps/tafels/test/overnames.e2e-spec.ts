import { randomUUID } from 'node:crypto';
import { MonitoringOordeel, monitoringplanAangemaaktV1, monitoringplanBevestigdV1, monitoringplanGeevalueerdV1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { ServiceProcess, TestIsolation } from '@koers/testing';
import { MonitoringplanHandlers } from '../src/afspraak/monitoringplan.handlers';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, metConsensus, MLW, startSignalen, subVan, uitgaand } from './koerstafel';

/**
 * Seed 002: "Elke gemeente blijft een eigen koers behouden, maar successen worden sneller integraal
 * overgenomen". An agreement of Weert reaches its effect; Leudal and Nederweert (the region's other
 * gemeenten in monitoring's register) are offered to take it over; Leudal does, with its own plan
 * and a jurist's akkoord, Nederweert declines with a reason. Real signalen and monitoring processes,
 * real Keycloak users; monitoring's plan and verdict events are handed to tafels' handlers, built by
 * their contracts, in the transaction the consumer would give them (as in afspraken.e2e-spec.ts).
 */
describe('tafels: taking a successful agreement over (overname)', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;
  const begin = Date.now();
  let verschuiving = 0;
  const klok = { nu: () => new Date(Date.parse('2027-03-02T09:00:00Z') + verschuiving + (Date.now() - begin)) };

  const api = als(() => service);
  const rijen = (sql: string, params: unknown[] = []) => service.dataSource.query(sql.replaceAll('$schema', `"${service.settings.database.schema}"`), params);
  const overnameRijen = () => rijen('SELECT gemeente, status, reden, overgenomen_afspraak_id, beantwoord_op FROM $schema.overname ORDER BY gemeente');
  const alleUitgaand = async () => (await rijen('SELECT payload FROM $schema.outbox ORDER BY position')).map((r: { payload: { type: string } }) => r.payload.type);
  const aantalAfspraken = async () => Number((await rijen('SELECT count(*) AS n FROM $schema.afspraak'))[0].n);
  const tafelRij = async (id: string) => (await rijen('SELECT status, bijsturing_nodig FROM $schema.tafel WHERE id = $1', [id]))[0];

  const handlers = () => service.app.get(MonitoringplanHandlers);
  const inTransactie = (stap: (h: MonitoringplanHandlers, m: never) => Promise<void>) => service.dataSource.transaction((manager) => stap(handlers(), manager as never));
  const planAangemaakt = (afspraakId: string, monitoringplanId: string) =>
    inTransactie((h, m) =>
      h.aangemaakt(
        monitoringplanAangemaaktV1.build(
          { monitoringplanId, regio: MLW, onderwerp: { soort: 'afspraak', id: afspraakId }, indicatoren: ['jeugdhulp-met-verblijf'], evaluatiedatum: '2028-01-01', aangemaaktOp: new Date().toISOString() },
          { source: 'urn:koers:monitoring' },
        ),
        m,
      ),
    );
  const planBevestigd = (afspraakId: string, monitoringplanId: string) =>
    inTransactie((h, m) =>
      h.bevestigd(
        monitoringplanBevestigdV1.build(
          { monitoringplanId, regio: MLW, onderwerp: { soort: 'afspraak', id: afspraakId }, evaluatiedatum: '2028-01-01', nulmetingCompleet: true, bevestigdOp: new Date().toISOString() },
          { source: 'urn:koers:monitoring' },
        ),
        m,
      ),
    );
  const geevalueerd = (afspraakId: string, monitoringplanId: string, oordeel: MonitoringOordeel, geevalueerdOp = klok.nu().toISOString()) =>
    monitoringplanGeevalueerdV1.build(
      {
        monitoringplanId,
        regio: MLW,
        onderwerp: { soort: 'afspraak', id: afspraakId },
        oordeel,
        toelichting: 'Het aandeel jeugdhulp met verblijf in Weert daalde naar de doelwaarde.',
        indicatoren: [{ indicator: 'jeugdhulp-met-verblijf', oordeel, doelwaarde: 1.5, richting: 'maximaal', gemeenten: [{ gemeente: 'GM0988', nulmeting: 1.9, laatstePeriode: '2027-Q4', laatsteWaarde: 1.4, doelBereikt: true }] }],
        geevalueerdOp,
      },
      { source: 'urn:koers:monitoring' },
    );
  const verwerk = (event: ReturnType<typeof geevalueerd>) => inTransactie((h, m) => h.geevalueerd(event, m));

  let tafelId: string;
  let weertAfspraak: string;
  let regioAfspraak: string;
  const plannen = new Map<string, string>();

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url }, { klok });
    expect((await als(() => monitoring as ServiceProcess).post('/v1/register/herpublicaties', 'beheerder.mlw', {})).status).toBe(202);

    // A table of Weert brought to monitoring: one agreement for Weert, one for the whole region.
    const start = await api.post('/v1/tafels', 'gemeente.weert', { signaalId: await metConsensus(signalen) });
    expect(start.status).toBe(201);
    tafelId = start.body.id;
    for (const gebruiker of ['aanbieder.horizon', 'client.mlw', 'jurist.mlw']) {
      expect((await api.post(`/v1/tafels/${tafelId}/deelnemers`, 'gemeente.weert', { sub: await subVan(gebruiker) })).status).toBe(201);
    }
    const bijeenkomst = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert', bijeenkomstOver(klok.nu()));
    expect(bijeenkomst.status).toBe(201);
    verschuiving = 8 * 86_400_000;
    const deelnemers = (await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.deelnemers as Array<{ id: string }>;
    const verslag = await api.post(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomst.body.id}/verslag`, 'gemeente.weert', {
      probleem: 'Jongeren wachten langer dan twaalf weken op een intake.',
      wieMoetMeedoen: 'De gemeente Weert, Zorggroep Horizon en de cliëntenraad.',
      stappen: 'Overbruggingsgesprekken voor wie wacht.',
      aanwezigen: deelnemers.map((d) => d.id),
    });
    expect(verslag.status).toBe(201);
    const basis = { soort: 'werkafspraak', eigenaar: 'zorggroep-horizon', deadline: '2027-09-30', rechtsgrond: 'Jeugdwet art. 2.3', bijeenkomstId: bijeenkomst.body.id };
    const weert = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', { ...basis, omschrijving: 'Zorggroep Horizon biedt elke jongere op de wachtlijst binnen twee weken een overbruggingsgesprek.', gemeente: 'GM0988' });
    const regio = await api.post(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert', { ...basis, omschrijving: 'Wijkteams in de hele regio krijgen een training over vroegsignalering.', voorDeHeleRegio: true });
    expect([weert.status, regio.status]).toEqual([201, 201]);
    weertAfspraak = weert.body.id;
    regioAfspraak = regio.body.id;
    for (const id of [weertAfspraak, regioAfspraak]) {
      plannen.set(id, randomUUID());
      await planAangemaakt(id, plannen.get(id) as string);
      expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${id}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' })).status).toBe(201);
    }
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert', {})).status).toBe(201);
    for (const [id, plan] of plannen) await planBevestigd(id, plan);
    expect((await tafelRij(tafelId)).status).toBe('monitoring');
  }, 240_000);
  afterAll(async () => {
    await service?.stop();
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  const aangeboden = () => uitgaand(service, weertAfspraak).then((l) => l.filter((e) => e.type === 'nl.koers.tafels.afspraak.overname_aangeboden.v1'));
  let effect: ReturnType<typeof geevalueerd>;

  it('offers an agreement for one gemeente that reached its effect to the region’s other gemeenten, with ids and codes only', async () => {
    expect(await overnameRijen()).toEqual([]);
    effect = geevalueerd(weertAfspraak, plannen.get(weertAfspraak) as string, 'effect_bereikt');
    await verwerk(effect);
    expect(await overnameRijen()).toEqual([
      { gemeente: 'GM0946', status: 'open', reden: null, overgenomen_afspraak_id: null, beantwoord_op: null },
      { gemeente: 'GM1640', status: 'open', reden: null, overgenomen_afspraak_id: null, beantwoord_op: null },
    ]);
    expect((await aangeboden()).map((e) => e.data)).toEqual([
      {
        afspraakId: weertAfspraak,
        tafelId,
        regio: MLW,
        versie: 1,
        soort: 'werkafspraak',
        eigenaar: 'zorggroep-horizon',
        gemeenten: ['GM0988'],
        aangebodenAan: ['GM0946', 'GM1640'],
        monitoringplanId: plannen.get(weertAfspraak),
        aangebodenOp: expect.stringMatching(/^2027-03-1\dT/),
      },
    ]);
    expect((await rijen('SELECT oordeel FROM $schema.afspraak WHERE id = $1', [weertAfspraak]))[0].oordeel).toBe('effect_bereikt');
  });

  it('offers once: a redelivery and a later second effect_bereikt change nothing', async () => {
    const voor = await overnameRijen();
    await verwerk(effect);
    await verwerk(geevalueerd(weertAfspraak, plannen.get(weertAfspraak) as string, 'effect_bereikt', new Date(klok.nu().getTime() + 90 * 86_400_000).toISOString()));
    expect(await overnameRijen()).toEqual(voor);
    expect(await aangeboden()).toHaveLength(1);
  });

  it('does not offer an agreement for the whole region', async () => {
    await verwerk(geevalueerd(regioAfspraak, plannen.get(regioAfspraak) as string, 'effect_bereikt'));
    expect(await rijen('SELECT id FROM $schema.overname WHERE afspraak_id = $1', [regioAfspraak])).toEqual([]);
    expect((await uitgaand(service, regioAfspraak)).map((e) => e.type)).not.toContain('nl.koers.tafels.afspraak.overname_aangeboden.v1');
  });

  const aanbodVan = async (gebruiker: string) => {
    const res = await api.get('/v1/overnames', gebruiker);
    expect(res.status).toBe(200);
    return res.body.items as Array<{ id: string; gemeente: string; status: string; afspraak: { id: string } }>;
  };

  it('lists the open offers for the caller’s gemeente only, with the agreement; not the succeeding gemeente’s, not another region’s', async () => {
    const leudal = await aanbodVan('gemeente.leudal');
    expect(leudal).toEqual([
      expect.objectContaining({ afspraakId: weertAfspraak, tafelId, gemeente: 'GM1640', gemeentenaam: 'Leudal', status: 'open', afspraak: expect.objectContaining({ id: weertAfspraak, rechtsgrond: 'Jeugdwet art. 2.3', oordeel: 'effect_bereikt' }) }),
    ]);
    // Who may own the copy: the organisations at the agreement's table, as the table itself lists them.
    const { deelnemers } = (await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body as { deelnemers: Array<{ organisatie?: string }> };
    const aanTafel = [...new Set(deelnemers.flatMap((d) => (d.organisatie ? [d.organisatie] : [])))];
    expect(aanTafel.length).toBeGreaterThan(0);
    expect((leudal[0] as unknown as { organisatiesAanTafel: string[] }).organisatiesAanTafel).toEqual(aanTafel);
    expect((await api.get(`/v1/overnames?afspraak=${weertAfspraak}`, 'gemeente.leudal')).body.items.map((o: { id: string }) => o.id)).toEqual([leudal[0].id]);
    expect((await api.get(`/v1/overnames?afspraak=${regioAfspraak}`, 'gemeente.leudal')).body.items).toEqual([]);
    expect(await aanbodVan('gemeente.weert')).toEqual([]);
    expect(await aanbodVan('gemeente.roermond')).toEqual([]);
    const aanbieder = await api.get('/v1/overnames', 'aanbieder.horizon');
    expect(aanbieder.status).toBe(403);
    expect(aanbieder.headers['content-type']).toContain('application/problem+json');
    expect((await api.get('/v1/overnames?status=gesloten', 'gemeente.leudal')).status).toBe(400);
  });

  it('pages the offers: the count over every page, a later page empty, and a bad page refused in Dutch', async () => {
    expect((await api.get('/v1/overnames', 'gemeente.leudal')).body).toMatchObject({ totaal: 1, pagina: 1, paginaGrootte: 20 });
    const tweede = await api.get('/v1/overnames?pagina=2&paginaGrootte=1', 'gemeente.leudal');
    expect(tweede.body).toMatchObject({ items: [], totaal: 1, pagina: 2, paginaGrootte: 1 });
    const fout = await api.get('/v1/overnames?pagina=0&paginaGrootte=1000', 'gemeente.leudal');
    expect(fout.status).toBe(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['pagina', 'paginaGrootte']);
    expect(fout.body.invalidParams.find((p: { name: string }) => p.name === 'paginaGrootte').reason).toBe('paginaGrootte mag niet meer dan 100 zijn');
  });

  it('shows the region per successful agreement who has not answered yet; 404 for another region', async () => {
    for (const gebruiker of ['gemeente.weert', 'aanbieder.kompas', 'client.mlw', 'jurist.mlw']) {
      const res = await api.get(`/v1/afspraken/${weertAfspraak}/overnames`, gebruiker);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ afspraakId: weertAfspraak, oordeel: 'effect_bereikt', overgenomen: 0, afgeslagen: 0, open: 2 });
      expect(res.body.overnames.map((o: { gemeente: string; status: string }) => [o.gemeente, o.status])).toEqual([
        ['GM0946', 'open'],
        ['GM1640', 'open'],
      ]);
    }
    expect((await api.get(`/v1/afspraken/${weertAfspraak}/overnames`, 'gemeente.roermond')).status).toBe(404);
    expect((await api.get(`/v1/afspraken/${randomUUID()}/overnames`, 'gemeente.weert')).status).toBe(404);
  });

  it('refuses every wrong answer with problem+json naming why, and stores nothing', async () => {
    const [leudal] = await aanbodVan('gemeente.leudal');
    const pad = `/v1/overnames/${leudal.id}/antwoord`;
    const voor = { overnames: await overnameRijen(), uitgaand: (await alleUitgaand()).length, afspraken: await aantalAfspraken() };
    const weiger = async (gebruiker: string, body: object, status: number) => {
      const res = await api.post(pad, gebruiker, body);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res.body;
    };
    expect(await weiger('gemeente.weert', { antwoord: 'overnemen', deadline: '2028-06-30' }, 403)).toMatchObject({ detail: expect.stringContaining('de gemeente die het aanbod kreeg') });
    await weiger('gemeente.nederweert', { antwoord: 'afslaan', reden: 'Niet voor ons.' }, 403);
    await weiger('aanbieder.horizon', { antwoord: 'overnemen', deadline: '2028-06-30' }, 403);
    await weiger('jurist.mlw', { antwoord: 'overnemen', deadline: '2028-06-30' }, 403);
    await weiger('gemeente.roermond', { antwoord: 'overnemen', deadline: '2028-06-30' }, 404);
    await weiger('gemeente.leudal', { antwoord: 'misschien' }, 400);
    expect((await weiger('gemeente.leudal', { antwoord: 'afslaan' }, 400)).invalidParams).toEqual([expect.objectContaining({ name: 'reden', code: 'verplicht' })]);
    expect((await weiger('gemeente.leudal', { antwoord: 'overnemen' }, 400)).invalidParams).toEqual([expect.objectContaining({ name: 'deadline', code: 'verplicht' })]);
    expect((await weiger('gemeente.leudal', { antwoord: 'overnemen', deadline: '2027-03-01' }, 400)).invalidParams).toEqual([expect.objectContaining({ name: 'deadline', code: 'verleden' })]);
    expect((await weiger('gemeente.leudal', { antwoord: 'overnemen', deadline: '2028-02-30', eigenaar: 'jeugdhulp-kompas' }, 400)).invalidParams).toEqual([
      expect.objectContaining({ name: 'deadline', code: 'ongeldig' }),
      expect.objectContaining({ name: 'eigenaar', code: 'niet-aan-tafel' }),
    ]);
    const persoonlijk = await weiger('gemeente.leudal', { antwoord: 'afslaan', reden: 'Zie de mail van j.jansen@leudal.nl' }, 400);
    expect(persoonlijk.invalidParams).toEqual([expect.objectContaining({ name: 'reden', code: 'persoonsgegevens' })]);
    expect(JSON.stringify(persoonlijk)).not.toContain('j.jansen');
    expect({ overnames: await overnameRijen(), uitgaand: (await alleUitgaand()).length, afspraken: await aantalAfspraken() }).toEqual(voor);
    expect((await api.post(`/v1/overnames/${randomUUID()}/antwoord`, 'gemeente.leudal', { antwoord: 'afslaan', reden: 'x' })).status).toBe(404);
  });

  it('takes a decline with its reason: the fact carries no reason, the region reads it in tafels; a second answer is 409', async () => {
    const [nederweert] = await aanbodVan('gemeente.nederweert');
    const reden = 'Nederweert heeft al een overbruggingsaanbod via het eigen wijkteam.';
    const res = await api.post(`/v1/overnames/${nederweert.id}/antwoord`, 'gemeente.nederweert', { antwoord: 'afslaan', reden });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: nederweert.id, gemeente: 'GM0946', status: 'afgeslagen', reden });
    expect(res.body.overgenomenAfspraak).toBeUndefined();
    const feit = (await uitgaand(service, weertAfspraak)).filter((e) => e.type === 'nl.koers.tafels.afspraak.overname_afgeslagen.v1');
    expect(feit.map((e) => e.data)).toEqual([{ afspraakId: weertAfspraak, tafelId, regio: MLW, versie: 1, gemeente: 'GM0946', afgeslagenOp: expect.any(String) }]);
    expect(JSON.stringify(feit)).not.toContain('overbruggingsaanbod');

    for (const body of [{ antwoord: 'afslaan', reden: 'Nog een keer.' }, { antwoord: 'overnemen', deadline: '2028-06-30' }]) {
      const tweede = await api.post(`/v1/overnames/${nederweert.id}/antwoord`, 'gemeente.nederweert', body);
      expect(tweede.status).toBe(409);
      expect(tweede.body).toMatchObject({ huidigeStatus: 'afgeslagen' });
    }
    expect((await rijen('SELECT reden FROM $schema.overname WHERE id = $1', [nederweert.id]))[0].reden).toBe(reden);
    expect(await aanbodVan('gemeente.nederweert')).toEqual([]);
    expect((await api.get('/v1/overnames?status=afgeslagen', 'gemeente.nederweert')).body.items.map((o: { id: string }) => o.id)).toEqual([nederweert.id]);
    const regio = await api.get(`/v1/afspraken/${weertAfspraak}/overnames`, 'aanbieder.kompas');
    expect(regio.body).toMatchObject({ afgeslagen: 1, open: 1 });
    expect(regio.body.overnames.find((o: { gemeente: string }) => o.gemeente === 'GM0946')).toMatchObject({ status: 'afgeslagen', reden, gemeentenaam: 'Nederweert' });
  });

  let overname: { id: string; afspraak: string };

  it('takes it over as Leudal’s own agreement: a copy with overgenomenVanId, for monitoring as any agreement, and the fact', async () => {
    const [leudal] = await aanbodVan('gemeente.leudal');
    const res = await api.post(`/v1/overnames/${leudal.id}/antwoord`, 'gemeente.leudal', { antwoord: 'overnemen', deadline: '2028-06-30' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: leudal.id, gemeente: 'GM1640', status: 'overgenomen', overgenomenAfspraakId: res.body.overgenomenAfspraak.id });
    const kopie = res.body.overgenomenAfspraak;
    expect(kopie).toMatchObject({
      tafelId,
      versie: 1,
      overgenomenVanId: weertAfspraak,
      soort: 'werkafspraak',
      omschrijving: 'Zorggroep Horizon biedt elke jongere op de wachtlijst binnen twee weken een overbruggingsgesprek.',
      rechtsgrond: 'Jeugdwet art. 2.3',
      eigenaar: 'zorggroep-horizon',
      deadline: '2028-06-30',
      gemeenten: ['GM1640'],
      voorDeHeleRegio: false,
      status: 'concept',
      toetsing: 'open',
      planBevestigd: false,
    });
    expect(kopie.id).not.toBe(weertAfspraak);
    overname = { id: leudal.id, afspraak: kopie.id };
    expect(await uitgaand(service, kopie.id)).toEqual([
      {
        type: 'nl.koers.tafels.afspraak.opgesteld.v1',
        data: expect.objectContaining({ afspraakId: kopie.id, tafelId, regio: MLW, versie: 1, soort: 'werkafspraak', eigenaar: 'zorggroep-horizon', gemeenten: ['GM1640'], voorDeHeleRegio: false, deadline: '2028-06-30', overgenomenVanId: weertAfspraak }),
      },
      { type: 'nl.koers.tafels.afspraak.overgenomen.v1', data: { afspraakId: kopie.id, overgenomenVanId: weertAfspraak, tafelId, regio: MLW, versie: 1, gemeente: 'GM1640', overgenomenOp: expect.any(String) } },
    ]);
    const tweede = await api.post(`/v1/overnames/${leudal.id}/antwoord`, 'gemeente.leudal', { antwoord: 'overnemen', deadline: '2028-06-30' });
    expect(tweede.status).toBe(409);
    expect(tweede.body).toMatchObject({ huidigeStatus: 'overgenomen' });
    expect(await rijen('SELECT id FROM $schema.afspraak WHERE overgenomen_van_id = $1', [weertAfspraak])).toEqual([{ id: kopie.id }]);

    const regio = await api.get(`/v1/afspraken/${weertAfspraak}/overnames`, 'gemeente.weert');
    expect(regio.body).toMatchObject({ overgenomen: 1, afgeslagen: 1, open: 0 });
    expect(regio.body.overnames.find((o: { gemeente: string }) => o.gemeente === 'GM1640')).toMatchObject({ status: 'overgenomen', overgenomenAfspraakId: kopie.id });
    const lijst = (await api.get(`/v1/tafels/${tafelId}/afspraken`, 'client.mlw')).body as Array<{ id: string; overgenomenVanId?: string }>;
    expect(lijst.find((a) => a.id === kopie.id)?.overgenomenVanId).toBe(weertAfspraak);
  });

  it('records the copy by its own path — its plan and a jurist’s akkoord, by Leudal — while the table stays in monitoring', async () => {
    const pad = `/v1/overnames/${overname.id}/vastlegging`;
    const teVroeg = await api.post(pad, 'gemeente.leudal', {});
    expect(teVroeg.status).toBe(409);
    expect(teVroeg.body).toMatchObject({ huidigeStatus: 'concept', ontbreekt: ['een monitoringplan', 'een akkoord van een jurist'] });
    const plan = randomUUID();
    await planAangemaakt(overname.afspraak, plan);
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${overname.afspraak}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' })).status).toBe(201);
    expect((await api.post(pad, 'gemeente.weert', {})).status).toBe(403); // the table's behandelaar
    expect((await api.post(pad, 'gemeente.nederweert', {})).status).toBe(403);
    expect((await api.post(pad, 'aanbieder.horizon', {})).status).toBe(403);
    expect((await api.post(pad, 'gemeente.roermond', {})).status).toBe(404);
    const [nederweert] = (await api.get('/v1/overnames?status=afgeslagen', 'gemeente.nederweert')).body.items;
    const afgeslagen = await api.post(`/v1/overnames/${nederweert.id}/vastlegging`, 'gemeente.nederweert', {});
    expect(afgeslagen.status).toBe(409);
    expect(afgeslagen.body).toMatchObject({ huidigeStatus: 'afgeslagen' });
    expect((await rijen('SELECT status FROM $schema.afspraak WHERE id = $1', [overname.afspraak]))[0].status).toBe('concept');

    const res = await api.post(pad, 'gemeente.leudal', {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: overname.afspraak, status: 'vastgelegd', monitoringplanId: plan, overgenomenVanId: weertAfspraak });
    expect((await uitgaand(service, overname.afspraak)).filter((e) => e.type === 'nl.koers.tafels.afspraak.vastgelegd.v1').map((e) => e.data)).toEqual([
      { afspraakId: overname.afspraak, tafelId, regio: MLW, versie: 1, monitoringplanId: plan, vastgelegdOp: expect.any(String) },
    ]);
    await planBevestigd(overname.afspraak, plan);
    expect(await tafelRij(tafelId)).toEqual({ status: 'monitoring', bijsturing_nodig: false });
    const nogEens = await api.post(pad, 'gemeente.leudal', {});
    expect(nogEens.status).toBe(409);
    expect(nogEens.body).toMatchObject({ huidigeStatus: 'vastgelegd' });
  });

  it('lets the copy follow Leudal’s own course: its verdict does not make the table steer, and its success is not offered again', async () => {
    const plan = (await rijen('SELECT monitoringplan_id FROM $schema.afspraak WHERE id = $1', [overname.afspraak]))[0].monitoringplan_id;
    await verwerk(geevalueerd(overname.afspraak, plan, 'niet_bereikt'));
    expect(await tafelRij(tafelId)).toEqual({ status: 'monitoring', bijsturing_nodig: false });
    expect((await alleUitgaand()).filter((t: string) => t.endsWith('bijsturing_nodig.v1'))).toHaveLength(0);
    await verwerk(geevalueerd(overname.afspraak, plan, 'effect_bereikt', new Date(klok.nu().getTime() + 86_400_000).toISOString()));
    expect((await rijen('SELECT oordeel FROM $schema.afspraak WHERE id = $1', [overname.afspraak]))[0].oordeel).toBe('effect_bereikt');
    expect(await rijen('SELECT id FROM $schema.overname WHERE afspraak_id = $1', [overname.afspraak])).toEqual([]);
  });

  it('does not hold up closing the original table, and goes on after the close: the copy’s verdict is kept, its owner reports on it', async () => {
    const lessen = { watWerkte: 'Overbruggingsgesprekken binnen twee weken.', watWerkteNiet: 'Een training zonder vervolg.', voorWie: 'Jongeren op de wachtlijst voor jeugd-GGZ.' };
    const afronding = await api.post(`/v1/tafels/${tafelId}/afronding`, 'gemeente.weert', { leerervaringen: lessen });
    expect(afronding.status).toBe(201);
    expect((await tafelRij(tafelId)).status).toBe('afgerond');

    const plan = (await rijen('SELECT monitoringplan_id FROM $schema.afspraak WHERE id = $1', [overname.afspraak]))[0].monitoringplan_id;
    const later = new Date(klok.nu().getTime() + 200 * 86_400_000).toISOString();
    await verwerk(geevalueerd(overname.afspraak, plan, 'niet_bereikt', later));
    expect((await rijen('SELECT oordeel, geevalueerd_op FROM $schema.afspraak WHERE id = $1', [overname.afspraak]))[0]).toEqual({ oordeel: 'niet_bereikt', geevalueerd_op: new Date(later) });
    expect((await api.post(`/v1/tafels/${tafelId}/afspraken/${overname.afspraak}/voortgang`, 'aanbieder.horizon', { voortgang: 'lopend' })).status).toBe(201);
    const origineel = await api.post(`/v1/tafels/${tafelId}/afspraken/${weertAfspraak}/voortgang`, 'aanbieder.horizon', { voortgang: 'lopend' });
    expect(origineel.status).toBe(409);
    expect(origineel.body.huidigeStatus).toBe('afgerond');
  });
});
