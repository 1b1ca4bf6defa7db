import { startTestService, TestService } from '@koers/service-testing';
import { dienstToken, ServiceProcess, TestIsolation } from '@koers/testing';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, metConsensus, MLW, startSignalen, subVan, uitgaand } from './koerstafel';

const DAG = 86_400_000;

/**
 * domain.md §3 and issue 13 point 3: the meetings of a koerstafel, planned by its behandelaar with a
 * real signalen behind the table, the service's clock injected so "in the past" and "after the
 * start" are the test's to set.
 */
describe('tafels: meetings, invitations and attendance', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;
  const nu = new Date();
  const klok = { nu: () => nu };
  const api = als(() => service);
  const schema = () => service.settings.database.schema;
  const rijen = (tafelId: string) => service.dataSource.query(`SELECT id, status, volgnummer, agenda FROM "${schema()}".bijeenkomst WHERE tafel_id = $1 ORDER BY gepland_op`, [tafelId]);
  const rij = async (id: string) => (await service.dataSource.query(`SELECT status, volgnummer, agenda FROM "${schema()}".bijeenkomst WHERE id = $1`, [id]))[0];
  const tafelStatus = async (tafelId: string) => (await service.dataSource.query(`SELECT status FROM "${schema()}".tafel WHERE id = $1`, [tafelId]))[0].status;

  let tafelId: string;
  let gastId: string;
  let kompasId: string;

  beforeAll(async () => {
    ({ monitoring, signalen } = await startSignalen(isolation));
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url }, { klok });
    const tafel = await api.post('/v1/tafels', 'gemeente.weert', { signaalId: await metConsensus(signalen) });
    expect(tafel.status).toBe(201);
    tafelId = tafel.body.id;
    const kompas = await api.post(`/v1/tafels/${tafelId}/deelnemers`, 'gemeente.weert', { sub: await subVan('aanbieder.kompas') });
    expect(kompas.status).toBe(201);
    kompasId = kompas.body.id;
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  const pad = (bijeenkomstId?: string, rest = '') => `/v1/tafels/${tafelId}/bijeenkomsten${bijeenkomstId ? `/${bijeenkomstId}` : ''}${rest}`;

  it('refuses the first meeting without anyone on the client side with 409 naming it, and stores nothing', async () => {
    const res = await api.post(pad(), 'gemeente.weert', bijeenkomstOver(nu));
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ huidigeStatus: 'voorbereiding', ontbreekt: [expect.stringContaining('cliëntzijde')] });
    expect(await rijen(tafelId)).toEqual([]);
    expect(await tafelStatus(tafelId)).toBe('voorbereiding');
  });

  it('answers 400 naming the field to a meeting in the past, an end before its start, no place or link, an http link, a long agenda or personal data — and stores nothing', async () => {
    const geldig = bijeenkomstOver(nu);
    const fout = async (body: object) => {
      const res = await api.post(pad(), 'gemeente.weert', { ...geldig, ...body });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res.body.invalidParams.map((p: { name: string; code?: string }) => p.name);
    };
    expect(await fout({ start: new Date(nu.getTime() - 3_600_000).toISOString() })).toEqual(['start']);
    expect(await fout({ eind: geldig.start })).toEqual(['eind']);
    expect(await fout({ start: '2026-03-29T02:30', eind: '2026-03-29T04:00' })).toEqual(['start']);
    expect(await fout({ plaats: undefined })).toEqual(['plaats', 'onlineLink']);
    expect(await fout({ onlineLink: 'http://meet.example.nl/tafel' })).toEqual(['onlineLink']);
    expect(await fout({ agenda: 'a'.repeat(10_001) })).toEqual(['agenda']);
    const persoonlijk = await api.post(pad(), 'gemeente.weert', { ...geldig, agenda: 'Bespreken: de zaak van zoon Pietersen, BSN 111222333.' });
    expect(persoonlijk.body.invalidParams).toEqual([expect.objectContaining({ name: 'agenda', code: 'persoonsgegevens' })]);
    expect(JSON.stringify(persoonlijk.body)).not.toMatch(/Pietersen|111222333/);

    const groot = await api.post(pad(), 'gemeente.weert', { ...geldig, agenda: 'Agenda. '.repeat(200_000) });
    expect(groot.status).toBe(413);
    expect(groot.headers['content-type']).toContain('application/problem+json');
    expect(groot.body).toMatchObject({ status: 413, title: 'Verzoek te groot' });
    expect(await rijen(tafelId)).toEqual([]);
  });

  it('lets only the behandelaar plan: 403 for a provider and for another gemeente; 404 for another region', async () => {
    const gast = await api.post(`/v1/tafels/${tafelId}/gasten`, 'client.mlw', { alias: 'Vlinder' });
    expect(gast.status).toBe(201);
    gastId = gast.body.id;
    expect((await api.post(pad(), 'aanbieder.kompas', bijeenkomstOver(nu))).status).toBe(403);
    expect((await api.post(pad(), 'gemeente.leudal', bijeenkomstOver(nu))).status).toBe(403);
    expect((await api.post(pad(), 'gemeente.roermond', bijeenkomstOver(nu))).status).toBe(404);
    expect((await api.get(pad(), 'gemeente.roermond')).status).toBe(404);
    expect(await rijen(tafelId)).toEqual([]);
  });

  let eerste: string;

  it('plans the first meeting — the table’s step planning — from a Dutch local time (winter: +01:00; summer time starts on 31 March 2030), and tells only ids and times', async () => {
    const res = await api.post(pad(), 'gemeente.weert', { start: '2030-03-29T10:00', eind: '2030-03-29T12:30', plaats: 'Stadhuis Weert, raadszaal', onlineLink: 'https://meet.example.nl/koerstafel-weert', agenda: 'Het dossier; wat is het probleem; wie doet mee.' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ tafelId, start: '2030-03-29T10:00:00+01:00', eind: '2030-03-29T12:30:00+01:00', status: 'gepland', volgnummer: 0, plaats: 'Stadhuis Weert, raadszaal' });
    eerste = res.body.id;
    expect(await tafelStatus(tafelId)).toBe('gepland');
    const [gepland] = (await uitgaand(service, eerste)).map((e) => e);
    expect(gepland).toEqual({
      type: 'nl.koers.tafels.bijeenkomst.gepland.v1',
      data: { tafelId, bijeenkomstId: eerste, regio: MLW, start: '2030-03-29T09:00:00.000Z', eind: '2030-03-29T11:30:00.000Z', volgnummer: 0, geplandOp: nu.toISOString() },
    });
  });

  it('plans another meeting while the table is gepland, without a step', async () => {
    const res = await api.post(pad(), 'gemeente.weert', { ...bijeenkomstOver(nu, 14), plaats: undefined, onlineLink: 'https://meet.example.nl/tweede' });
    expect(res.status).toBe(201);
    expect(await tafelStatus(tafelId)).toBe('gepland');
    expect((await rijen(tafelId)).length).toBe(2);
  });

  it('shows every user of the region that meetings exist and when; place, link, agenda and answers only to participants, jurists and the beheerder', async () => {
    for (const gebruiker of ['gemeente.weert', 'aanbieder.kompas', 'client.mlw', 'jurist.mlw', 'beheerder.mlw']) {
      const res = await api.get(pad(eerste), gebruiker);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ plaats: 'Stadhuis Weert, raadszaal', onlineLink: 'https://meet.example.nl/koerstafel-weert', agenda: expect.any(String), antwoorden: [] });
    }
    for (const gebruiker of ['gemeente.leudal', 'aanbieder.horizon']) {
      const lijst = await api.get(pad(), gebruiker);
      expect(lijst.status).toBe(200);
      expect(lijst.body.map((b: { id: string }) => b.id)).toContain(eerste);
      expect(JSON.stringify(lijst.body)).not.toMatch(/raadszaal|meet\.example|dossier|antwoorden/);
      expect(lijst.body.find((b: { id: string }) => b.id === eerste)).toEqual(expect.objectContaining({ start: '2030-03-29T10:00:00+01:00', status: 'gepland' }));
    }
    expect((await api.get(pad(eerste), 'gemeente.roermond')).status).toBe(404);
  });

  it('takes the answers of participants for themselves and of a client representative for their guest; a new answer replaces the old', async () => {
    const antwoord = (deelnemerId: string, gebruiker: string, waarde: string) => api.put(pad(eerste, `/antwoorden/${deelnemerId}`), gebruiker, { antwoord: waarde });
    expect((await antwoord(kompasId, 'aanbieder.kompas', 'aanwezig')).status).toBe(200);
    expect((await antwoord(kompasId, 'aanbieder.kompas', 'afwezig')).body).toMatchObject({ deelnemerId: kompasId, antwoord: 'afwezig' });
    expect((await antwoord(gastId, 'client.mlw', 'aanwezig')).status).toBe(200);
    expect((await antwoord(gastId, 'aanbieder.kompas', 'aanwezig')).status).toBe(403);
    expect((await antwoord(kompasId, 'gemeente.weert', 'aanwezig')).status).toBe(403);
    expect((await antwoord(kompasId, 'beheerder.mlw', 'aanwezig')).status).toBe(403);
    expect((await antwoord(kompasId, 'aanbieder.kompas', 'misschien')).status).toBe(400);
    expect((await antwoord('00000000-0000-4000-8000-000000000000', 'aanbieder.kompas', 'aanwezig')).status).toBe(404);
    const antwoorden = (await api.get(pad(eerste), 'jurist.mlw')).body.antwoorden.map((a: { deelnemerId: string; antwoord: string }) => [a.deelnemerId, a.antwoord]);
    expect(antwoorden.sort()).toEqual([[gastId, 'aanwezig'], [kompasId, 'afwezig']].sort());
  });

  it('moves a meeting: volgnummer goes up and bijeenkomst.verplaatst tells the new times; only the behandelaar, never into the past', async () => {
    expect((await api.patch(pad(eerste), 'gemeente.leudal', { start: '2030-04-05T10:00' })).status).toBe(403);
    expect((await api.patch(pad(eerste), 'aanbieder.kompas', { start: '2030-04-05T10:00' })).status).toBe(403);
    expect((await api.patch(pad(eerste), 'gemeente.roermond', { start: '2030-04-05T10:00' })).status).toBe(404);
    expect((await api.patch(pad(eerste), 'gemeente.weert', { start: new Date(nu.getTime() - DAG).toISOString() })).status).toBe(400);
    expect((await api.patch(pad(eerste), 'gemeente.weert', { eind: '2030-03-29T09:00' })).status).toBe(400);
    expect((await api.patch(pad(eerste), 'gemeente.weert', { plaats: null, onlineLink: null })).status).toBe(400);
    expect((await api.patch(pad(eerste), 'gemeente.weert', {})).status).toBe(400);
    expect((await rij(eerste)).volgnummer).toBe(0);

    const res = await api.patch(pad(eerste), 'gemeente.weert', { start: '2030-04-05T13:00:00+02:00', eind: '2030-04-05T15:00', plaats: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ start: '2030-04-05T13:00:00+02:00', eind: '2030-04-05T15:00:00+02:00', volgnummer: 1, onlineLink: 'https://meet.example.nl/koerstafel-weert' });
    expect(res.body.plaats).toBeUndefined();
    expect((await uitgaand(service, eerste)).at(-1)).toEqual({
      type: 'nl.koers.tafels.bijeenkomst.verplaatst.v1',
      data: { tafelId, bijeenkomstId: eerste, regio: MLW, start: '2030-04-05T11:00:00.000Z', eind: '2030-04-05T13:00:00.000Z', volgnummer: 1, verplaatstOp: nu.toISOString() },
    });
    expect((await api.patch(pad(eerste), 'gemeente.weert', { agenda: 'Het dossier; de stappen.' })).body.volgnummer).toBe(2);
  });

  it('gives notificaties, and only notificaties, the invitation: place, link, agenda and who receives it — a guest through the one who brought them, never by alias', async () => {
    const lees = async (token: string, bijeenkomstId = eerste) => service.http().get(pad(bijeenkomstId, '/uitnodiging')).set({ authorization: `Bearer ${token}` });
    const res = await lees(await dienstToken('notificaties'));
    expect(res.status).toBe(200);
    const [weert, kompas, client] = await Promise.all(['gemeente.weert', 'aanbieder.kompas', 'client.mlw'].map(subVan));
    expect(res.body).toEqual({
      tafelId,
      bijeenkomstId: eerste,
      regio: MLW,
      onderwerp: expect.stringMatching(/^Jongeren in Weert wachten/),
      start: '2030-04-05T13:00:00+02:00',
      eind: '2030-04-05T15:00:00+02:00',
      onlineLink: 'https://meet.example.nl/koerstafel-weert',
      agenda: 'Het dossier; de stappen.',
      status: 'gepland',
      volgnummer: 2,
      ontvangers: [
        { sub: weert, rol: 'gemeente' },
        { sub: kompas, rol: 'aanbieder' },
        { sub: client, rol: 'clientvertegenwoordiger', namensGasten: 1 },
      ],
      portaalPad: `/tafels/${tafelId}/bijeenkomsten/${eerste}`,
    });
    expect(JSON.stringify(res.body)).not.toContain('Vlinder');
    expect((await lees(await dienstToken('tafels'))).status).toBe(403);
    expect((await lees(await dienstToken('signalen'))).status).toBe(403);
    expect((await api.get(pad(eerste, '/uitnodiging'), 'gemeente.weert')).status).toBe(403);
    expect((await lees(await dienstToken('notificaties'), '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('cancels a meeting: volgnummer goes up, bijeenkomst.geannuleerd; then it is neither moved, cancelled nor answered (409 naming its state)', async () => {
    expect((await api.post(pad(eerste, '/annulering'), 'gemeente.leudal', {})).status).toBe(403);
    expect((await api.post(pad(eerste, '/annulering'), 'gemeente.roermond', {})).status).toBe(404);
    const res = await api.post(pad(eerste, '/annulering'), 'gemeente.weert', {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'geannuleerd', volgnummer: 3 });
    expect((await uitgaand(service, eerste)).at(-1)).toEqual({
      type: 'nl.koers.tafels.bijeenkomst.geannuleerd.v1',
      data: { tafelId, bijeenkomstId: eerste, regio: MLW, volgnummer: 3, geannuleerdOp: nu.toISOString() },
    });
    const verplaatst = await api.patch(pad(eerste), 'gemeente.weert', { agenda: 'Toch nog?' });
    expect(verplaatst.status).toBe(409);
    expect(verplaatst.body).toMatchObject({ huidigeStatus: 'geannuleerd' });
    expect((await api.post(pad(eerste, '/annulering'), 'gemeente.weert', {})).body).toMatchObject({ status: 409, huidigeStatus: 'geannuleerd' });
    expect((await api.put(pad(eerste, `/antwoorden/${kompasId}`), 'aanbieder.kompas', { antwoord: 'aanwezig' })).body).toMatchObject({ status: 409, huidigeStatus: 'geannuleerd' });
    expect(await rij(eerste)).toMatchObject({ status: 'geannuleerd', volgnummer: 3, agenda: 'Het dossier; de stappen.' });
    expect((await service.http().get(pad(eerste, '/uitnodiging')).set({ authorization: `Bearer ${await dienstToken('notificaties')}` })).body).toMatchObject({ status: 'geannuleerd', volgnummer: 3 });
  });
});
