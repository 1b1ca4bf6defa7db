import { randomUUID } from 'node:crypto';
import {
  AFWIJKING_GEDETECTEERD_V1,
  AfwijkingGedetecteerdV1,
  CONSENSUS_GEVRAAGD_V1,
  ConsensusGevraagdV1,
  createCloudEvent,
  SIGNAAL_INGEDIEND_V1,
  SignaalIngediendV1,
} from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, registerEnv, ServiceProcess, SmtpTestServer, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { DagoverzichtService } from '../src/email/dagoverzicht.service';
import { EmailVerzender } from '../src/email/email.verzender';
import { notificaties } from '../src/notificaties.service-definition';

const MLW = 'midden-limburg-west';
const MLO = 'midden-limburg-oost';
const PORTAAL = 'https://portaal.koers.test';
const SOURCE = 'urn:nld:oin:00000000000000000000:systeem:koers-test';
const adres = (user: string) => `${user}@koers.example`;

describe('notificaties e-mail', () => {
  const isolation = new TestIsolation();
  let smtp: SmtpTestServer;
  let service: TestService;
  let monitoring: ServiceProcess;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(notificaties, isolation, {
      ...registerEnv(monitoring),
      NOTIFICATIES_SMTP_HOST: '127.0.0.1',
      NOTIFICATIES_SMTP_PORT: String(smtp.port),
      NOTIFICATIES_AFZENDER: 'Koers <noreply@koers.test>',
      NOTIFICATIES_PORTAAL_URL: PORTAAL,
      NOTIFICATIES_EMAIL_POLL_INTERVAL_MS: '100',
      NOTIFICATIES_EMAIL_HERHALING_MS: '300',
      NOTIFICATIES_EMAIL_MAX_HERHALING_MS: '1000',
    });
    for (const user of ['gemeente.weert', 'gemeente.leudal', 'gemeente.nederweert']) tokens[user] = await tokenFor(user);
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
    await smtp?.stop();
  });

  const publiceer = (type: string, data: { regio: string }) => {
    const event = createCloudEvent({ type, source: SOURCE, regio: data.regio, data });
    return isolation.publish(event).then(() => event.id);
  };

  const signaal = (titel: string, gemeenten: string[]): SignaalIngediendV1 => ({
    signaalId: randomUUID(),
    regio: MLW,
    bron: 'partnerverzoek',
    titel,
    gemeenten,
    indienerRol: 'aanbieder',
    ingediendOp: new Date().toISOString(),
  });

  const afwijking = (indicatorNaam: string, gemeente?: string): AfwijkingGedetecteerdV1 => ({
    regio: MLW,
    ...(gemeente ? { gemeente } : {}),
    indicator: 'jeugdhulp-met-verblijf',
    indicatorNaam,
    regel: 'verkeerde_kant_van_doel',
    toelichting: 'De waarde over 2025-Q4 is 1,9; het koersdoel is maximaal 1,4.',
    laatstePeriode: '2025-Q4',
    laatsteWaarde: 1.9,
    doelwaarde: 1.4,
    reeks: [{ periode: '2025-Q4', waarde: 1.9 }],
    reeksStand: `2025-Q4=1.9;${indicatorNaam}`,
  });

  /** Who the event was queued for by e-mail; present only once its handler transaction committed. */
  const meldingen = async (eventId: string) =>
    (await service.dataSource.query(`SELECT adres, wijze, uitgaande_email_id FROM "${service.settings.database.schema}".email_melding WHERE event_id = $1 ORDER BY adres`, [eventId])) as Array<{
      adres: string;
      wijze: string;
      uitgaande_email_id: string | null;
    }>;

  /** Waits until the event is handled: its inbox item for this user exists. */
  const afgehandeld = (user: string, titel: string) =>
    eventually(async () => {
      const res = await service.http().get('/v1/inbox?paginaGrootte=100').auth(tokens[user], { type: 'bearer' }).expect(200);
      return res.body.items.some((i: { titel: string }) => i.titel === titel) ? true : undefined;
    });

  const mailMet = (user: string, onderwerp: string) =>
    eventually(async () => smtp.voor(adres(user)).find((m) => m.subject === onderwerp));

  it('mails a trend alert at once to the gemeente concerned, in plain Dutch with a link to the figures, and to nobody else', async () => {
    const eventId = await publiceer(AFWIJKING_GEDETECTEERD_V1, afwijking('Jongeren met jeugdhulp met verblijf', 'GM0946'));
    const mail = await mailMet('gemeente.nederweert', 'Cijfers wijken af van de koers: Jongeren met jeugdhulp met verblijf');

    expect(mail.from?.value).toEqual([{ name: 'Koers', address: 'noreply@koers.test' }]);
    expect(mail.text).toContain("De cijfers over 'jongeren met jeugdhulp met verblijf' in Nederweert gaan een andere kant op dan afgesproken.");
    expect(mail.text).toContain(`Bekijk de cijfers: ${PORTAAL}/monitoring/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0946`);
    expect(mail.text).toContain(`${PORTAAL}/instellingen/e-mail`);
    const proza = String(mail.text).split('\n').filter((regel) => !regel.includes(PORTAAL)).join('\n');
    expect(proza).not.toMatch(/GM\d{4}|jeugdhulp-met-verblijf|nl\.koers\.|afwijking/);
    expect(mail.html).toContain(`<a href="${PORTAAL}/monitoring/reeksen?indicator=jeugdhulp-met-verblijf&amp;gemeente=GM0946">Bekijk de cijfers</a>`);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(await meldingen(eventId)).toEqual([{ adres: adres('gemeente.nederweert'), wijze: 'direct', uitgaande_email_id: expect.any(String) }]);
  });

  it('mails a new signal to the gemeente users of every gemeente it is about, once even when the event comes twice', async () => {
    const data = signaal('Wachttijd ambulante hulp loopt op', ['GM0988', 'GM1640']);
    const event = createCloudEvent({ type: SIGNAAL_INGEDIEND_V1, source: SOURCE, regio: data.regio, data });
    await isolation.publish(event, event);
    const eventId = event.id;
    for (const user of ['gemeente.weert', 'gemeente.leudal']) {
      const mail = await mailMet(user, 'Nieuw signaal: Wachttijd ambulante hulp loopt op');
      expect(mail.text).toContain('Er is een nieuw signaal binnengekomen over Weert en Leudal. Lees het signaal en bepaal of uw gemeente het oppakt.');
      expect(mail.text).toContain(`Bekijk het signaal: ${PORTAAL}/signalen/${data.signaalId}`);
    }
    expect((await meldingen(eventId)).map((m) => m.adres)).toEqual([adres('gemeente.leudal'), adres('gemeente.weert')]);
    expect(smtp.voor(adres('gemeente.weert')).filter((m) => m.subject === 'Nieuw signaal: Wachttijd ambulante hulp loopt op')).toHaveLength(1);
  });

  it('mails a consensus request to the users of the named organisations, never to anyone in another region', async () => {
    const verzoek = (regio: string, organisatie: string, titel: string): ConsensusGevraagdV1 => ({
      signaalId: randomUUID(),
      consensusrondeId: randomUUID(),
      regio,
      ronde: 1,
      titel,
      partijen: [{ organisatie, rol: 'aanbieder' }],
      gevraagdOp: new Date().toISOString(),
    });
    const data = verzoek(MLW, 'zorggroep-horizon', 'Meer crisisplekken');
    const eventId = await publiceer(CONSENSUS_GEVRAAGD_V1, data);
    const mail = await mailMet('aanbieder.horizon', 'Uw mening gevraagd: Meer crisisplekken');
    expect(mail.text).toContain(`Geef uw antwoord: ${PORTAAL}/signalen/${data.signaalId}/consensusrondes/${data.consensusrondeId}`);
    expect((await meldingen(eventId)).map((m) => m.adres)).toEqual([adres('aanbieder.horizon')]);

    // jeugdhulp-maasveld works in Midden-Limburg Oost only: an MLW request naming it reaches no one.
    const elders = await publiceer(CONSENSUS_GEVRAAGD_V1, verzoek(MLW, 'jeugdhulp-maasveld', 'Niet voor Maasveld'));
    const ander = await publiceer(CONSENSUS_GEVRAAGD_V1, verzoek(MLO, 'jeugdhulp-maasveld', 'Wel voor Maasveld'));
    await mailMet('aanbieder.maasveld', 'Uw mening gevraagd: Wel voor Maasveld');
    expect(await meldingen(ander)).toHaveLength(1);
    expect(await meldingen(elders)).toEqual([]);
    expect(smtp.voor(adres('aanbieder.maasveld')).map((m) => m.subject)).toEqual(['Uw mening gevraagd: Wel voor Maasveld']);
  });

  describe('e-mailvoorkeuren', () => {
    const voorkeuren = (user: string) => service.http().get('/v1/email-voorkeuren').auth(tokens[user], { type: 'bearer' });
    const kies = (user: string, categorie: string, body: unknown) =>
      service.http().put(`/v1/email-voorkeuren/${categorie}`).auth(tokens[user], { type: 'bearer' }).send(body as object);

    it('lists every category with the default choice direct', async () => {
      const res = await voorkeuren('gemeente.weert').expect(200);
      expect(res.body.voorkeuren.map((v: { categorie: string }) => v.categorie)).toEqual(['signalen', 'consensus', 'tafels', 'toetsing', 'toestemming', 'trendalerts', 'monitoring', 'beheer']);
      expect(res.body.voorkeuren.every((v: { keuze: string }) => v.keuze === 'direct')).toBe(true);
      expect(res.body.voorkeuren[5]).toEqual({
        categorie: 'trendalerts',
        omschrijving: 'E-mail over cijfers die afwijken van de koers',
        keuze: 'direct',
        uitleg: 'een e-mail zodra er iets is',
      });
    });

    it('refuses a choice that does not exist with a Dutch 400 naming the field, and stores nothing', async () => {
      const res = await kies('gemeente.weert', 'trendalerts', { keuze: 'wekelijks', extra: 1 }).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 400, title: 'Ongeldige invoer' });
      expect(res.body.invalidParams).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'keuze', reason: 'keuze moet een van deze zijn: direct, dagelijks, uit' }),
          expect.objectContaining({ name: 'extra', code: 'onbekend-veld' }),
        ]),
      );
      await kies('gemeente.weert', 'trendalerts', {}).expect(400);
      expect((await voorkeuren('gemeente.weert').expect(200)).body.voorkeuren[5].keuze).toBe('direct');
    });

    it('answers 404 for a category that does not exist, naming the ones that do', async () => {
      const res = await kies('gemeente.weert', 'nieuwsbrief', { keuze: 'uit' }).expect(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.detail).toBe("Er is geen e-mailvoorkeur 'nieuwsbrief'. U kunt kiezen over: signalen, consensus, tafels, toetsing, toestemming, trendalerts, monitoring, beheer.");
    });

    it('needs a token', async () => {
      await service.http().get('/v1/email-voorkeuren').expect(401);
      await service.http().put('/v1/email-voorkeuren/signalen').send({ keuze: 'uit' }).expect(401);
    });

    it('with uit: the message is in the inbox but no e-mail is sent; other people keep their own choice', async () => {
      const res = await kies('gemeente.weert', 'trendalerts', { keuze: 'uit' }).expect(200);
      expect(res.body).toMatchObject({ categorie: 'trendalerts', keuze: 'uit' });
      expect((await voorkeuren('gemeente.weert').expect(200)).body.voorkeuren[5].keuze).toBe('uit');
      expect((await voorkeuren('gemeente.leudal').expect(200)).body.voorkeuren[5].keuze).toBe('direct');

      const onderwerp = 'Cijfers wijken af van de koers: Wachttijd tot de start van jeugdhulp';
      const eventId = await publiceer(AFWIJKING_GEDETECTEERD_V1, afwijking('Wachttijd tot de start van jeugdhulp'));
      await afgehandeld('gemeente.weert', onderwerp);
      expect((await meldingen(eventId)).map((m) => m.adres)).toEqual([adres('gemeente.leudal'), adres('gemeente.nederweert')]);
      await mailMet('gemeente.leudal', onderwerp);
      await mailMet('gemeente.nederweert', onderwerp);
      expect(smtp.voor(adres('gemeente.weert')).some((m) => m.subject === onderwerp)).toBe(false);
    });

    it('with dagelijks: gathers the messages of the day into one digest e-mail at the digest moment', async () => {
      await kies('gemeente.leudal', 'signalen', { keuze: 'dagelijks' }).expect(200);
      const eerste = signaal('Minder plekken in de pleegzorg', ['GM1640']);
      const tweede = signaal('Jongeren wachten langer op een gesprek', ['GM1640']);
      const ids = [await publiceer(SIGNAAL_INGEDIEND_V1, eerste), await publiceer(SIGNAAL_INGEDIEND_V1, tweede)];
      await afgehandeld('gemeente.leudal', `Nieuw signaal: ${eerste.titel}`);
      await afgehandeld('gemeente.leudal', `Nieuw signaal: ${tweede.titel}`);
      for (const id of ids) expect(await meldingen(id)).toEqual([{ adres: adres('gemeente.leudal'), wijze: 'dagelijks', uitgaande_email_id: null }]);

      const dagoverzicht = service.app.get(DagoverzichtService);
      // Not before the next digest moment: what came in today waits for tomorrow morning.
      expect(await dagoverzicht.verstuur(new Date())).toBe(0);
      expect(await dagoverzicht.verstuur(new Date(Date.now() + 26 * 3_600_000))).toBe(1);
      expect(await dagoverzicht.verstuur(new Date(Date.now() + 26 * 3_600_000))).toBe(0);

      const mail = await mailMet('gemeente.leudal', 'Uw dagoverzicht van Koers: 2 nieuwe berichten');
      expect(mail.text).toContain(`1. Nieuw signaal: ${eerste.titel}`);
      expect(mail.text).toContain(`2. Nieuw signaal: ${tweede.titel}`);
      expect(mail.text).toContain(`Bekijk het signaal: ${PORTAAL}/signalen/${eerste.signaalId}`);
      expect(mail.text).toContain(`Bekijk het signaal: ${PORTAAL}/signalen/${tweede.signaalId}`);
      expect(smtp.voor(adres('gemeente.leudal')).filter((m) => m.subject?.includes(eerste.titel) || m.subject?.includes(tweede.titel))).toEqual([]);
      for (const id of ids) expect((await meldingen(id))[0].uitgaande_email_id).toEqual(expect.any(String));
    });
  });

  it('sends every queued e-mail exactly once when several senders work at the same time', async () => {
    const schema = service.settings.database.schema;
    const ids = Array.from({ length: 25 }, () => randomUUID());
    await service.dataSource.query(
      `INSERT INTO "${schema}".uitgaande_email (id, ontvanger_sub, adres, soort, onderwerp, tekst, html, status, volgende_poging, aangemaakt_op)
         SELECT id, 'test', $2, 'direct', 'Gelijktijdig ' || id, 'tekst', '<p>tekst</p>', 'wachtend', now(), now() FROM unnest($1::uuid[]) AS id`,
      [ids, adres('beheerder.mlw')],
    );
    const verzender = service.app.get(EmailVerzender);
    await Promise.all([verzender.verstuurWachtende(), verzender.verstuurWachtende(), verzender.verstuurWachtende()]);
    await eventually(async () => (smtp.voor(adres('beheerder.mlw')).length >= ids.length ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const onderwerpen = smtp.voor(adres('beheerder.mlw')).map((m) => m.subject);
    expect(onderwerpen.sort()).toEqual(ids.map((id) => `Gelijktijdig ${id}`).sort());
  });

  describe('when the SMTP server fails', () => {
    const wachtrij = async (eventId: string) =>
      (await service.dataSource.query(
        `SELECT e.status, e.pogingen, e.laatste_fout FROM "${service.settings.database.schema}".uitgaande_email e
           JOIN "${service.settings.database.schema}".email_melding m ON m.uitgaande_email_id = e.id WHERE m.event_id = $1`,
        [eventId],
      )) as Array<{ status: string; pogingen: number; laatste_fout: string | null }>;

    it('keeps a refused message queued and sends it once the server accepts again', async () => {
      smtp.weigeren = true;
      const data = signaal('Meer meldingen over thuiszitters', ['GM0946']);
      const eventId = await publiceer(SIGNAAL_INGEDIEND_V1, data);
      const [geweigerd] = await eventually(async () => {
        const rijen = await wachtrij(eventId);
        return rijen.length && rijen[0].pogingen >= 2 ? rijen : undefined;
      });
      expect(geweigerd).toMatchObject({ status: 'wachtend', laatste_fout: expect.stringContaining('Probeer het later opnieuw') });
      expect(smtp.voor(adres('gemeente.nederweert')).some((m) => m.subject === `Nieuw signaal: ${data.titel}`)).toBe(false);

      smtp.weigeren = false;
      await mailMet('gemeente.nederweert', `Nieuw signaal: ${data.titel}`);
      expect(await eventually(async () => ((await wachtrij(eventId))[0].status === 'verzonden' ? true : undefined))).toBe(true);
      expect(smtp.voor(adres('gemeente.nederweert')).filter((m) => m.subject === `Nieuw signaal: ${data.titel}`)).toHaveLength(1);
    });

    it('marks a message onbestelbaar when the server refuses the address for good (550), and sends the others', async () => {
      smtp.onbekendeAdressen.add(adres('gemeente.weert'));
      try {
        const data = signaal('Minder aanmeldingen bij het wijkteam', ['GM0946', 'GM0988']);
        const eventId = await publiceer(SIGNAAL_INGEDIEND_V1, data);
        await mailMet('gemeente.nederweert', `Nieuw signaal: ${data.titel}`);
        const rijen = await eventually(async () => {
          const alle = await wachtrij(eventId);
          return alle.length === 2 && alle.every((r) => r.status !== 'wachtend') ? alle : undefined;
        });
        expect(rijen.map((r) => r.status).sort()).toEqual(['onbestelbaar', 'verzonden']);
        expect(rijen.find((r) => r.status === 'onbestelbaar')).toMatchObject({ pogingen: 1, laatste_fout: expect.stringContaining('Mailbox bestaat niet') });
        await afgehandeld('gemeente.weert', `Nieuw signaal: ${data.titel}`);
      } finally {
        smtp.onbekendeAdressen.clear();
      }
    });

    it('keeps the message queued while the server is down and sends it when it is back', async () => {
      await smtp.stop();
      const data = signaal('Langere wachtlijst voor dagbesteding', ['GM0946']);
      const eventId = await publiceer(SIGNAAL_INGEDIEND_V1, data);
      const [mislukt] = await eventually(async () => {
        const rijen = await wachtrij(eventId);
        return rijen.length && rijen[0].pogingen >= 1 ? rijen : undefined;
      });
      expect(mislukt).toMatchObject({ status: 'wachtend', laatste_fout: expect.any(String) });

      await smtp.herstart();
      await mailMet('gemeente.nederweert', `Nieuw signaal: ${data.titel}`);
    });
  });
});
