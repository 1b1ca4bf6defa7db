import { startTestService, TestService } from '@koers/service-testing';
import { ServiceProcess, startServiceProcess, TestIsolation } from '@koers/testing';
import { signalen } from '../src/signalen.service-definition';
import { TermijnService } from '../src/termijn/termijn.service';
import { naWerkdagen, nederlandseDatum } from '@koers/domain';
import { alsGebruiker, eventsVan, gelijktijdig, partnerverzoek, rijen } from './signalen-api';

const INDICATOR = 'jeugdhulp-met-verblijf';

/**
 * domain.md §2: the dossier (objective data read from the real monitoring service over HTTP with
 * signalen's service account) and consensus rounds, with real Keycloak users of the named organisations.
 */
describe('dossier and consensus', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess | undefined;
  let service: TestService;
  const api = alsGebruiker(() => service);
  const monitoringApi = alsGebruiker(() => monitoring as ServiceProcess);

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, { SIGNALEN_MONITORING_URL: monitoring.url, SIGNALEN_MONITORING_TIMEOUT_MS: '2000' });
    const levering = await monitoringApi.post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [
      { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q1', waarde: 1.6, teller: 67, noemer: 4200 },
      { indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q2', waarde: 1.9, teller: 80, noemer: 4200 },
    ]);
    expect(levering.status).toBe(200);
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  const dossierstukken = (id: string) => rijen(service, `SELECT soort, inhoud FROM $schema.dossierstuk WHERE signaal_id = $1 ORDER BY toegevoegd_op`, [id]);
  const voegToe = (id: string, body: object, gebruiker = 'gemeente.weert') => api.post(`/v1/signalen/${id}/dossierstukken`, gebruiker, body);
  const objectief = { soort: 'objectieve_data', indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] };
  const ervaring = { soort: 'ervaringsinformatie', perspectief: 'ouder', verslag: 'Ouders vertellen dat hun kind maanden wacht en intussen thuis vastloopt.' };
  const kader = { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'De gemeente treft een voorziening die tijdig beschikbaar is.' };

  async function inVoorbereiding(gemeenten = ['GM0988']): Promise<string> {
    const { body } = await api.post('/v1/signalen', 'aanbieder.horizon', partnerverzoek(gemeenten));
    expect((await api.post(`/v1/signalen/${body.id}/statuswijzigingen`, 'gemeente.weert', { naar: 'in_voorbereiding' })).status).toBe(201);
    return body.id;
  }
  async function metCompleetDossier(): Promise<string> {
    const id = await inVoorbereiding();
    for (const stuk of [objectief, ervaring, kader]) expect((await voegToe(id, stuk)).status).toBe(201);
    return id;
  }
  const vraagConsensus = (id: string, partijen: string[], gebruiker = 'gemeente.weert') => api.post(`/v1/signalen/${id}/consensusrondes`, gebruiker, { partijen });
  const antwoord = (id: string, ronde: string, gebruiker: string, body: object) => api.post(`/v1/signalen/${id}/consensusrondes/${ronde}/antwoorden`, gebruiker, body);

  describe('POST /v1/signalen/{id}/dossierstukken', () => {
    it('attaches monitoring’s figures as they are at that moment, and keeps them when monitoring changes later', async () => {
      const id = await inVoorbereiding();
      const res = await voegToe(id, objectief);
      expect(res.status).toBe(201);
      expect(res.body.inhoud).toMatchObject({ indicator: INDICATOR, gemeente: 'GM0988', perioden: ['2025-Q1', '2025-Q2'] });
      expect(res.body.inhoud.punten.map((p: { periode: string; waarde: number; teller: number }) => [p.periode, p.waarde, p.teller])).toEqual([
        ['2025-Q1', 1.6, 67],
        ['2025-Q2', 1.9, 80],
      ]);

      const correctie = await monitoringApi.post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [{ indicator: INDICATOR, gemeente: 'GM0988', periode: '2025-Q2', waarde: 2.4, teller: 101, noemer: 4200 }]);
      expect(correctie.body.gecorrigeerd).toBe(1);
      const detail = await api.get(`/v1/signalen/${id}`, 'aanbieder.horizon');
      expect(detail.body.dossier[0].inhoud.punten[1]).toMatchObject({ periode: '2025-Q2', waarde: 1.9, versie: 1 });
      const nieuw = await voegToe(id, { ...objectief, perioden: ['2025-Q2'] });
      expect(nieuw.body.inhoud.punten[0]).toMatchObject({ periode: '2025-Q2', waarde: 2.4, versie: 2 });
    });

    it('answers 400 for a series or period monitoring does not know, and stores nothing', async () => {
      const id = await inVoorbereiding();
      const indicator = await voegToe(id, { ...objectief, indicator: 'bestaat-niet' });
      expect(indicator.status).toBe(400);
      expect(indicator.body.invalidParams[0]).toMatchObject({ name: 'indicator', code: 'onbekend-in-monitoring' });
      const periode = await voegToe(id, { ...objectief, perioden: ['2025-Q2', '2024-Q4'] });
      expect(periode.status).toBe(400);
      expect(periode.body.invalidParams).toEqual([expect.objectContaining({ name: 'perioden', code: 'geen-meting', reason: expect.stringContaining('2024-Q4') })]);
      expect(await dossierstukken(id)).toEqual([]);
    });

    it.each([
      ['objective data without indicator and periods', { soort: 'objectieve_data', gemeente: 'GM0988' }, ['indicator', 'perioden']],
      ['a period that is no period', { ...objectief, perioden: ['Q2 2025'] }, ['perioden']],
      ['an account without its text', { soort: 'ervaringsinformatie', perspectief: 'ouder' }, ['verslag']],
      ['an account from an unknown perspective', { ...ervaring, perspectief: 'buurman' }, ['perspectief']],
      ['a field of another kind', { ...ervaring, indicator: INDICATOR }, ['indicator']],
      ['a legal framework without reference', { soort: 'juridisch_kader', kader: 'wet' }, ['referentie']],
      ['an unknown kind (its fields then belong to no kind)', { soort: 'geruchten', verslag: 'iets' }, ['soort', 'verslag']],
      ['an account with a BSN', { ...ervaring, verslag: 'Het gaat om de jongere met BSN 111222333, die al maanden wacht.' }, ['verslag']],
      ['an account with a phone number', { ...ervaring, verslag: 'Moeder belde vanaf 06-12345678 over de wachttijd bij de GGZ.' }, ['verslag']],
    ])('answers 400 naming the fields for %s, and stores nothing', async (_geval, body, velden) => {
      const id = await inVoorbereiding();
      const res = await voegToe(id, body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect([...new Set(res.body.invalidParams.map((p: { name: string }) => p.name.split('.')[0]))].sort()).toEqual([...velden].sort());
      expect(await dossierstukken(id)).toEqual([]);
    });

    it('refuses an account naming people and their address, naming the field and the kinds found but never the data, and stores nothing', async () => {
      const id = await inVoorbereiding();
      const verslag = 'Mevrouw Jansen vertelt dat zij aan de Dorpsstraat 12 woont en dat haar zoon Pieter al maanden op een intake wacht.';
      const res = await voegToe(id, { ...ervaring, verslag });
      expect(res.status).toBe(400);
      expect(res.body.invalidParams).toEqual([
        expect.objectContaining({ name: 'verslag', code: 'persoonsgegevens', reason: expect.stringContaining('een straat met huisnummer en een naam na een aanspreekvorm of familieband') }),
      ]);
      expect(JSON.stringify(res.body)).not.toMatch(/Jansen|Dorpsstraat|Pieter/);
      expect(await dossierstukken(id)).toEqual([]);
      const zonderNamen = await voegToe(id, { ...ervaring, verslag: 'Een moeder in Weert vertelt dat haar zoon al maanden op een intake wacht.' });
      expect(zonderNamen.status).toBe(201);
    });

    it('lets only the behandelaar add, only while the signal is in voorbereiding', async () => {
      const id = await inVoorbereiding(['GM0988', 'GM1640']);
      expect((await voegToe(id, kader, 'gemeente.leudal')).status).toBe(403);
      expect((await voegToe(id, kader, 'aanbieder.horizon')).status).toBe(403);
      const { body: nieuw } = await api.post('/v1/signalen', 'aanbieder.horizon', partnerverzoek());
      const ingediend = await voegToe(nieuw.id, kader);
      expect(ingediend.status).toBe(409);
      expect(ingediend.body).toMatchObject({ huidigeStatus: 'ingediend', ontbreekt: [expect.stringContaining('in behandeling')] });
      expect(await dossierstukken(id)).toEqual([]);
    });
  });

  describe('consensus rounds', () => {
    it('cannot be asked until each kind of evidence is present, naming the missing kinds', async () => {
      const id = await inVoorbereiding();
      expect((await voegToe(id, kader)).status).toBe(201);
      const res = await vraagConsensus(id, ['zorggroep-horizon']);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ huidigeStatus: 'in_voorbereiding', ontbreekt: ['een dossierstuk van soort objectieve_data, ervaringsinformatie'] });
      expect((await voegToe(id, objectief)).status).toBe(201);
      expect((await vraagConsensus(id, ['zorggroep-horizon'])).body.ontbreekt).toEqual(['een dossierstuk van soort ervaringsinformatie']);
      expect((await voegToe(id, ervaring)).status).toBe(201);
      const ronde = await vraagConsensus(id, ['zorggroep-horizon', 'clientenraad-mlw']);
      expect(ronde.status).toBe(201);
      expect(ronde.body).toMatchObject({
        nummer: 1,
        uitkomst: 'open',
        partijen: [
          { organisatie: 'zorggroep-horizon', rol: 'aanbieder' },
          { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
        ],
      });
      expect((await eventsVan(service, id)).at(-1)).toEqual({
        type: 'nl.koers.signalen.consensus.gevraagd.v1',
        data: expect.objectContaining({ consensusrondeId: ronde.body.id, ronde: 1, partijen: ronde.body.partijen }),
      });
      expect((await voegToe(id, ervaring)).status).toBe(409);
    });

    it('is asked by the behandelaar only, of known organisations of the region only', async () => {
      const id = await metCompleetDossier();
      const onbekend = await vraagConsensus(id, ['zorggroep-horizon', 'bestaat-niet', 'jeugdhulp-maasveld']);
      expect(onbekend.status).toBe(400);
      expect(onbekend.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['partijen.1', 'partijen.2']);
      expect((await vraagConsensus(id, [])).status).toBe(400);
      expect((await vraagConsensus(id, ['Zorggroep Horizon'])).status).toBe(400);
      expect((await vraagConsensus(id, ['zorggroep-horizon'], 'aanbieder.horizon')).status).toBe(403);
      expect(await rijen(service, `SELECT id FROM $schema.consensusronde WHERE signaal_id = $1`, [id])).toEqual([]);
    });

    it('takes one answer per named organisation; texts where the standpunt needs them; others get 403; all eens reaches consensus', async () => {
      const id = await metCompleetDossier();
      const { body: ronde } = await vraagConsensus(id, ['zorggroep-horizon', 'clientenraad-mlw']);

      const nietGenoemd = await antwoord(id, ronde.id, 'aanbieder.kompas', { standpunt: 'eens' });
      expect(nietGenoemd.status).toBe(403);
      expect(nietGenoemd.body.detail).toContain('geen partij');
      expect((await antwoord(id, ronde.id, 'gemeente.weert', { standpunt: 'eens' })).status).toBe(403);
      const zonderTekst = await antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'eens_met_aanvulling' });
      expect(zonderTekst.status).toBe(400);
      expect(zonderTekst.body.invalidParams[0].name).toBe('aanvulling');
      const zonderRedenen = await antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'oneens' });
      expect(zonderRedenen.body.invalidParams[0].name).toBe('redenen');
      const metPersoon = await antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'oneens', redenen: ['Bel 0475-123456 voor uitleg'] });
      expect(metPersoon.body.invalidParams[0]).toMatchObject({ name: 'redenen.0', code: 'persoonsgegevens' });

      const eerste = await antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'eens_met_aanvulling', aanvulling: 'Betrek ook de huisartsen.' });
      expect(eerste.status).toBe(201);
      const horizonSysteem = await antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'eens' });
      expect(horizonSysteem.status).toBe(409);
      expect(horizonSysteem.body.detail).toContain('al geantwoord');
      expect((await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body.status).toBe('consensus_gevraagd');

      expect((await antwoord(id, ronde.id, 'client.mlw', { standpunt: 'eens' })).status).toBe(201);
      const detail = await api.get(`/v1/signalen/${id}`, 'jurist.mlw');
      expect(detail.body.status).toBe('consensus_bereikt');
      expect(detail.body.consensusrondes).toEqual([
        expect.objectContaining({
          nummer: 1,
          uitkomst: 'bereikt',
          afgeslotenOp: expect.any(String),
          antwoorden: [
            expect.objectContaining({ organisatie: 'zorggroep-horizon', standpunt: 'eens_met_aanvulling', aanvulling: 'Betrek ook de huisartsen.' }),
            expect.objectContaining({ organisatie: 'clientenraad-mlw', standpunt: 'eens', redenen: [] }),
          ],
        }),
      ]);
      expect(detail.body.historie.at(-1)).toMatchObject({ van: 'consensus_gevraagd', naar: 'consensus_bereikt', rol: 'clientvertegenwoordiger', organisatie: 'clientenraad-mlw' });
      expect((await eventsVan(service, id)).slice(-3).map((e) => e.type)).toEqual([
        'nl.koers.signalen.consensus.antwoord_gegeven.v1',
        'nl.koers.signalen.consensus.antwoord_gegeven.v1',
        'nl.koers.signalen.consensus.bereikt.v1',
      ]);
      expect((await antwoord(id, ronde.id, 'client.mlw', { standpunt: 'oneens', redenen: ['Toch niet'] })).status).toBe(409);
    });

    it('closes a round as not reached on a oneens, sends the signal back to voorbereiding, and takes no more answers', async () => {
      const id = await metCompleetDossier();
      const { body: ronde } = await vraagConsensus(id, ['zorggroep-horizon', 'clientenraad-mlw']);
      const oneens = await antwoord(id, ronde.id, 'client.mlw', { standpunt: 'oneens', redenen: ['De ervaring van jongeren zelf ontbreekt.'] });
      expect(oneens.status).toBe(201);
      const detail = await api.get(`/v1/signalen/${id}`, 'gemeente.weert');
      expect(detail.body.status).toBe('in_voorbereiding');
      expect(detail.body.consensusrondes[0]).toMatchObject({ uitkomst: 'niet_bereikt', antwoorden: [expect.objectContaining({ redenen: ['De ervaring van jongeren zelf ontbreekt.'] })] });
      expect((await eventsVan(service, id)).at(-1)).toEqual({
        type: 'nl.koers.signalen.consensus.niet_bereikt.v1',
        data: expect.objectContaining({ consensusrondeId: ronde.id, ronde: 1, oneens: ['clientenraad-mlw'] }),
      });
      const laat = await antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'eens' });
      expect(laat.status).toBe(409);
      expect(laat.body).toMatchObject({ huidigeStatus: 'in_voorbereiding', ontbreekt: ['een open consensusronde'] });
    });

    it('closes a round exactly once when the last two answers arrive at the same moment', async () => {
      const id = await metCompleetDossier();
      const { body: ronde } = await vraagConsensus(id, ['zorggroep-horizon', 'clientenraad-mlw', 'jeugdhulp-kompas']);
      expect((await antwoord(id, ronde.id, 'aanbieder.kompas', { standpunt: 'eens' })).status).toBe(201);
      const laatste = await gelijktijdig(service, id, [
        () => antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'eens' }),
        () => antwoord(id, ronde.id, 'client.mlw', { standpunt: 'eens' }),
      ]);
      expect(laatste.map((r) => r.status)).toEqual([201, 201]);
      const types = (await eventsVan(service, id)).map((e) => e.type);
      expect(types.filter((t) => t.endsWith('consensus.bereikt.v1'))).toHaveLength(1);
      const overgangen = await rijen(service, `SELECT naar FROM $schema.statuswijziging WHERE signaal_id = $1 AND naar = 'consensus_bereikt'`, [id]);
      expect(overgangen).toHaveLength(1);
    });

    it('names who must hear of the outcome: the behandelaar gemeente and every party of the round; on a rejection the submitter and every party named', async () => {
      const id = await metCompleetDossier();
      const { body: ronde } = await vraagConsensus(id, ['zorggroep-horizon', 'clientenraad-mlw']);
      expect((await antwoord(id, ronde.id, 'client.mlw', { standpunt: 'oneens', redenen: ['De ervaring van jongeren zelf ontbreekt.'] })).status).toBe(201);
      const partijen = [
        { organisatie: 'zorggroep-horizon', rol: 'aanbieder' },
        { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
      ];
      expect((await eventsVan(service, id)).at(-1)?.data).toMatchObject({ titel: partnerverzoek().titel, behandelaarGemeente: 'GM0988', deelnemers: partijen });

      expect((await api.post(`/v1/signalen/${id}/statuswijzigingen`, 'gemeente.weert', { naar: 'afgewezen', reden: 'Valt onder het programma wachttijden.' })).status).toBe(201);
      const [indiening] = await rijen<{ indiener_sub: string }>(service, `SELECT indiener_sub FROM $schema.signaal WHERE id = $1`, [id]);
      expect((await eventsVan(service, id)).at(-1)).toEqual({
        type: 'nl.koers.signalen.signaal.afgewezen.v1',
        data: expect.objectContaining({ titel: partnerverzoek().titel, indienerRol: 'aanbieder', indienerSub: indiening.indiener_sub, partijen }),
      });
    });
  });

  describe('corrections while preparing', () => {
    const corrigeer = (id: string, body: object, gebruiker = 'gemeente.weert') => api.patch(`/v1/signalen/${id}`, gebruiker, body);
    const trekIn = (id: string, stukId: string, body: object = {}, gebruiker = 'gemeente.weert') => api.post(`/v1/signalen/${id}/dossierstukken/${stukId}/intrekking`, gebruiker, body);

    it('lets the behandelaar correct the title and description; the old text stays in the corrections', async () => {
      const id = await inVoorbereiding();
      const res = await corrigeer(id, { titel: 'Wachttijd jeugd-GGZ loopt op in Weert', reden: 'Gemeente stond er niet in' });
      expect(res.status).toBe(200);
      expect(res.body.titel).toBe('Wachttijd jeugd-GGZ loopt op in Weert');
      const detail = await api.get(`/v1/signalen/${id}`, 'aanbieder.horizon');
      expect(detail.body).toMatchObject({ titel: 'Wachttijd jeugd-GGZ loopt op in Weert', omschrijving: partnerverzoek().omschrijving });
      expect(detail.body.correcties).toEqual([
        {
          soort: 'tekst',
          vorige: { titel: partnerverzoek().titel },
          nieuw: { titel: 'Wachttijd jeugd-GGZ loopt op in Weert' },
          reden: 'Gemeente stond er niet in',
          wie: expect.any(String),
          gemeente: 'GM0988',
          wanneer: expect.any(String),
        },
      ]);
      expect(detail.body.historie.map((h: { naar: string }) => h.naar)).toEqual(['ingediend', 'in_voorbereiding']);
      await expect(rijen(service, `UPDATE $schema.signaal_correctie SET reden = 'weg' WHERE signaal_id = $1`, [id])).rejects.toThrow(/append-only/);
    });

    it('refuses a correction with nothing to correct or personal data (400), by anyone but the behandelaar (403), elsewhere (404), after consensus was asked (409)', async () => {
      const id = await metCompleetDossier();
      const leeg = await corrigeer(id, {});
      expect(leeg.status).toBe(400);
      expect(leeg.body.invalidParams).toEqual([expect.objectContaining({ name: 'titel', code: 'niets-te-corrigeren' })]);
      expect((await corrigeer(id, { titel: 'x' })).status).toBe(400);
      const persoonlijk = await corrigeer(id, { omschrijving: 'Moeder mailde via jansen.weert@example.nl over de wachttijd.' });
      expect(persoonlijk.status).toBe(400);
      expect(JSON.stringify(persoonlijk.body)).not.toContain('jansen.weert@example.nl');
      expect((await corrigeer(id, { titel: 'Niet van Leudal' }, 'gemeente.leudal')).status).toBe(403);
      expect((await corrigeer(id, { titel: 'Niet van een aanbieder' }, 'aanbieder.horizon')).status).toBe(403);
      expect((await corrigeer(id, { titel: 'Andere regio' }, 'gemeente.roermond')).status).toBe(404);
      expect((await corrigeer('00000000-0000-4000-8000-000000000000', { titel: 'Bestaat niet' })).status).toBe(404);
      expect((await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body.correcties).toEqual([]);

      expect((await vraagConsensus(id, ['zorggroep-horizon'])).status).toBe(201);
      const laat = await corrigeer(id, { titel: 'Te laat gecorrigeerd' });
      expect(laat.status).toBe(409);
      expect(laat.body).toMatchObject({ huidigeStatus: 'consensus_gevraagd', ontbreekt: ["status 'in_voorbereiding'"] });
    });

    it('withdraws a piece added by mistake: it stays in the dossier and the corrections, and no longer counts for completeness', async () => {
      const id = await metCompleetDossier();
      const [, verkeerd] = (await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body.dossier as Array<{ id: string; soort: string }>;
      expect(verkeerd.soort).toBe('ervaringsinformatie');
      expect((await trekIn(id, verkeerd.id, {}, 'gemeente.leudal')).status).toBe(403);
      expect((await trekIn(id, verkeerd.id, {}, 'gemeente.roermond')).status).toBe(404);
      expect((await trekIn(id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await trekIn(id, 'geen-id')).status).toBe(400);
      expect((await trekIn(id, verkeerd.id, { reden: 'Bel 06-12345678 voor meer' })).status).toBe(400);

      const res = await trekIn(id, verkeerd.id, { reden: 'Bij het verkeerde signaal toegevoegd' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ id: verkeerd.id, ingetrokkenOp: expect.any(String) });
      expect((await trekIn(id, verkeerd.id)).status).toBe(409);

      const detail = (await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body;
      expect(detail.dossier).toHaveLength(3);
      expect(detail.dossier[1]).toMatchObject({ id: verkeerd.id, ingetrokkenOp: res.body.ingetrokkenOp });
      expect(detail.correcties).toEqual([expect.objectContaining({ soort: 'dossierstuk_ingetrokken', dossierstukId: verkeerd.id, reden: 'Bij het verkeerde signaal toegevoegd' })]);
      const consensus = await vraagConsensus(id, ['zorggroep-horizon']);
      expect(consensus.status).toBe(409);
      expect(consensus.body.ontbreekt).toEqual(['een dossierstuk van soort ervaringsinformatie']);
    });
  });

  // Last: it stops monitoring.
  describe('deadlines (termijnen)', () => {
    it('stops the take-up clock at take-up; runs an answer clock per round that names only who has not answered, and stops when the round closes', async () => {
      const id = await metCompleetDossier();
      const vandaag = nederlandseDatum(new Date());
      expect((await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body.termijnen).toEqual([]);

      const { body: ronde } = await vraagConsensus(id, ['zorggroep-horizon', 'clientenraad-mlw', 'jeugdhulp-kompas']);
      expect((await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body).toMatchObject({
        termijnVerstreken: false,
        termijnen: [{ soort: 'beantwoorden', uiterlijk: naWerkdagen(vandaag, 15), verstreken: false, consensusrondeId: ronde.id }],
      });
      expect((await antwoord(id, ronde.id, 'aanbieder.horizon', { standpunt: 'eens' })).status).toBe(201);

      await rijen(service, `UPDATE $schema.termijn SET uiterlijk = '2026-01-02' WHERE consensusronde_id = $1`, [ronde.id]);
      expect((await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body.termijnVerstreken).toBe(true);
      await service.app.get(TermijnService).meldVerstreken();
      await service.app.get(TermijnService).meldVerstreken();
      const gemeld = (await eventsVan(service, id)).filter((e) => e.type === 'nl.koers.signalen.termijn.verstreken.v1');
      expect(gemeld).toEqual([
        {
          type: 'nl.koers.signalen.termijn.verstreken.v1',
          data: expect.objectContaining({
            soort: 'beantwoorden',
            uiterlijk: '2026-01-02',
            consensusrondeId: ronde.id,
            nogNietGeantwoord: [
              { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' },
              { organisatie: 'jeugdhulp-kompas', rol: 'aanbieder' },
            ],
          }),
        },
      ]);

      expect((await antwoord(id, ronde.id, 'client.mlw', { standpunt: 'oneens', redenen: ['Te laat, maar toch: het plan mist de stem van jongeren.'] })).status).toBe(201);
      expect((await api.get(`/v1/signalen/${id}`, 'gemeente.weert')).body).toMatchObject({ status: 'in_voorbereiding', termijnen: [], termijnVerstreken: false });
    });
  });

  it('answers 503 when monitoring cannot be reached, and stores nothing', async () => {
    const id = await inVoorbereiding();
    await monitoring?.stop();
    monitoring = undefined;
    const res = await voegToe(id, objectief);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['retry-after']).toBe('60');
    expect(res.body.detail).toContain('niets opgeslagen');
    expect(await dossierstukken(id)).toEqual([]);
  });
});
