import { randomUUID } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { AFSPRAAK_INGETROKKEN_V1, AFSPRAAK_OPGESTELD_V1, AFSPRAAK_VASTGELEGD_V1, AfspraakOpgesteldV1, createCloudEvent } from '@koers/contracts';
import { DeadLetters } from '@koers/messaging';
import { startTestService, TestService } from '@koers/service-testing';
import { dienstToken, eventually, TestIsolation, tokenFor } from '@koers/testing';
import { monitoring } from '../src/monitoring.service-definition';
import { meldAfspraak } from './afspraak-melding';

const MLW = 'midden-limburg-west';
const MLO = 'midden-limburg-oost';
const TAFELS = 'urn:nld:oin:00000000000000000000:systeem:koers-tafels';

/** Agreements as the subjects of plans: what tafels reports, what monitoring confirms, and the follow-up of many at once. */
describe('monitoring plans of koerstafel agreements', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  const tokens: Record<string, string> = {};
  const schema = () => service.settings.database.schema;
  beforeAll(async () => {
    // No evaluation by date in this file: the query count below sees only the request's own queries.
    service = await startTestService(monitoring, isolation, { MONITORING_EVALUATIE_INTERVAL_MS: '600000' });
    for (const user of ['gemeente.nederweert', 'gemeente.leudal', 'gemeente.weert', 'gemeente.roermond', 'beheerder.mlw', 'beheerder.mlo', 'jurist.mlw', 'client.mlw']) {
      tokens[user] = await tokenFor(user);
    }
  });
  afterAll(() => service?.stop());
  const post = (path: string, user: string) => service.http().post(path).auth(tokens[user], { type: 'bearer' });
  const get = (path: string, user: string) => service.http().get(path).auth(tokens[user], { type: 'bearer' });
  const lever = (indicator: string, gemeente: string, punten: Array<[string, number, number]>) =>
    post('/v1/metingen?bron=Planmonitor', 'beheerder.mlw')
      .send(punten.map(([periode, waarde, teller]) => ({ indicator, gemeente, periode, waarde, teller, noemer: 100 })))
      .expect(200);
  const plan = (afspraakId: string, overig: object = {}) => ({
    onderwerp: { soort: 'afspraak', id: afspraakId },
    titel: 'Minder uitval door een vaste contactpersoon',
    gemeenten: ['GM0946'],
    indicatoren: [{ indicator: 'uitval', doelwaarde: 9, richting: 'maximaal' }],
    nulmetingTot: '2024-Q4',
    nulmetingPerioden: 1,
    meetmomenten: ['2025-Q4'],
    evaluatiedatum: '2030-01-01',
    ...overig,
  });
  const aantal = async (tabel: string, waar = 'TRUE', params: unknown[] = []) =>
    (await service.dataSource.query(`SELECT count(*)::int AS n FROM "${schema()}".${tabel} WHERE ${waar}`, params))[0].n as number;
  const outbox = (type: string, subject: string) =>
    service.dataSource.query(`SELECT payload->'data' AS data FROM "${schema()}".outbox WHERE type = $1 AND payload->>'subject' = $2`, [type, subject]);
  const vastgelegd = (data: { afspraakId: string; monitoringplanId: string; regio?: string }) => {
    const regio = data.regio ?? MLW;
    const event = createCloudEvent({
      type: AFSPRAAK_VASTGELEGD_V1,
      source: TAFELS,
      regio,
      data: { tafelId: randomUUID(), versie: 1, vastgelegdOp: new Date().toISOString(), ...data, regio },
    });
    return isolation.publish(event).then(() => event.id);
  };
  const onbestelbaar = (eventId: string) =>
    eventually(async () => (await service.app.get(DeadLetters).list(100)).find((d) => d.eventId === eventId), 15000);

  beforeAll(async () => {
    await lever('uitval', 'GM0946', [['2024-Q4', 10, 30], ['2025-Q2', 9.5, 3]]);
    await lever('uitval', 'GM1640', [['2024-Q4', 8, 20], ['2025-Q2', 7, 14]]);
  });

  it('refuses a plan for an agreement tafels has not reported, or reported in another region, alike and storing nothing', async () => {
    const elders = await meldAfspraak(service, isolation, { regio: MLO, gemeenten: ['GM0957'] });
    const voor = await aantal('monitoringplan');
    const onbekend = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(randomUUID())).expect(409);
    expect(onbekend.body).toMatchObject({ type: 'urn:nl-koers:probleem:ongeldige-statusovergang', huidigeStatus: 'onbekend' });
    expect(onbekend.body.detail).toContain('tafels heeft haar niet gemeld');
    const andereRegio = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(elders)).expect(409);
    expect(andereRegio.body.detail.replace(elders, 'ID')).toBe(onbekend.body.detail.replace(/[0-9a-f-]{36}/, 'ID'));
    expect(await aantal('monitoringplan')).toBe(voor);
    expect(await aantal('outbox', "type = 'nl.koers.monitoring.monitoringplan.aangemaakt.v1'")).toBe(0);
  });

  it('keeps the newest draft of an agreement: a later one replaces it, an older one arriving late changes nothing', async () => {
    const afspraakId = await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM0946'], opgesteldOp: '2026-03-02T10:00:00.000Z' });
    const gemeenten = async () => (await service.dataSource.query(`SELECT gemeenten FROM "${schema()}".afspraak_onderwerp WHERE afspraak_id = $1`, [afspraakId]))[0].gemeenten;
    const opnieuw = async (opgesteldOp: string, nieuw: string[]) => {
      const event = createCloudEvent({
        type: AFSPRAAK_OPGESTELD_V1,
        source: TAFELS,
        regio: MLW,
        data: { afspraakId, tafelId: randomUUID(), versie: 1, soort: 'werkafspraak', bijeenkomstId: randomUUID(), eigenaar: 'zorggroep-horizon', gemeenten: nieuw, deadline: '2026-12-31', opgesteldOp, regio: MLW } satisfies AfspraakOpgesteldV1,
      });
      await isolation.publish(event);
      await eventually(async () => ((await aantal('verwerkte_events', 'event_id = $1', [event.id])) ? true : undefined));
    };
    await opnieuw('2026-03-01T10:00:00.000Z', ['GM0946', 'GM1640', 'GM0988']);
    expect(await gemeenten()).toEqual(['GM0946']);
    await opnieuw('2026-03-03T10:00:00.000Z', ['GM0946', 'GM1640']);
    expect(await gemeenten()).toEqual(['GM0946', 'GM1640']);
  });

  it('makes the plan of a reported agreement, tells tafels through the outbox, and keeps one plan per agreement', async () => {
    const afspraakId = await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM0946', 'GM1640'] });
    const buiten = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(afspraakId, { gemeenten: ['GM0946', 'GM0988'] })).expect(400);
    expect(buiten.body.invalidParams).toEqual([{ name: 'gemeenten', code: 'buiten-afspraak', reason: 'GM0988 hoort niet bij de afspraak, die geldt voor GM0946, GM1640' }]);

    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(afspraakId)).expect(201);
    expect(gemaakt.body).toMatchObject({ status: 'lopend', onderwerp: { soort: 'afspraak', id: afspraakId } });
    const [event] = await outbox('nl.koers.monitoring.monitoringplan.aangemaakt.v1', gemaakt.body.id);
    expect(event.data).toEqual({
      monitoringplanId: gemaakt.body.id,
      regio: MLW,
      onderwerp: { soort: 'afspraak', id: afspraakId },
      indicatoren: ['uitval'],
      evaluatiedatum: '2030-01-01',
      aangemaaktOp: expect.any(String),
    });
    const tweede = await post('/v1/monitoringplannen', 'gemeente.leudal').send(plan(afspraakId)).expect(409);
    expect(tweede.body.detail).toContain(gemaakt.body.id);

    const pilot = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(randomUUID(), { onderwerp: { soort: 'pilot', id: randomUUID() } })).expect(201);
    expect(await outbox('nl.koers.monitoring.monitoringplan.aangemaakt.v1', pilot.body.id)).toHaveLength(1);

    await post('/v1/monitoringplannen', 'jurist.mlw').send(plan(afspraakId)).expect(403);
    await post('/v1/monitoringplannen', 'client.mlw').send(plan(afspraakId)).expect(403);
    await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.roermond').expect(404);
  });

  it('confirms the plan when tafels records the agreement, once, and refuses a plan of another agreement or region (dead letter)', async () => {
    const afspraakId = await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM0946'] });
    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(afspraakId)).expect(201);

    const verkeerd = await vastgelegd({ afspraakId: randomUUID(), monitoringplanId: gemaakt.body.id });
    expect((await onbestelbaar(verkeerd)).error).toContain("Het monitoringplan heeft status 'lopend'; voor 'bevestigd' ontbreekt: een afspraak die het onderwerp van dit plan is.");
    const elders = await vastgelegd({ afspraakId, monitoringplanId: gemaakt.body.id, regio: MLO });
    expect((await onbestelbaar(elders)).error).toContain(`Monitoringplan ${gemaakt.body.id} bestaat niet`);
    expect((await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.nederweert').expect(200)).body.status).toBe('lopend');

    await vastgelegd({ afspraakId, monitoringplanId: gemaakt.body.id });
    const nogmaals = await vastgelegd({ afspraakId, monitoringplanId: gemaakt.body.id }); // told again in another event: taken, nothing changes
    const bevestigd = await eventually(async () => {
      const res = await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.nederweert').expect(200);
      return res.body.status === 'bevestigd' ? res.body : undefined;
    });
    expect(bevestigd.bevestigdOp).toEqual(expect.any(String));
    const events = await eventually(async () => {
      const rijen = await outbox('nl.koers.monitoring.monitoringplan.bevestigd.v1', gemaakt.body.id);
      return rijen.length ? rijen : undefined;
    });
    await eventually(async () => ((await aantal('verwerkte_events', 'event_id = $1', [nogmaals])) ? true : undefined));
    expect(await outbox('nl.koers.monitoring.monitoringplan.bevestigd.v1', gemaakt.body.id)).toHaveLength(1);
    expect((await service.app.get(DeadLetters).list(100)).map((d) => d.eventId)).not.toContain(nogmaals);
    expect(events[0].data).toEqual({
      monitoringplanId: gemaakt.body.id,
      regio: MLW,
      onderwerp: { soort: 'afspraak', id: afspraakId },
      evaluatiedatum: '2030-01-01',
      nulmetingCompleet: true,
      bevestigdOp: bevestigd.bevestigdOp,
    });
  });

  it('lets the plan of a dropped concept lapse: not judged, and no new plan for that agreement; a redelivery changes nothing', async () => {
    const afspraakId = await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM0946'] });
    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(afspraakId)).expect(201);
    const ingetrokken = createCloudEvent({
      type: AFSPRAAK_INGETROKKEN_V1,
      source: TAFELS,
      regio: MLW,
      subject: afspraakId,
      data: { afspraakId, tafelId: randomUUID(), regio: MLW, versie: 1, monitoringplanId: gemaakt.body.id, ingetrokkenOp: new Date().toISOString() },
    });
    await isolation.publish(ingetrokken, ingetrokken);
    const vervallen = await eventually(async () => {
      const res = await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.nederweert').expect(200);
      return res.body.status === 'vervallen' ? res.body : undefined;
    });
    expect(vervallen.evaluaties).toEqual([]);
    const oordeel = await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'gemeente.nederweert').expect(409);
    expect(oordeel.body).toMatchObject({ huidigeStatus: 'vervallen' });
    const opnieuw = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(afspraakId)).expect(409);
    expect(opnieuw.body.detail).toContain('ingetrokken');
    expect(await aantal('monitoringplan', "onderwerp_id = $1", [afspraakId])).toBe(1);
    expect(await aantal('monitoringplan_evaluatie', 'monitoringplan_id = $1', [gemaakt.body.id])).toBe(0);
  });

  it('adds an outcome criterion’s indicator to the region’s catalogue only, once, and refuses another definition under its code', async () => {
    const criterium: NonNullable<AfspraakOpgesteldV1['outcomecriterium']> = {
      code: 'doelrealisatie-samen',
      naam: 'Doelrealisatie samen vastgesteld',
      definitie: 'Aandeel afgesloten trajecten waarin de met de aanbieders afgesproken doelen zijn gehaald',
      eenheid: 'procent',
      richting: 'hoger_is_beter',
      doelwaarde: 80,
    };
    await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM0946'], soort: 'outcomecriterium', outcomecriterium: criterium });
    const indicator = await get(`/v1/indicatoren/${criterium.code}`, 'gemeente.nederweert').expect(200);
    expect(indicator.body).toEqual({ code: criterium.code, regio: MLW, naam: criterium.naam, definitie: criterium.definitie, eenheid: 'procent', richting: 'hoger_is_beter', bron: 'Outcomecriterium van een koerstafel' });
    const register = await get('/v1/register', 'beheerder.mlw').expect(200);
    expect(register.body[0].indicatoren).toContainEqual(expect.objectContaining({ code: criterium.code, landelijk: false, versie: 1 }));
    await get(`/v1/indicatoren/${criterium.code}`, 'beheerder.mlo').expect(404);
    expect((await get('/v1/register', 'beheerder.mlo').expect(200)).body[0].indicatoren.map((i: { code: string }) => i.code)).not.toContain(criterium.code);

    // The same criterion on a second agreement changes nothing; another definition is refused and that agreement is not kept.
    await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM1640'], soort: 'outcomecriterium', outcomecriterium: criterium });
    expect(await aantal('outbox', "type = 'nl.koers.monitoring.indicator.toegevoegd.v1' AND payload->'data'->>'code' = $1", [criterium.code])).toBe(1);
    const anders = createCloudEvent({
      type: AFSPRAAK_OPGESTELD_V1,
      source: TAFELS,
      regio: MLW,
      data: {
        afspraakId: randomUUID(), tafelId: randomUUID(), versie: 1, soort: 'outcomecriterium', bijeenkomstId: randomUUID(), eigenaar: 'zorggroep-horizon',
        gemeenten: ['GM0988'], deadline: '2026-12-31', opgesteldOp: new Date().toISOString(), regio: MLW,
        outcomecriterium: { ...criterium, definitie: 'Iets anders', eenheid: 'aantal' },
      } satisfies AfspraakOpgesteldV1,
    });
    await isolation.publish(anders);
    expect((await onbestelbaar(anders.id)).error).toContain(`Indicator '${criterium.code}' staat al in de catalogus van ${MLW} met een andere definitie, eenheid`);
    expect(await aantal('afspraak_onderwerp', 'afspraak_id = $1', [(anders.data as AfspraakOpgesteldV1).afspraakId])).toBe(0);
  });

  it('makes a plan on a new outcome indicator without a baseline: onvoldoende_data until its figures arrive', async () => {
    const criterium = { code: 'samen-afgesproken-doelen', naam: 'Samen afgesproken doelen', definitie: 'Aandeel trajecten met samen afgesproken doelen', eenheid: 'procent', richting: 'hoger_is_beter' as const, doelwaarde: 70 };
    const afspraakId = await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM0946'], soort: 'outcomecriterium', outcomecriterium: criterium });
    const zonder = await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(afspraakId)).expect(400);
    expect(zonder.body.invalidParams).toEqual([
      { name: 'indicatoren', code: 'outcomecriterium-ontbreekt', reason: `het plan van dit outcomecriterium meet de indicator die het definieert: ${criterium.code}` },
    ]);
    const gemaakt = await post('/v1/monitoringplannen', 'gemeente.nederweert')
      .send(plan(afspraakId, { indicatoren: [{ indicator: criterium.code, doelwaarde: 70, richting: 'minimaal' }] }))
      .expect(201);
    expect(gemaakt.body.indicatoren[0].nulmeting).toEqual({});
    const teVroeg = await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'gemeente.nederweert').expect(201);
    expect(teVroeg.body).toMatchObject({ oordeel: 'onvoldoende_data' });
    expect(teVroeg.body.indicatoren[0].ontbrekend).toEqual(['GM0946: geen nulmeting', 'GM0946: geen meting over 2025-Q4']);

    await vastgelegd({ afspraakId, monitoringplanId: gemaakt.body.id });
    const [bevestigd] = await eventually(async () => {
      const rijen = await outbox('nl.koers.monitoring.monitoringplan.bevestigd.v1', gemaakt.body.id);
      return rijen.length ? rijen : undefined;
    });
    expect(bevestigd.data.nulmetingCompleet).toBe(false);

    await lever(criterium.code, 'GM0946', [['2024-Q4', 55, 55], ['2025-Q4', 74, 74]]);
    const oordeel = await post(`/v1/monitoringplannen/${gemaakt.body.id}/evaluaties`, 'gemeente.nederweert').expect(201);
    expect(oordeel.body).toMatchObject({ oordeel: 'effect_bereikt' });
    const nu = await get(`/v1/monitoringplannen/${gemaakt.body.id}`, 'gemeente.nederweert').expect(200);
    expect(nu.body.indicatoren[0].nulmeting).toEqual({ GM0946: { waarde: 55, periodes: ['2024-Q4'] } });
    expect(nu.body).toMatchObject({ status: 'bevestigd', oordeel: 'effect_bereikt' });
  });

  it('gives a new version of an agreement its own plan; the old plan keeps its verdict', async () => {
    const eerste = await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM1640'] });
    const oud = await post('/v1/monitoringplannen', 'gemeente.leudal').send(plan(eerste, { gemeenten: ['GM1640'], indicatoren: [{ indicator: 'uitval', doelwaarde: 5, richting: 'maximaal' }], meetmomenten: ['2025-Q2'] })).expect(201);
    expect((await post(`/v1/monitoringplannen/${oud.body.id}/evaluaties`, 'gemeente.leudal').expect(201)).body.oordeel).toBe('niet_bereikt');

    const tweede = await meldAfspraak(service, isolation, { regio: MLW, gemeenten: ['GM1640'], versie: 2, vorigeVersieId: eerste });
    const nieuw = await post('/v1/monitoringplannen', 'gemeente.leudal').send(plan(tweede, { gemeenten: ['GM1640'], indicatoren: [{ indicator: 'uitval', doelwaarde: 7.5, richting: 'maximaal' }], meetmomenten: ['2025-Q2'] })).expect(201);
    expect((await post(`/v1/monitoringplannen/${nieuw.body.id}/evaluaties`, 'gemeente.leudal').expect(201)).body.oordeel).toBe('effect_bereikt');
    expect((await get(`/v1/monitoringplannen/${oud.body.id}`, 'gemeente.leudal').expect(200)).body.oordeel).toBe('niet_bereikt');
    const [versie] = await service.dataSource.query(`SELECT versie, vorige_versie_id FROM "${schema()}".afspraak_onderwerp WHERE afspraak_id = $1`, [tweede]);
    expect(versie).toEqual({ versie: 2, vorige_versie_id: eerste });
  });

  describe('follow-up of many agreements in one call', () => {
    const ids: string[] = [];
    beforeAll(async () => {
      for (const gemeenten of [['GM0946'], ['GM0946'], ['GM1640']]) {
        const afspraakId = await meldAfspraak(service, isolation, { regio: MLW, gemeenten });
        await post('/v1/monitoringplannen', 'gemeente.nederweert').send(plan(afspraakId, { gemeenten, meetmomenten: ['2025-Q2', '2025-Q4'] })).expect(201);
        ids.push(afspraakId);
      }
    });
    const volg = (user: string, onderwerpIds: string[]) => get(`/v1/monitoringplannen?onderwerp=afspraak&onderwerpIds=${onderwerpIds.join(',')}`, user);

    it('shows each plan’s latest figure against its target and the verdict so far, with what is missing', async () => {
      const res = await volg('gemeente.leudal', ids).expect(200);
      expect(res.body.map((p: { onderwerp: { id: string } }) => p.onderwerp.id).sort()).toEqual([...ids].sort());
      const leudal = res.body.find((p: { onderwerp: { id: string } }) => p.onderwerp.id === ids[2]);
      expect(leudal.stand).toEqual({
        oordeel: 'onvoldoende_data',
        indicatoren: [{
          indicator: 'uitval',
          doelwaarde: 9,
          richting: 'maximaal',
          oordeel: 'onvoldoende_data',
          laatsteMetingen: [{ gemeente: 'GM1640', naam: 'Leudal', periode: '2025-Q2', waarde: 7, weergave: '7', doelBereikt: true }],
          ontbrekend: ['GM1640: geen meting over 2025-Q4'],
          toelichting: expect.stringContaining('Leudal: nulmeting 8, nog geen meting over 2025-Q4'),
        }],
      });
    });

    it('suppresses a small figure for everyone but its own gemeente', async () => {
      const nederweert = (await volg('gemeente.nederweert', [ids[0]]).expect(200)).body[0].stand.indicatoren[0].laatsteMetingen[0];
      expect(nederweert).toEqual({ gemeente: 'GM0946', naam: 'Nederweert', periode: '2025-Q2', waarde: 9.5, weergave: '9,5', doelBereikt: false });
      for (const user of ['gemeente.leudal', 'jurist.mlw', 'client.mlw']) {
        const body = (await volg(user, [ids[0]]).expect(200)).body;
        expect(body[0].stand.indicatoren[0].laatsteMetingen[0]).toEqual({ gemeente: 'GM0946', naam: 'Nederweert', periode: '2025-Q2', waarde: null, weergave: '< 5', doelBereikt: false, onderdrukt: true });
        expect(JSON.stringify(body)).not.toMatch(/9[,.]5/);
      }
    });

    it('asks the database once, whatever the number of agreements (no query per agreement)', async () => {
      const geteld = async (onderwerpIds: string[]) => {
        const query = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          await volg('gemeente.nederweert', onderwerpIds).expect(200);
          return query.mock.calls.map(([sql]) => String(sql)).filter((sql) => /monitoringplan|meting|gemeente/.test(sql) && !/SKIP LOCKED|reeks_te_beoordelen|outbox/.test(sql)).length;
        } finally {
          query.mockRestore();
        }
      };
      expect(await geteld([ids[0]])).toBe(1);
      expect(await geteld(ids)).toBe(1);
      expect(await geteld([...ids, ...Array.from({ length: 97 }, () => randomUUID())])).toBe(1);
    });

    it('shows another region nothing, refuses a service identity, and validates the ids', async () => {
      expect((await volg('gemeente.roermond', ids).expect(200)).body).toEqual([]);
      await service.http().get(`/v1/monitoringplannen?onderwerp=afspraak&onderwerpIds=${ids[0]}`).auth(await dienstToken('tafels'), { type: 'bearer' }).expect(403);
      const teVeel = await volg('gemeente.nederweert', Array.from({ length: 101 }, () => randomUUID())).expect(400);
      expect(teVeel.body.invalidParams).toEqual([expect.objectContaining({ name: 'onderwerpIds', reason: 'onderwerpIds mag ten hoogste 100 ids bevatten' })]);
      const geenId = await volg('gemeente.nederweert', ['afspraak-1']).expect(400);
      expect(geenId.body.invalidParams).toEqual([expect.objectContaining({ name: 'onderwerpIds', reason: 'onderwerpIds moeten ids (UUID) van afspraken of pilots zijn' })]);
      await get('/v1/monitoringplannen?onderwerp=tafel', 'gemeente.nederweert').expect(400);
    });
  });
});
