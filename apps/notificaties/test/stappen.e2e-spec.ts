import { randomUUID } from 'node:crypto';
import {
  AFSPRAAK_GETOETST_V1,
  AFSPRAAK_OVERNAME_AANGEBODEN_V1,
  AfspraakGetoetstV1,
  AfspraakOvernameAangebodenV1,
  berichtOnbestelbaarV1,
  createCloudEvent,
  SIGNAAL_INGEDIEND_V1,
  SIGNAAL_SAMENGEVOEGD_V1,
  SignaalIngediendV1,
  SignaalSamengevoegdV1,
} from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, SmtpTestServer, TestIsolation, tokenFor } from '@koers/testing';
import { BundelService } from '../src/email/bundel.service';
import { notificaties } from '../src/notificaties.service-definition';

const MLW = 'midden-limburg-west';
const PORTAAL = 'https://portaal.koers.test';
const SOURCE = 'urn:nld:oin:00000000000000000000:systeem:koers-test';
const adres = (user: string) => `${user}@koers.example`;
const UUR = 3_600_000;

/** The steps people did not hear about, and a burst that must not flood them; time from the injected clock. */
describe('notificaties: steps of a signal, dead letters and bursts', () => {
  const isolation = new TestIsolation();
  let smtp: SmtpTestServer;
  let service: TestService;
  let nu = new Date();
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    service = await startTestService(
      notificaties,
      isolation,
      {
        NOTIFICATIES_SMTP_HOST: '127.0.0.1',
        NOTIFICATIES_SMTP_PORT: String(smtp.port),
        NOTIFICATIES_PORTAAL_URL: PORTAAL,
        NOTIFICATIES_EMAIL_POLL_INTERVAL_MS: '100',
        NOTIFICATIES_EMAIL_DIRECT_PER_UUR: '3',
      },
      { klok: { nu: () => nu } },
    );
    for (const user of ['aanbieder.horizon', 'aanbieder.kompas', 'client.mlw', 'gemeente.leudal', 'gemeente.nederweert', 'gemeente.weert', 'gemeente.roermond', 'beheerder.mlw', 'beheerder.mlo']) tokens[user] = await tokenFor(user);
  });
  afterAll(async () => {
    await service?.stop();
    await smtp?.stop();
  });

  const subVan = (user: string): string => JSON.parse(Buffer.from(tokens[user].split('.')[1], 'base64url').toString()).sub;
  const publiceer = (type: string, data: { regio: string }) => isolation.publish(createCloudEvent({ type, source: SOURCE, regio: data.regio, data }));
  const inbox = async (user: string, query = '') => (await service.http().get(`/v1/inbox?paginaGrootte=100${query}`).auth(tokens[user], { type: 'bearer' }).expect(200)).body;
  const itemMet = (user: string, titel: string) =>
    eventually(async () => (await inbox(user)).items.find((i: { titel: string }) => i.titel === titel) as { tekst: string; link: string; groep: string } | undefined);
  const mailMet = (user: string, onderwerp: string) => eventually(async () => smtp.voor(adres(user)).find((m) => m.subject === onderwerp));
  const meldingen = async (titelBegin: string) =>
    (await service.dataSource.query(`SELECT wijze, count(*)::int AS n FROM "${service.settings.database.schema}".email_melding WHERE titel LIKE $1 GROUP BY wijze ORDER BY wijze`, [
      `${titelBegin}%`,
    ])) as Array<{ wijze: string; n: number }>;

  it('tells the submitter and the parties of its rounds that their signal was merged, and links to where it lives on', async () => {
    const data: SignaalSamengevoegdV1 = {
      signaalId: randomUUID(),
      regio: MLW,
      samengevoegdMet: randomUUID(),
      samengevoegdOp: new Date().toISOString(),
      titel: 'Crisisplekken jeugd-GGZ vol',
      indienerRol: 'aanbieder',
      indienerSub: subVan('aanbieder.horizon'),
      partijen: [{ organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' }],
    };
    await publiceer(SIGNAAL_SAMENGEVOEGD_V1, data);
    const titel = 'Signaal samengevoegd: Crisisplekken jeugd-GGZ vol';
    expect((await itemMet('aanbieder.horizon', titel)).link).toBe(`/signalen/${data.samengevoegdMet}`);
    await itemMet('client.mlw', titel);
    const mail = await mailMet('aanbieder.horizon', titel);
    expect(mail.text).toContain(`Bekijk het signaal: ${PORTAAL}/signalen/${data.samengevoegdMet}`);
    // Another provider of the region, not the submitter and not named: nothing.
    expect((await inbox('aanbieder.kompas')).items.some((i: { titel: string }) => i.titel === titel)).toBe(false);
  });

  it('tells the beheerder of the region that an event could not be handled, and nobody in another region', async () => {
    const eventId = randomUUID();
    const melding = berichtOnbestelbaarV1.signalen.build(
      { regio: MLW, dienst: 'signalen', eventId, eventType: 'nl.koers.tafels.tafel.gestart.v1', reden: 'Statusconflict: geen consensus', pogingen: 1, onbestelbaarOp: new Date().toISOString() },
      { source: SOURCE },
    );
    await isolation.publish(melding);
    const item = await itemMet('beheerder.mlw', 'Een bericht kon niet worden verwerkt in signalen');
    expect(item).toMatchObject({ link: '/beheer/onbestelbare-berichten?dienst=signalen', groep: 'onbestelbaar' });
    const mail = await mailMet('beheerder.mlw', 'Een bericht kon niet worden verwerkt in signalen');
    expect(mail.text).toContain(`${PORTAAL}/beheer/onbestelbare-berichten?dienst=signalen`);
    expect((await inbox('beheerder.mlo')).totaal).toBe(0);
  });

  describe('a burst of new signals', () => {
    const signaal = (titel: string): SignaalIngediendV1 => ({
      signaalId: randomUUID(),
      regio: MLW,
      bron: 'partnerverzoek',
      titel,
      gemeenten: ['GM1640'],
      indienerRol: 'aanbieder',
      ingediendOp: new Date().toISOString(),
    });
    const titels = Array.from({ length: 10 }, (_, i) => `Golf ${String(i + 1).padStart(2, '0')}`);

    it('sends the first three at once, and keeps the rest for one bundled e-mail at the end of the hour', async () => {
      for (const titel of titels) await publiceer(SIGNAAL_INGEDIEND_V1, signaal(titel));
      await eventually(async () => ((await meldingen('Nieuw signaal: Golf')).reduce((n, r) => n + r.n, 0) === 10 ? true : undefined));
      expect(await meldingen('Nieuw signaal: Golf')).toEqual([
        { wijze: 'direct', n: 3 },
        { wijze: 'gebundeld', n: 7 },
      ]);
      await eventually(async () => (smtp.voor(adres('gemeente.leudal')).filter((m) => m.subject?.startsWith('Nieuw signaal: Golf')).length === 3 ? true : undefined));

      const bundels = service.app.get(BundelService);
      expect(await bundels.verstuur()).toBe(0); // the hour is not over
      nu = new Date(nu.getTime() + UUR + 60_000);
      expect(await bundels.verstuur()).toBe(1);
      expect(await bundels.verstuur()).toBe(0);

      const bundel = await mailMet('gemeente.leudal', 'Nog 7 berichten van Koers over nieuwe signalen');
      for (const titel of titels.slice(3)) expect(bundel.text).toContain(`Nieuw signaal: ${titel}`);
      for (const titel of titels.slice(0, 3)) expect(bundel.text).not.toContain(`Nieuw signaal: ${titel}\n`);
      expect(bundel.text).toContain('De eerste 3 kreeg u meteen.');
      expect(bundel.text).toContain(`${PORTAAL}/instellingen/e-mail`);
      expect(smtp.voor(adres('gemeente.leudal')).filter((m) => m.subject?.startsWith('Nieuw signaal: Golf'))).toHaveLength(3);
      expect(await meldingen('Nieuw signaal: Golf')).toEqual([
        { wijze: 'direct', n: 3 },
        { wijze: 'gebundeld', n: 7 },
      ]);
      const [{ open }] = await service.dataSource.query(
        `SELECT count(*)::int AS open FROM "${service.settings.database.schema}".email_melding WHERE titel LIKE 'Nieuw signaal: Golf%' AND uitgaande_email_id IS NULL`,
      );
      expect(open).toBe(0);
    });

    it('groups them in the inbox: one line with the count, and the group as a filter', async () => {
      const { groepen } = (await service.http().get('/v1/inbox/groepen').auth(tokens['gemeente.leudal'], { type: 'bearer' }).expect(200)).body;
      expect(groepen).toEqual([{ groep: 'signaal-ingediend', naam: 'Nieuwe signalen', aantal: 10, ongelezen: 10, laatsteOp: expect.any(String) }]);
      const gefilterd = await inbox('gemeente.leudal', '&groep=signaal-ingediend');
      expect(gefilterd.totaal).toBe(10);
      expect((await inbox('gemeente.leudal', '&groep=onbestelbaar')).totaal).toBe(0);
      await service.http().get('/v1/inbox?groep=Geen%20Sleutel').auth(tokens['gemeente.leudal'], { type: 'bearer' }).expect(400);
      expect((await service.http().get('/v1/inbox/groepen').auth(tokens['beheerder.mlo'], { type: 'bearer' }).expect(200)).body).toEqual({ groepen: [] });
      await service.http().get('/v1/inbox/groepen').expect(401);
    });

    it('sends at once again once the hour window has passed', async () => {
      await publiceer(SIGNAAL_INGEDIEND_V1, signaal('Na de golf'));
      await mailMet('gemeente.leudal', 'Nieuw signaal: Na de golf');
      expect(await meldingen('Nieuw signaal: Na de golf')).toEqual([{ wijze: 'direct', n: 1 }]);
    });
  });

  // After the burst: these add groups to gemeente.leudal's inbox, which the burst's group test counts.
  // That a table must steer is told in uitnodigingen.e2e-spec.ts: its participants are read from the real tafels.
  it("tells the region's gemeente users a jurist's bezwaar, and nobody else", async () => {
    const tafelId = randomUUID();
    const afspraakId = randomUUID();
    const getoetst: AfspraakGetoetstV1 = { afspraakId, tafelId, regio: MLW, versie: 1, toetsingId: randomUUID(), oordeel: 'bezwaar', eigenaar: 'zorggroep-horizon', getoetstOp: new Date().toISOString() };
    await publiceer(AFSPRAAK_GETOETST_V1, getoetst);

    const bezwaar = 'Een jurist heeft bezwaar tegen een afspraak van een koerstafel';
    expect(await itemMet('gemeente.leudal', bezwaar)).toMatchObject({ link: `/tafels/${tafelId}/afspraken/${afspraakId}`, groep: 'afspraak-getoetst' });
    expect((await mailMet('gemeente.leudal', bezwaar)).text).toContain(`Lees de reden: ${PORTAAL}/tafels/${tafelId}/afspraken/${afspraakId}`);

    for (const user of ['gemeente.roermond', 'aanbieder.horizon']) {
      expect((await inbox(user)).items.filter((i: { titel: string }) => i.titel === bezwaar)).toEqual([]);
    }
  });

  it('offers a successful agreement of Weert to the gemeente users of the offered gemeenten only: inbox and e-mail with the link to the offer', async () => {
    nu = new Date(nu.getTime() + 2 * UUR); // a new hour: the e-mail goes at once, not in a bundle
    const afspraakId = randomUUID();
    const aanbod: AfspraakOvernameAangebodenV1 = {
      afspraakId,
      tafelId: randomUUID(),
      regio: MLW,
      versie: 1,
      soort: 'werkafspraak',
      eigenaar: 'zorggroep-horizon',
      gemeenten: ['GM0988'],
      aangebodenAan: ['GM0946', 'GM1640'],
      monitoringplanId: randomUUID(),
      aangebodenOp: new Date().toISOString(),
    };
    await publiceer(AFSPRAAK_OVERNAME_AANGEBODEN_V1, aanbod);
    const titel = 'Een afspraak die werkt: neemt uw gemeente haar over?';
    for (const user of ['gemeente.leudal', 'gemeente.nederweert']) {
      expect(await itemMet(user, titel)).toMatchObject({ link: `/overnames?afspraak=${afspraakId}`, groep: 'overname-aangeboden' });
      const mail = await mailMet(user, titel);
      expect(mail.text).toContain(`Bekijk de afspraak: ${PORTAAL}/overnames?afspraak=${afspraakId}`);
      expect(mail.text).not.toContain('zorggroep-horizon');
    }
    // The gemeente where it worked, another region's gemeente and a provider of the region: nothing.
    for (const user of ['gemeente.weert', 'gemeente.roermond', 'aanbieder.horizon']) {
      expect((await inbox(user)).items.filter((i: { titel: string }) => i.titel === titel)).toEqual([]);
      expect(smtp.voor(adres(user)).filter((m) => m.subject === titel)).toEqual([]);
    }
  });

  it('pages its dead letters for the beheerder of the region, filters them by type, and refuses bad paging or type', async () => {
    const kapot = (type: string, regio: string) => createCloudEvent({ type, source: SOURCE, regio, subject: randomUUID(), data: { kapot: true } });
    const eigen = [kapot(SIGNAAL_INGEDIEND_V1, MLW), kapot(SIGNAAL_INGEDIEND_V1, MLW), kapot(SIGNAAL_SAMENGEVOEGD_V1, MLW)];
    const ander = kapot(SIGNAAL_INGEDIEND_V1, 'midden-limburg-oost');
    for (const event of [...eigen, ander]) await isolation.publish(event);
    const lijst = async (user: string, query = '') => (await service.http().get(`/v1/onbestelbare-berichten${query}`).auth(tokens[user], { type: 'bearer' }).expect(200)).body;
    const ids = (body: { items: Array<{ eventId: string }> }) => body.items.map((l) => l.eventId);
    const alles = await eventually(async () => {
      const body = await lijst('beheerder.mlw', '?paginaGrootte=100');
      return eigen.every((e) => ids(body).includes(e.id)) ? body : undefined;
    }, 20000);
    expect(ids(alles)).not.toContain(ander.id);
    expect(alles.typen).toEqual(expect.arrayContaining([SIGNAAL_INGEDIEND_V1, SIGNAAL_SAMENGEVOEGD_V1]));
    expect(alles).toMatchObject({ pagina: 1, paginaGrootte: 100, totaal: alles.items.length });
    await eventually(async () => (ids(await lijst('beheerder.mlo', '?paginaGrootte=100')).includes(ander.id) ? true : undefined), 20000);
    expect(ids(await lijst('beheerder.mlo', '?paginaGrootte=100'))).not.toContain(eigen[0].id);

    const samengevoegd = await lijst('beheerder.mlw', `?type=${SIGNAAL_SAMENGEVOEGD_V1}&paginaGrootte=100`);
    expect(ids(samengevoegd)).toContain(eigen[2].id);
    expect(samengevoegd.items.every((l: { type: string }) => l.type === SIGNAAL_SAMENGEVOEGD_V1)).toBe(true);
    expect(samengevoegd.totaal).toBe(samengevoegd.items.length);
    expect(samengevoegd.typen).toEqual(alles.typen);
    expect(await lijst('beheerder.mlw', '?type=nl.koers.bestaat.niet.v1')).toMatchObject({ items: [], totaal: 0 });

    const tweede = await lijst('beheerder.mlw', '?paginaGrootte=1&pagina=2');
    expect(tweede).toMatchObject({ totaal: alles.totaal, pagina: 2, paginaGrootte: 1 });
    expect(ids(tweede)).toEqual([alles.items[1].eventId]);

    const fout = await service.http().get('/v1/onbestelbare-berichten?pagina=0&type=Geen%20type').auth(tokens['beheerder.mlw'], { type: 'bearer' }).expect(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['pagina', 'type']);
    expect(JSON.stringify(fout.body.invalidParams)).toContain('type is een soort bericht');
    await service.http().get('/v1/onbestelbare-berichten?paginaGrootte=101').auth(tokens['beheerder.mlw'], { type: 'bearer' }).expect(400);
    await service.http().get('/v1/onbestelbare-berichten').auth(tokens['gemeente.weert'], { type: 'bearer' }).expect(403);
  });
});
