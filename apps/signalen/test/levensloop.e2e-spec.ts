import { randomUUID } from 'node:crypto';
import { createCloudEvent, TAFEL_GESTART_V1, TafelGestartV1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';
import { alsGebruiker, eventsVan, gelijktijdig, MLW, partnerverzoek, rijen } from './signalen-api';

/** domain.md §2: the life cycle of a signal, its history, merging and the tafel event. */
describe('signaal life cycle', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let monitoring: ServiceProcess;
  const api = alsGebruiker(() => service);

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, registerEnv(monitoring));
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  const dienIn = async (gemeenten = ['GM0988'], titel?: string): Promise<string> => {
    const res = await api.post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(gemeenten, titel));
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const wijzig = (id: string, gebruiker: string, body: object) => api.post(`/v1/signalen/${id}/statuswijzigingen`, gebruiker, body);
  const neemOp = async (id: string, gebruiker = 'gemeente.weert') => expect((await wijzig(id, gebruiker, { naar: 'in_voorbereiding' })).status).toBe(201);
  const historie = async (id: string) => (await rijen(service, `SELECT van, naar, rol FROM $schema.statuswijziging WHERE signaal_id = $1 ORDER BY wanneer, id`, [id])) as Array<{ van: string | null; naar: string; rol: string }>;

  it('records the intake as the first history entry and shows it with the empty dossier and rounds', async () => {
    const id = await dienIn();
    const res = await api.get(`/v1/signalen/${id}`, 'jurist.mlw');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'ingediend', dossier: [], consensusrondes: [], samengevoegdeSignalen: [] });
    expect(res.body.historie).toEqual([
      { naar: 'ingediend', wie: expect.any(String), rol: 'aanbieder', organisatie: 'zorggroep-horizon', wanneer: res.body.ingediendOp },
    ]);
  });

  it('lets a gemeente of the signal take it up and become behandelaar; the change, its history and its event commit together', async () => {
    const id = await dienIn();
    const res = await wijzig(id, 'gemeente.weert', { naar: 'in_voorbereiding' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('in_voorbereiding');

    const detail = await api.get(`/v1/signalen/${id}`, 'client.mlw');
    expect(detail.body).toMatchObject({ status: 'in_voorbereiding', behandelaarGemeente: 'GM0988' });
    expect(detail.body.historie[1]).toEqual({ van: 'ingediend', naar: 'in_voorbereiding', wie: expect.any(String), rol: 'gemeente', gemeente: 'GM0988', wanneer: expect.any(String) });
    expect(detail.body.historie[1].wie).not.toBe(detail.body.historie[0].wie);
    expect((await eventsVan(service, id))[1].data).toMatchObject({ titel: partnerverzoek().titel, indienerRol: 'aanbieder', indienerSub: detail.body.historie[0].wie });
    expect(await eventsVan(service, id)).toEqual([
      expect.objectContaining({ type: 'nl.koers.signalen.signaal.ingediend.v1' }),
      { type: 'nl.koers.signalen.signaal.in_behandeling_genomen.v1', data: expect.objectContaining({ signaalId: id, regio: MLW, behandelaarGemeente: 'GM0988', gemeenten: ['GM0988'] }) },
    ]);
  });

  it('refuses take-up by a gemeente outside the signal (403), by a provider (403), and a second take-up (409 naming the state)', async () => {
    const id = await dienIn();
    const leudal = await wijzig(id, 'gemeente.leudal', { naar: 'in_voorbereiding' });
    expect(leudal.status).toBe(403);
    expect(leudal.headers['content-type']).toContain('application/problem+json');
    expect(leudal.body.detail).toContain('gemeente van het signaal');
    expect((await wijzig(id, 'aanbieder.horizon', { naar: 'in_voorbereiding' })).status).toBe(403);
    await neemOp(id);
    const nogmaals = await wijzig(id, 'gemeente.weert', { naar: 'in_voorbereiding' });
    expect(nogmaals.status).toBe(409);
    expect(nogmaals.headers['content-type']).toContain('application/problem+json');
    expect(nogmaals.body).toMatchObject({ status: 409, huidigeStatus: 'in_voorbereiding' });
    expect(nogmaals.body.detail).toContain("'in_voorbereiding'");
    expect((await historie(id)).map((h) => h.naar)).toEqual(['ingediend', 'in_voorbereiding']);
  });

  it('rejects only with a reason, free of personal data; once taken up only the behandelaar rejects; afgewezen is final', async () => {
    const id = await dienIn();
    await neemOp(id);
    const zonder = await wijzig(id, 'gemeente.weert', { naar: 'afgewezen' });
    expect(zonder.status).toBe(400);
    expect(zonder.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['reden']);
    const metMail = await wijzig(id, 'gemeente.weert', { naar: 'afgewezen', reden: 'Zie mail van j.jansen@example.nl' });
    expect(metMail.status).toBe(400);
    expect(metMail.body.invalidParams[0]).toMatchObject({ name: 'reden', code: 'persoonsgegevens' });
    const onbekend = await wijzig(id, 'gemeente.weert', { naar: 'opgelost', samengevoegdMet: 'geen-uuid', extra: 1 });
    expect(onbekend.status).toBe(400);
    expect(onbekend.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['naar', 'samengevoegdMet', 'extra']));
    expect((await historie(id)).length).toBe(2);

    expect((await wijzig(id, 'gemeente.leudal', { naar: 'afgewezen', reden: 'Hoort niet bij Leudal' })).status).toBe(403);
    const res = await wijzig(id, 'gemeente.weert', { naar: 'afgewezen', reden: 'Valt onder het lopende programma wachttijden.' });
    expect(res.status).toBe(201);
    expect((await historie(id)).at(-1)).toMatchObject({ van: 'in_voorbereiding', naar: 'afgewezen', rol: 'gemeente' });
    expect((await eventsVan(service, id)).at(-1)).toEqual({
      type: 'nl.koers.signalen.signaal.afgewezen.v1',
      data: expect.objectContaining({ signaalId: id, reden: 'Valt onder het lopende programma wachttijden.' }),
    });
    const daarna = await wijzig(id, 'gemeente.weert', { naar: 'in_voorbereiding' });
    expect(daarna.status).toBe(409);
    expect(daarna.body).toMatchObject({ huidigeStatus: 'afgewezen' });
    expect(daarna.body.detail).toContain('eindstatus');
  });

  it('refuses steps that follow from other facts, saying how they come about and what is missing', async () => {
    const id = await dienIn();
    await neemOp(id);
    const consensus = await wijzig(id, 'gemeente.weert', { naar: 'consensus_gevraagd' });
    expect(consensus.status).toBe(409);
    expect(consensus.body).toMatchObject({ huidigeStatus: 'in_voorbereiding', ontbreekt: ['een dossier met elke soort bewijs'] });
    expect(consensus.body.detail).toContain('consensusrondes');
    const bereikt = await wijzig(id, 'gemeente.weert', { naar: 'consensus_bereikt' });
    expect(bereikt.status).toBe(409);
    expect(bereikt.body.detail).toContain("Vanuit 'in_voorbereiding' kan het alleen naar");
    expect((await historie(id)).length).toBe(2);
  });

  it('merges a signal into another open signal of the region; the survivor lists it, transitively, with dossier and history', async () => {
    const a = await dienIn(['GM0988'], 'Wachttijd GGZ Weert (dubbel)');
    const b = await dienIn(['GM0988'], 'Wachttijd GGZ Weert');
    const c = await dienIn(['GM0988'], 'Wachttijden jeugdhulp Weert');
    await neemOp(b);

    const zonderDoel = await wijzig(a, 'gemeente.weert', { naar: 'samengevoegd' });
    expect(zonderDoel.status).toBe(400);
    expect(zonderDoel.body.invalidParams[0].name).toBe('samengevoegdMet');
    expect((await wijzig(a, 'gemeente.weert', { naar: 'samengevoegd', samengevoegdMet: a })).status).toBe(400);
    const andereRegio = (await api.post('/v1/signalen', 'aanbieder.maasveld', { ...partnerverzoek(['GM0957']), regio: undefined })).body.id;
    const elders = await wijzig(a, 'gemeente.weert', { naar: 'samengevoegd', samengevoegdMet: andereRegio });
    const nergens = await wijzig(a, 'gemeente.weert', { naar: 'samengevoegd', samengevoegdMet: randomUUID() });
    expect([elders.status, nergens.status]).toEqual([400, 400]);
    expect(elders.body.invalidParams[0].code).toBe(nergens.body.invalidParams[0].code);

    const res = await wijzig(a, 'gemeente.weert', { naar: 'samengevoegd', samengevoegdMet: b, reden: 'Zelfde trend' });
    expect(res.status).toBe(201);
    expect((await eventsVan(service, a)).at(-1)).toEqual({
      type: 'nl.koers.signalen.signaal.samengevoegd.v1',
      data: expect.objectContaining({ signaalId: a, samengevoegdMet: b, reden: 'Zelfde trend' }),
    });
    expect((await eventsVan(service, a)).at(-1)?.data).toMatchObject({ titel: expect.any(String), indienerRol: 'aanbieder', indienerSub: expect.any(String) });
    expect((await eventsVan(service, a)).at(-1)?.data).not.toHaveProperty('partijen');
    const terug = await wijzig(b, 'gemeente.weert', { naar: 'samengevoegd', samengevoegdMet: a });
    expect(terug.status).toBe(409);
    expect(terug.body.ontbreekt[0]).toContain("status 'samengevoegd'");

    expect((await wijzig(b, 'gemeente.weert', { naar: 'samengevoegd', samengevoegdMet: c })).status).toBe(201);
    const overlevende = await api.get(`/v1/signalen/${c}`, 'gemeente.leudal');
    expect(overlevende.body.samengevoegdeSignalen.map((s: { id: string }) => s.id)).toEqual([a, b]);
    const [metA, metB] = overlevende.body.samengevoegdeSignalen;
    expect(metA).toMatchObject({ status: 'samengevoegd', samengevoegdMet: b, dossier: [], consensusrondes: [] });
    expect(metA.historie.map((h: { naar: string }) => h.naar)).toEqual(['ingediend', 'samengevoegd']);
    expect(metB.historie.map((h: { naar: string }) => h.naar)).toEqual(['ingediend', 'in_voorbereiding', 'samengevoegd']);
    const samengevoegdZelf = await api.get(`/v1/signalen/${a}`, 'gemeente.weert');
    expect(samengevoegdZelf.body).toMatchObject({ status: 'samengevoegd', samengevoegdMet: b });
  });

  it('lets exactly one of two concurrent take-ups win', async () => {
    const id = await dienIn(['GM0988', 'GM1640']);
    await Promise.all([tokenFor('gemeente.weert'), tokenFor('gemeente.leudal')]);
    const antwoorden = await gelijktijdig(service, id, [
      () => wijzig(id, 'gemeente.weert', { naar: 'in_voorbereiding' }),
      () => wijzig(id, 'gemeente.leudal', { naar: 'in_voorbereiding' }),
    ]);
    expect(antwoorden.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await historie(id)).map((h) => h.naar)).toEqual(['ingediend', 'in_voorbereiding']);
    expect((await eventsVan(service, id)).filter((e) => e.type.endsWith('in_behandeling_genomen.v1'))).toHaveLength(1);
  });

  it('keeps the history append-only in the database', async () => {
    const id = await dienIn();
    await expect(rijen(service, `UPDATE $schema.statuswijziging SET reden = 'anders' WHERE signaal_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(rijen(service, `DELETE FROM $schema.statuswijziging WHERE signaal_id = $1`, [id])).rejects.toThrow(/append-only/);
  });

  it('answers 404 for another region on every route, exactly like a missing signal', async () => {
    const id = await dienIn();
    await neemOp(id);
    const ronde = randomUUID();
    const routes: Array<[string, (sid: string) => Promise<{ status: number; body: { type: string; title: string } }>]> = [
      ['GET detail', (sid) => api.get(`/v1/signalen/${sid}`, 'gemeente.roermond')],
      ['POST statuswijzigingen', (sid) => wijzig(sid, 'gemeente.roermond', { naar: 'afgewezen', reden: 'x' })],
      ['POST dossierstukken', (sid) => api.post(`/v1/signalen/${sid}/dossierstukken`, 'gemeente.roermond', { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3' })],
      ['POST consensusrondes', (sid) => api.post(`/v1/signalen/${sid}/consensusrondes`, 'gemeente.roermond', { partijen: ['jeugdhulp-maasveld'] })],
      ['POST antwoorden', (sid) => api.post(`/v1/signalen/${sid}/consensusrondes/${ronde}/antwoorden`, 'aanbieder.maasveld', { standpunt: 'eens' })],
    ];
    for (const [route, call] of routes) {
      const elders = await call(id);
      const nergens = await call(randomUUID());
      expect([route, elders.status]).toEqual([route, 404]);
      expect([route, elders.body.type, elders.body.title]).toEqual([route, nergens.body.type, nergens.body.title]);
    }
    expect((await historie(id)).length).toBe(2);
  });

  it('dead-letters a tafel.gestart for a signal without consensus, with the reason, and changes nothing', async () => {
    const id = await dienIn();
    await neemOp(id);
    const data: TafelGestartV1 = { tafelId: randomUUID(), regio: MLW, signaalId: id, gestartOp: new Date().toISOString() };
    const event = createCloudEvent({ type: TAFEL_GESTART_V1, source: 'urn:nld:oin:00000000000000000000:systeem:koers-tafels', regio: MLW, subject: id, data });
    await isolation.publish(event);
    const letter = await eventually(async () => {
      const res = await api.get('/v1/onbestelbare-berichten', 'beheerder.mlw');
      return res.body.items?.find((l: { eventId: string }) => l.eventId === event.id);
    }, 20000);
    expect(letter.fout).toContain("'in_voorbereiding'");
    const detail = await api.get(`/v1/signalen/${id}`, 'gemeente.weert');
    expect(detail.body.status).toBe('in_voorbereiding');
    expect(detail.body.tafelId).toBeUndefined();
    expect((await historie(id)).length).toBe(2);
  });
});
