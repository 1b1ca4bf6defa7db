import { startTestService, TestService } from '@koers/service-testing';
import { naWerkdagen, nederlandseDatum } from '@koers/domain';
import { dienstToken, eventually, ServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { tafels } from '../src/tafels.service-definition';
import { als, bijeenkomstOver, metConsensus, MLW, startSignalen, subVan, uitgaand } from './koerstafel';
import { pdfTekst } from './pdf-tekst';

const DAG = 86_400_000;

/**
 * domain.md §3: the meetings of a koerstafel, planned by its behandelaar with a
 * real signalen behind the table, the service's clock injected so "in the past" and "after the
 * start" are the test's to set.
 */
describe('tafels: meetings, invitations and attendance', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let signalen: ServiceProcess | undefined;
  let service: TestService;
  let nu = new Date();
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
    // Midden-Limburg-West sets its own remark term: 3 working days instead of the default 5.
    service = await startTestService(tafels, isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_REACTIETERMIJN_PER_REGIO: `${MLW}=3`, TAFELS_REACTIETERMIJN_INTERVAL_MS: '300' }, { klok });
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

  it('lists no meetings for a table that has none', async () => {
    expect((await api.get(pad(), 'gemeente.weert')).body).toEqual([]);
    expect((await api.get(pad(), 'gemeente.leudal')).body).toEqual([]);
  });

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

  let tweede: string;

  it('plans once for one Idempotency-Key: the retry gets the first answer', async () => {
    const keyed = async () =>
      service
        .http()
        .post(pad())
        .set({ authorization: `Bearer ${await tokenFor('gemeente.weert')}`, 'idempotency-key': `plan-${tafelId}` })
        .send({ ...bijeenkomstOver(nu, 21), agenda: 'Reservedatum.' });
    const eerst = await keyed();
    expect(eerst.status).toBe(201);
    const opnieuw = await keyed();
    expect(opnieuw.status).toBe(201);
    expect(opnieuw.body.id).toBe(eerst.body.id);
    expect((await rijen(tafelId)).filter((r: { agenda: string }) => r.agenda === 'Reservedatum.')).toHaveLength(1);
    expect((await api.post(pad(eerst.body.id, '/annulering'), 'gemeente.weert', {})).status).toBe(201);
  });

  it('plans another meeting while the table is gepland, without a step', async () => {
    const res = await api.post(pad(), 'gemeente.weert', { ...bijeenkomstOver(nu, 14), plaats: undefined, onlineLink: 'https://meet.example.nl/tweede' });
    expect(res.status).toBe(201);
    tweede = res.body.id;
    expect(await tafelStatus(tafelId)).toBe('gepland');
    expect((await rijen(tafelId)).length).toBe(3);
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

  describe('minutes, remarks within the term, adoption and the PDF', () => {
    const verslagRijen = () => service.dataSource.query(`SELECT status, stappen, concept FROM "${schema()}".verslag WHERE bijeenkomst_id = $1`, [tweede]);
    const opmerkingRijen = () => service.dataSource.query(`SELECT tekst, auteur_rol, verwerking, toelichting FROM "${schema()}".opmerking WHERE bijeenkomst_id = $1 ORDER BY geplaatst_op, tekst`, [tweede]);
    const verslag = {
      probleem: 'Jongeren wachten langer dan twaalf weken op een intake; ouders zien hun kind thuis vastlopen.',
      wieMoetMeedoen: 'De gemeente Weert, de aanbieders van jeugd-GGZ en de cliëntenraad.',
      stappen: 'Een wachtlijstoverleg per maand en overbruggingszorg voor wie langer wacht.',
    };
    let aanwezigen: string[];
    let reactiesTot: Date;

    const pdfVoor = async (gebruiker: string): Promise<{ status: number; type: string; tekst: string }> => {
      const res = await service
        .http()
        .get(pad(tweede, '/verslag'))
        .set({ authorization: `Bearer ${await tokenFor(gebruiker)}`, accept: 'application/pdf' })
        .buffer(true)
        .parse((r, klaar) => {
          const delen: Buffer[] = [];
          r.on('data', (d: Buffer) => delen.push(d));
          r.on('end', () => klaar(null, Buffer.concat(delen)));
        });
      return { status: res.status, type: res.headers['content-type'], tekst: res.status === 200 ? await pdfTekst(res.body as Buffer) : '' };
    };

    beforeAll(async () => {
      const deelnemers = (await api.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).body.deelnemers as Array<{ id: string; rol: string }>;
      aanwezigen = deelnemers.filter((d) => d.rol !== 'aanbieder').map((d) => d.id);
    });

    it('refuses minutes before the meeting began with 409 naming it, and stores nothing', async () => {
      const res = await api.post(pad(tweede, '/verslag'), 'gemeente.weert', { ...verslag, aanwezigen });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ huidigeStatus: 'gepland', ontbreekt: ['een bijeenkomst die is begonnen'] });
      expect(await verslagRijen()).toEqual([]);
    });

    it('refuses personal data (naming the field), a stranger among those who attended, the wrong people — and stores nothing, not even half', async () => {
      nu = new Date(Date.parse((await api.get(pad(tweede), 'gemeente.weert')).body.start) + 3 * 3_600_000);
      const persoonlijk = await api.post(pad(tweede, '/verslag'), 'gemeente.weert', { ...verslag, wieMoetMeedoen: 'De moeder Pietersen, geboren op 3 mei 2012.', aanwezigen });
      expect(persoonlijk.status).toBe(400);
      expect(persoonlijk.body.invalidParams).toEqual([expect.objectContaining({ name: 'wieMoetMeedoen', code: 'persoonsgegevens' })]);
      expect(JSON.stringify(persoonlijk.body)).not.toContain('Pietersen');
      const vreemde = await api.post(pad(tweede, '/verslag'), 'gemeente.weert', { ...verslag, aanwezigen: [...aanwezigen, '00000000-0000-4000-8000-000000000000'] });
      expect(vreemde.status).toBe(400);
      expect(vreemde.body.invalidParams).toEqual([expect.objectContaining({ name: 'aanwezigen', code: 'geen-deelnemer' })]);
      expect((await api.post(pad(tweede, '/verslag'), 'gemeente.leudal', { ...verslag, aanwezigen })).status).toBe(403);
      expect((await api.post(pad(tweede, '/verslag'), 'aanbieder.kompas', { ...verslag, aanwezigen })).status).toBe(403);
      expect((await api.post(pad(tweede, '/verslag'), 'gemeente.roermond', { ...verslag, aanwezigen })).status).toBe(404);
      expect(await verslagRijen()).toEqual([]);
      expect(await rij(tweede)).toMatchObject({ status: 'gepland' });
      expect(await tafelStatus(tafelId)).toBe('gepland');
    });

    it('records the minutes after the start — the table’s step verslag — with the region’s remark term in working days, and tells bijeenkomst.gehouden', async () => {
      const res = await api.post(pad(tweede, '/verslag'), 'gemeente.weert', { ...verslag, aanwezigen });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'concept', ...verslag, aanwezigen });
      expect(await tafelStatus(tafelId)).toBe('gehouden');
      expect(await rij(tweede)).toMatchObject({ status: 'gehouden' });
      const gehouden = (await uitgaand(service, tweede)).at(-1);
      expect(gehouden?.type).toBe('nl.koers.tafels.bijeenkomst.gehouden.v1');
      expect(Object.keys(gehouden?.data ?? {}).sort()).toEqual(['bijeenkomstId', 'reactiesTot', 'regio', 'tafelId', 'vastgelegdOp']);
      reactiesTot = new Date(gehouden?.data.reactiesTot as string);
      expect(nederlandseDatum(new Date(reactiesTot.getTime() - 1))).toBe(naWerkdagen(nederlandseDatum(nu), 3));
      expect(nederlandseDatum(reactiesTot)).not.toBe(nederlandseDatum(new Date(reactiesTot.getTime() - 1)));
      const opnieuw = await api.post(pad(tweede, '/verslag'), 'gemeente.weert', { ...verslag, aanwezigen });
      expect(opnieuw.status).toBe(409);
      expect(opnieuw.body.huidigeStatus).toBe('gehouden');
    });

    it('shows the concept only to the participants, the jurists and the beheerder', async () => {
      for (const gebruiker of ['gemeente.weert', 'aanbieder.kompas', 'client.mlw', 'jurist.mlw', 'beheerder.mlw']) {
        const res = await api.get(pad(tweede, '/verslag'), gebruiker);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'concept', opmerkingen: [] });
      }
      for (const gebruiker of ['gemeente.leudal', 'aanbieder.horizon']) {
        expect((await api.get(pad(tweede, '/verslag'), gebruiker)).status).toBe(403);
        expect((await pdfVoor(gebruiker)).status).toBe(403);
      }
      expect((await api.get(pad(tweede, '/verslag'), 'gemeente.roermond')).status).toBe(404);
      expect((await api.get(pad(eerste, '/verslag'), 'gemeente.weert')).status).toBe(404);
    });

    it('takes remarks from participants within the term, without personal data; not from others', async () => {
      const eerste = await api.post(pad(tweede, '/verslag/opmerkingen'), 'aanbieder.kompas', { tekst: 'De wachttijd bij ons is vijftien weken, niet twaalf.' });
      expect(eerste.status).toBe(201);
      expect(eerste.body).toMatchObject({ rol: 'aanbieder', tekst: 'De wachttijd bij ons is vijftien weken, niet twaalf.' });
      expect((await api.post(pad(tweede, '/verslag/opmerkingen'), 'client.mlw', { tekst: 'Ouders willen ook horen wie hen belt tijdens het wachten.' })).body).toMatchObject({ rol: 'clientvertegenwoordiger' });
      expect((await api.post(pad(tweede, '/verslag/opmerkingen'), 'gemeente.leudal', { tekst: 'Ook in Leudal.' })).status).toBe(403);
      expect((await api.post(pad(tweede, '/verslag/opmerkingen'), 'jurist.mlw', { tekst: 'Let op de Jeugdwet.' })).status).toBe(403);
      const persoonlijk = await api.post(pad(tweede, '/verslag/opmerkingen'), 'aanbieder.kompas', { tekst: 'Bel mij op 06-12345678.' });
      expect(persoonlijk.status).toBe(400);
      expect(persoonlijk.body.invalidParams).toEqual([expect.objectContaining({ name: 'tekst', code: 'persoonsgegevens' })]);
      expect((await opmerkingRijen()).length).toBe(2);
    });

    it('marks the concept PDF as a concept, with the remarks for a participant', async () => {
      const { status, type, tekst } = await pdfVoor('jurist.mlw');
      expect(status).toBe(200);
      expect(type).toContain('application/pdf');
      expect(tekst).toContain('CONCEPT. Dit verslag is nog niet vastgesteld.');
      expect(tekst).toContain('De wachttijd bij ons is vijftien weken, niet twaalf.');
      expect(tekst).toContain('Wat we ermee deden: hierop komt nog een antwoord.');
    });

    it('refuses adoption while the term runs, naming it and each unanswered remark; the term has not been reported', async () => {
      expect((await uitgaand(service, tweede)).map((e) => e.type)).not.toContain('nl.koers.tafels.verslag.reactietermijn_verstreken.v1');
      const res = await api.post(pad(tweede, '/verslag/vaststelling'), 'gemeente.weert', { antwoorden: [] });
      expect(res.status).toBe(409);
      expect(res.body.huidigeStatus).toBe('concept');
      expect(res.body.ontbreekt).toEqual([expect.stringContaining('het einde van de reactietermijn'), expect.stringContaining('een antwoord op opmerking'), expect.stringContaining('een antwoord op opmerking')]);
    });

    it('refuses a remark after the term with 409 naming the term', async () => {
      nu = new Date(reactiesTot.getTime());
      const res = await api.post(pad(tweede, '/verslag/opmerkingen'), 'aanbieder.kompas', { tekst: 'Nog één ding.' });
      expect(res.status).toBe(409);
      expect(res.body.detail).toMatch(/reactietermijn is voorbij: opmerkingen konden tot en met \w+dag \d+ \w+ \d{4}/);
      expect((await opmerkingRijen()).length).toBe(2);
    });

    it('tells the behandelaar once that the term passed and how many remarks wait for an answer — ids and a count, no text', async () => {
      const verstreken = () => uitgaand(service, tweede).then((events) => events.filter((e) => e.type === 'nl.koers.tafels.verslag.reactietermijn_verstreken.v1'));
      const [event] = await eventually(async () => ((await verstreken()).length ? verstreken() : undefined), 10_000);
      expect(event.data).toEqual({ tafelId, bijeenkomstId: tweede, regio: MLW, behandelaar: await subVan('gemeente.weert'), reactiesTot: reactiesTot.toISOString(), opmerkingen: 2 });
      await new Promise((klaar) => setTimeout(klaar, 1000));
      expect(await verstreken()).toHaveLength(1);
    });

    it('refuses adoption with a remark unanswered, naming it, and stores none of the answers', async () => {
      const [kompas, client] = (await api.get(pad(tweede, '/verslag'), 'gemeente.weert')).body.opmerkingen as Array<{ id: string; rol: string }>;
      const res = await api.post(pad(tweede, '/verslag/vaststelling'), 'gemeente.weert', { antwoorden: [{ opmerkingId: kompas.id, verwerking: 'verwerkt', toelichting: 'Aangepast naar vijftien weken.' }] });
      expect(res.status).toBe(409);
      expect(res.body.ontbreekt).toEqual([expect.stringContaining(`een antwoord op opmerking ${client.id}`)]);
      expect((await opmerkingRijen()).map((o: { verwerking: string | null }) => o.verwerking)).toEqual([null, null]);
      expect((await api.post(pad(tweede, '/verslag/vaststelling'), 'gemeente.leudal', { antwoorden: [] })).status).toBe(403);
      expect((await verslagRijen())[0].status).toBe('concept');
    });

    it('adopts the minutes with every remark answered and a changed text, keeping the concept and every remark with its answer', async () => {
      const opmerkingen = (await api.get(pad(tweede, '/verslag'), 'gemeente.weert')).body.opmerkingen as Array<{ id: string; rol: string }>;
      const antwoord = (rol: string) => opmerkingen.find((o) => o.rol === rol)?.id;
      const stappen = 'Een wachtlijstoverleg per maand, overbruggingszorg, en een vast aanspreekpunt voor ouders die wachten.';
      const res = await api.post(pad(tweede, '/verslag/vaststelling'), 'gemeente.weert', {
        probleem: 'Jongeren wachten tot vijftien weken op een intake; ouders zien hun kind thuis vastlopen.',
        stappen,
        antwoorden: [
          { opmerkingId: antwoord('aanbieder'), verwerking: 'verwerkt', toelichting: 'Aangepast naar vijftien weken.' },
          { opmerkingId: antwoord('clientvertegenwoordiger'), verwerking: 'niet_verwerkt', toelichting: 'Dat regelen de aanbieders zelf; we nemen het mee in het overleg.' },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'vastgesteld', stappen, wieMoetMeedoen: verslag.wieMoetMeedoen, vastgesteldOp: expect.any(String) });
      expect(res.body.opmerkingen.map((o: { verwerking: string }) => o.verwerking).sort()).toEqual(['niet_verwerkt', 'verwerkt']);
      const [opgeslagen] = await verslagRijen();
      expect(opgeslagen).toMatchObject({ status: 'vastgesteld', stappen, concept: verslag });
      expect((await opmerkingRijen()).every((o: { verwerking: string | null; toelichting: string | null }) => o.verwerking && o.toelichting)).toBe(true);
      const opnieuw = await api.post(pad(tweede, '/verslag/vaststelling'), 'gemeente.weert', { antwoorden: [] });
      expect(opnieuw.status).toBe(409);
      expect(opnieuw.body.huidigeStatus).toBe('vastgesteld');
    });

    it('gives adopted minutes to everyone in the region; remarks, the alias and the link only as far as the reader may see them', async () => {
      const buiten = await api.get(pad(tweede, '/verslag'), 'gemeente.leudal');
      expect(buiten.status).toBe(200);
      expect(buiten.body.status).toBe('vastgesteld');
      expect(buiten.body.opmerkingen).toBeUndefined();

      const lezer = await pdfVoor('gemeente.leudal');
      expect(lezer.status).toBe(200);
      for (const kop of ['Verslag van de koerstafel', 'VASTGESTELD op', 'Wat is het probleem?', 'Wie doet mee?', 'Welke stappen zijn nodig?', 'Opmerkingen en wat we ermee deden']) expect(lezer.tekst).toContain(kop);
      expect(lezer.tekst).toContain('een vast aanspreekpunt voor ouders die wachten');
      expect(lezer.tekst).toContain('De opmerkingen kunnen alleen de deelnemers aan de tafel lezen.');
      expect(lezer.tekst).toContain('Een gast (via clientenraad-mlw)');
      expect(lezer.tekst).not.toMatch(/Vlinder|meet\.example|vijftien weken, niet twaalf|CONCEPT/);

      const deelnemer = await pdfVoor('client.mlw');
      expect(deelnemer.tekst).toContain('Vlinder');
      expect(deelnemer.tekst).toContain('Opmerking van een jeugdhulpaanbieder: De wachttijd bij ons is vijftien weken, niet twaalf.');
      expect(deelnemer.tekst).toContain('Wat we ermee deden: we hebben het verslag aangepast. Aangepast naar vijftien weken.');
      expect(deelnemer.tekst).toContain('Wat we ermee deden: we hebben het verslag niet aangepast.');
      expect(deelnemer.tekst).not.toContain('meet.example');
      expect((await api.get(pad(tweede, '/verslag'), 'gemeente.roermond')).status).toBe(404);
    });
  });

  it('plans no meeting once the agreements are recorded, and after monitoring only as the step bijsturen — which the engine refuses without an agreement that missed its effect', async () => {
    const voor = (await rijen(tafelId)).length;
    await service.dataSource.query(`UPDATE "${schema()}".tafel SET status = 'afspraken_vastgelegd' WHERE id = $1`, [tafelId]);
    const vastgelegd = await api.post(pad(), 'gemeente.weert', bijeenkomstOver(nu));
    expect(vastgelegd.status).toBe(409);
    expect(vastgelegd.body.huidigeStatus).toBe('afspraken_vastgelegd');
    await service.dataSource.query(`UPDATE "${schema()}".tafel SET status = 'monitoring' WHERE id = $1`, [tafelId]);
    const bijsturen = await api.post(pad(), 'gemeente.weert', bijeenkomstOver(nu));
    expect(bijsturen.status).toBe(409);
    expect(bijsturen.body).toMatchObject({ huidigeStatus: 'monitoring', ontbreekt: ['een afspraak die haar effect niet bereikte'] });
    expect((await api.post(pad(), 'gemeente.leudal', bijeenkomstOver(nu))).status).toBe(403);
    expect((await rijen(tafelId)).length).toBe(voor);
    expect(await tafelStatus(tafelId)).toBe('monitoring');
  });
});
