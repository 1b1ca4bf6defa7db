import { Page } from 'playwright-core';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, TestKlok, tokenFor } from '@koers/testing';
import { controleer, eenBrowser, inloggen, Portaal, startPortaal } from './browser';

jest.setTimeout(300000);

const INDICATOR = 'jeugdhulp-met-verblijf';
const TITEL = 'Jongeren met verblijf wachten te lang in Weert';
const AFSPRAAK = 'Zorggroep Horizon maakt twee plekken vrij voor verblijf dichtbij huis.';
/** How the seating search finds the realm's people (Els Hermans, Joost van der Linden), and how it lists them. */
const GEVONDEN = {
  'client.mlw': { zoek: 'Hermans', rij: 'Iemand van Cliëntenraad Midden-Limburg West' },
  'aanbieder.horizon': { zoek: 'van der Linden', rij: 'Joost van der Linden' },
} as const;

/**
 * The whole cycle through the screens, every step clicked and typed in Chromium by people who log in
 * on Keycloak's own page: a provider reports a signal; the gemeente builds the dossier from its three
 * kinds of evidence and asks the parties; the provider and the client representative agree; the
 * gemeente starts a table, seats them and plans a meeting; the meeting is held (who came), the
 * minutes get a remark and are adopted; an agreement is made, a jurist gives an akkoord with a
 * motivation, the gemeente makes its monitoring plan on the agreement's page and records it. The
 * services' APIs only check what each step did. Time moves through TestKlok (the services) and
 * Playwright's clock (the portal compares a meeting's start with the browser's clock), never by sleeping.
 */
describe('the cycle from signal to recorded agreement, through the screens (Chromium, real Keycloak, real services)', () => {
  const isolation = new TestIsolation();
  const klok = new TestKlok();
  const diensten: ServiceProcess[] = [];
  let portaal: Portaal;
  let monitoring: ServiceProcess;
  let signalen: ServiceProcess;
  let tafels: ServiceProcess;
  let browser: Awaited<ReturnType<typeof eenBrowser>>;
  const overtredingen: string[] = [];

  const api = (dienst: () => ServiceProcess) => async (pad: string, gebruiker = 'gemeente.weert') => {
    const response = await dienst().http().get(pad).set({ authorization: `Bearer ${await tokenFor(gebruiker)}` });
    if (response.status !== 200) throw new Error(`GET ${pad}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const sig = api(() => signalen);
  const taf = api(() => tafels);
  const mon = api(() => monitoring);
  const subVan = async (gebruiker: string): Promise<string> => JSON.parse(Buffer.from((await tokenFor(gebruiker)).split('.')[1], 'base64url').toString()).sub;
  const meet = async (page: Page, naam: string) => overtredingen.push(...(await controleer(page, `cyclus_${naam}`)).overtredingen);

  /** Logs `gebruiker` in at `pad` in a fresh context whose clock shows the services' time, and runs `doe`. */
  async function als<T>(gebruiker: string, pad: string, doe: (page: Page) => Promise<T>): Promise<T> {
    const context = await browser.sessie();
    try {
      context.setDefaultTimeout(15_000);
      await context.clock.setFixedTime(klok.nu());
      const page = await context.newPage();
      await inloggen(page, portaal, gebruiker, pad);
      try {
        return await doe(page);
      } catch (error) {
        console.error(`[cyclus] ${gebruiker} op ${page.url()}:\n${await page.locator('main').innerText().catch(() => '')}`);
        throw error;
      }
    } finally {
      await context.close();
    }
  }

  /** Seats a person through the table's form, found by name (a client representative is listed without it). */
  async function zetAanTafel(page: Page, gebruiker: keyof typeof GEVONDEN): Promise<void> {
    const { zoek, rij } = GEVONDEN[gebruiker];
    const zetten = page.getByRole('region', { name: 'Iemand uit de regio aan tafel zetten' });
    await zetten.getByLabel('Zoek op naam').fill(zoek);
    await zetten.getByRole('button', { name: 'Zoeken' }).click();
    await zetten.getByRole('row').filter({ hasText: rij }).getByRole('button', { name: 'Aan tafel zetten' }).click();
    await zetten.getByText(`${rij} zit nu aan tafel.`).waitFor();
  }

  /** A day at a Dutch clock time `dagen` after the services' now, as a datetime-local field takes it. */
  const over = (dagen: number, uur: number) => `${new Date(klok.nu().getTime() + dagen * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })}T${String(uur).padStart(2, '0')}:00`;
  /** Moves the services' clock to a minute past `moment`. */
  const tot = (moment: string) => klok.verzet(Math.max(0, Date.parse(moment) - klok.nu().getTime()) + 60_000);

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    diensten.push(monitoring);
    signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    diensten.push(signalen);
    tafels = await startServiceProcess('tafels', isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url, ...klok.env });
    diensten.push(tafels);
    portaal = await startPortaal({ monitoring: monitoring.url, signalen: signalen.url, tafels: tafels.url });
    browser = await eenBrowser();
  }, 240000);

  afterAll(async () => {
    await browser?.stop();
    await portaal?.stop();
    for (const dienst of diensten.reverse()) await dienst.stop();
    klok.opruimen();
  });

  it('a provider reports, the gemeente builds the dossier and the table, the parties agree and meet, a jurist agrees, the plan is made and the agreement recorded', async () => {
    const begin = Date.now();

    // The provider reports the signal.
    const signaalId = await als('aanbieder.horizon', '/signalen/nieuw', async (page) => {
      await page.getByLabel('Korte titel').fill(TITEL);
      await page.getByLabel('Wat is er aan de hand?').fill('Jongeren in Weert wachten langer dan twaalf weken op een plek met verblijf.');
      await page.getByLabel('Weert', { exact: true }).check();
      await page.getByRole('button', { name: 'Signaal indienen' }).click();
      await page.getByText('Uw signaal is ingediend.').waitFor();
      return new URL(page.url()).pathname.split('/').pop() as string;
    });
    expect(await sig(`/v1/signalen/${signaalId}`)).toEqual(expect.objectContaining({ status: 'ingediend', bron: 'partnerverzoek' }));

    // The gemeente delivers its figures, takes the signal up, adds the three kinds of evidence and asks the parties.
    const rondeId = await als('gemeente.weert', '/monitoring/metingen/aanleveren', async (page) => {
      const regels = ['indicator,gemeente,periode,waarde,teller,noemer', `${INDICATOR},GM0988,2025-Q1,1.6,67,4200`, `${INDICATOR},GM0988,2025-Q2,1.9,80,4200`];
      await page.getByLabel('CSV-bestand met metingen', { exact: true }).setInputFiles({ name: 'metingen.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\n') + '\n') });
      await page.getByLabel('Bron van de cijfers (niet verplicht)').fill('Eigen registratie');
      await page.getByRole('button', { name: 'Bestand versturen' }).click();
      await page.getByRole('heading', { name: 'Het bestand is opgeslagen' }).waitFor();

      await page.goto(`${portaal.url}/signalen/${signaalId}`);
      await page.getByRole('button', { name: 'In behandeling nemen' }).click();
      await page.getByText('U hebt het signaal in behandeling genomen.').waitFor();
      const dossier = page.getByRole('form', { name: 'Stuk toevoegen aan het dossier' });
      await dossier.getByLabel('Cijfer', { exact: true }).selectOption(INDICATOR);
      await dossier.getByLabel('Gemeente', { exact: true }).selectOption('GM0988');
      await dossier.getByLabel('Perioden').fill('2025-Q1, 2025-Q2');
      await dossier.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByText('Cijfers toegevoegd aan het dossier.').waitFor();
      await dossier.getByLabel('Soort bewijs').selectOption('ervaringsinformatie');
      await dossier.getByLabel('Wie vertelt?').selectOption('ouder');
      await dossier.getByLabel('Wat is er verteld?').fill('Ouders vertellen dat hun kind maanden wacht en intussen thuis vastloopt.');
      await dossier.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByText('Ervaringen toegevoegd aan het dossier.').waitFor();
      await dossier.getByLabel('Soort bewijs').selectOption('juridisch_kader');
      await dossier.getByLabel('Welke regel?').fill('Jeugdwet art. 2.3');
      await dossier.getByLabel('Uitleg', { exact: false }).fill('De gemeente treft een voorziening die tijdig beschikbaar is.');
      await dossier.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByText('Wet of afspraak toegevoegd aan het dossier.').waitFor();
      const partijen = page.getByRole('group', { name: 'Welke organisaties vraagt u?' });
      await partijen.getByLabel('Zorggroep Horizon (aanbieder)').check();
      await partijen.getByLabel('Cliëntenraad Midden-Limburg West (cliëntenraad)').check();
      await page.getByRole('button', { name: 'Ronde starten' }).click();
      await page.getByText('Ronde 1 is gestart.', { exact: false }).waitFor();
      await meet(page, 'signaal-dossier');
      await page.getByRole('link', { name: 'Ronde 1' }).click();
      await page.waitForURL(/\/consensusrondes\//);
      return new URL(page.url()).pathname.split('/').pop() as string;
    });
    const voorbereid = await sig(`/v1/signalen/${signaalId}`);
    expect(voorbereid.dossier.map((s: { soort: string }) => s.soort).sort()).toEqual(['ervaringsinformatie', 'juridisch_kader', 'objectieve_data']);
    expect(voorbereid.consensusrondes).toEqual([expect.objectContaining({ id: rondeId, uitkomst: 'open' })]);

    // Each party answers the round on its page.
    for (const [gebruiker, organisatie] of [
      ['aanbieder.horizon', 'Zorggroep Horizon'],
      ['client.mlw', 'Cliëntenraad Midden-Limburg West'],
    ]) {
      await als(gebruiker, `/signalen/${signaalId}/consensusrondes/${rondeId}`, async (page) => {
        await page.getByLabel('Bent u het eens met het signaal en het dossier?').selectOption('eens');
        await page.getByRole('button', { name: 'Antwoord geven' }).click();
        await page.getByText('Uw antwoord is opgeslagen.').waitFor();
        await page.getByRole('row').filter({ hasText: organisatie }).filter({ hasText: 'Eens' }).waitFor();
        if (gebruiker === 'client.mlw') await meet(page, 'consensusronde');
      });
    }
    await eventually(async () => ((await sig(`/v1/signalen/${signaalId}`)).status === 'consensus_bereikt' ? true : undefined), 30_000);

    // The gemeente starts the table, seats the two parties and plans the meeting.
    const { tafelId, bijeenkomstId } = await als('gemeente.weert', `/signalen/${signaalId}`, async (page) => {
      await page.getByRole('button', { name: 'Start een koerstafel' }).click();
      await page.waitForURL((url) => /\/tafels\/[0-9a-f-]{36}$/.test(url.pathname));
      await page.getByRole('heading', { level: 1, name: TITEL }).waitFor();
      await zetAanTafel(page, 'client.mlw');
      await zetAanTafel(page, 'aanbieder.horizon');
      await page.getByRole('cell', { name: 'Cliëntvertegenwoordiger' }).waitFor();
      const plannen = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Bijeenkomst plannen' }) });
      await plannen.getByLabel('Begint op').fill(over(1, 10));
      await plannen.getByLabel('Eindigt op').fill(over(1, 12));
      await plannen.getByLabel('Plaats', { exact: false }).first().fill('Stadhuis Weert, raadszaal');
      await plannen.getByLabel('Agenda').fill('Welkom; het dossier; wat is het probleem; wie doet mee.');
      await plannen.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
      await plannen.getByText('De bijeenkomst is gepland.', { exact: false }).waitFor();
      await page.getByRole('row').filter({ hasText: 'Gepland' }).getByRole('link').click();
      await page.getByRole('heading', { level: 2, name: 'Wie komen er?' }).waitFor();
      const pad = new URL(page.url()).pathname.split('/');
      return { tafelId: pad[2], bijeenkomstId: pad[4] };
    });
    const tafel = await taf(`/v1/tafels/${tafelId}`);
    expect(tafel).toEqual(expect.objectContaining({ signaalId, status: 'gepland' }));
    expect(tafel.deelnemers.map((d: { rol: string }) => d.rol).sort()).toEqual(['aanbieder', 'clientvertegenwoordiger', 'gemeente']);
    expect(tafel.deelnemers.map((d: { sub?: string }) => d.sub)).toEqual(expect.arrayContaining([await subVan('client.mlw'), await subVan('aanbieder.horizon')]));
    const bijeenkomstPad = `/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}`;

    // The client representative says they will come.
    await als('client.mlw', bijeenkomstPad, async (page) => {
      const antwoord = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Komt u?' }) });
      await antwoord.getByLabel('Ja, ik kom').check();
      await antwoord.getByRole('button', { name: 'Antwoord versturen' }).click();
      await antwoord.getByText('Uw antwoord is opgeslagen.').waitFor();
    });
    const [gepland] = await taf(`/v1/tafels/${tafelId}/bijeenkomsten`);
    expect(gepland.antwoorden).toEqual([expect.objectContaining({ antwoord: 'aanwezig' })]);

    // The meeting has begun: the gemeente writes the minutes with who came.
    tot(gepland.start);
    await als('gemeente.weert', bijeenkomstPad, async (page) => {
      const verslag = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Verslag maken' }) });
      await verslag.getByLabel('Wat is het probleem?').fill('Jongeren met verblijf wachten lang op een plek dichter bij huis.');
      await verslag.getByLabel('Wie moet er meedoen?').fill('De gemeente Weert, Zorggroep Horizon en de cliëntenraad.');
      await verslag.getByLabel('Welke stappen zijn nodig?').fill('Plekken vrijmaken en elke maand samen de cijfers bekijken.');
      for (const wie of tafel.deelnemers as Array<{ id: string }>) await verslag.locator(`#aanwezig-${wie.id}`).check();
      await verslag.getByRole('button', { name: 'Verslag versturen als concept' }).click();
      await page.getByText(/Dit is een concept\. Reageren kan tot/).waitFor();
    });
    const concept = await taf(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}/verslag`);
    expect(concept).toEqual(expect.objectContaining({ status: 'concept', aanwezigen: expect.arrayContaining(tafel.deelnemers.map((d: { id: string }) => d.id)) }));
    expect((await taf(`/v1/tafels/${tafelId}/bijeenkomsten`))[0].status).toBe('gehouden');

    // A participant reacts to the concept.
    await als('client.mlw', bijeenkomstPad, async (page) => {
      const reageren = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Reageren op het verslag' }) });
      await reageren.getByLabel('Uw reactie').fill('De cliëntenraad wil meedenken over welke plekken vrijkomen.');
      await reageren.getByRole('button', { name: 'Reactie versturen' }).click();
      await reageren.getByText('Uw reactie is verstuurd.').waitFor();
    });

    // The time to react is over: the gemeente answers the remark, adopts the minutes and drafts the agreement.
    tot(concept.reactiesTot);
    const afspraakId = await als('gemeente.weert', bijeenkomstPad, async (page) => {
      const vaststellen = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Verslag vaststellen' }) });
      await vaststellen.getByLabel('Wat deed u ermee?').selectOption('verwerkt');
      await vaststellen.getByLabel('Toelichting').fill('De stappen noemen nu dat de cliëntenraad meedenkt.');
      await vaststellen.getByRole('button', { name: 'Verslag vaststellen' }).click();
      await page.getByText(/^Vastgesteld op/).waitFor();
      await meet(page, 'bijeenkomst-vastgesteld');

      await page.getByRole('link', { name: TITEL }).click();
      const nieuw = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nieuwe afspraak' }) });
      await nieuw.getByLabel('Wat spreken we af?').fill(AFSPRAAK);
      await nieuw.getByLabel('Wie doet het?').selectOption('zorggroep-horizon');
      await nieuw.getByLabel('Klaar op').fill(over(200, 0).slice(0, 10));
      await nieuw.getByLabel('Regel of wet').fill('Jeugdwet art. 2.3');
      await nieuw.getByLabel('Voor welke gemeente?').selectOption('GM0988');
      // Not chosen: the held meeting is the form's own default, whenever the meetings arrived.
      await expect(nieuw.getByLabel('Afgesproken in de bijeenkomst van').inputValue()).resolves.toBe(bijeenkomstId);
      await nieuw.getByRole('button', { name: 'Afspraak opslaan' }).click();
      await nieuw.getByText('De afspraak is opgeslagen.', { exact: false }).waitFor();
      await page.getByRole('link', { name: AFSPRAAK }).click();
      await page.waitForURL(/\/afspraken\//);
      return new URL(page.url()).pathname.split('/').pop() as string;
    });
    expect((await taf(`/v1/tafels/${tafelId}/bijeenkomsten/${bijeenkomstId}/verslag`)).opmerkingen).toEqual([expect.objectContaining({ verwerking: 'verwerkt' })]);
    expect(await taf(`/v1/tafels/${tafelId}/afspraken`)).toEqual([expect.objectContaining({ id: afspraakId, status: 'concept', bijeenkomstId, toetsing: 'open' })]);

    // The jurist gives an akkoord, with a motivation, from the queue.
    await als('jurist.mlw', '/toetsing', async (page) => {
      const kaart = page.locator('article').filter({ hasText: AFSPRAAK });
      await kaart.getByLabel('Akkoord').check();
      await kaart.getByLabel('Waarom bent u akkoord?', { exact: false }).fill('De afspraak past in de Jeugdwet: de hulp is zo tijdig beschikbaar.');
      await meet(page, 'toetsing');
      await kaart.getByRole('button', { name: 'Oordeel versturen' }).click();
      await page.getByText('Er zijn geen voorstellen die op u wachten.', { exact: false }).waitFor();
    });
    const [getoetst] = await taf(`/v1/tafels/${tafelId}/afspraken`, 'jurist.mlw');
    expect(getoetst).toEqual(expect.objectContaining({ toetsing: 'akkoord', toetsingen: [expect.objectContaining({ oordeel: 'akkoord', reden: 'De afspraak past in de Jeugdwet: de hulp is zo tijdig beschikbaar.' })] }));

    // The gemeente makes the monitoring plan on the agreement's page, then records the agreement.
    await als('gemeente.weert', `/tafels/${tafelId}/afspraken/${afspraakId}`, async (page) => {
      await page.getByText('De afspraak past in de Jeugdwet', { exact: false }).waitFor();
      const plan = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Monitoringplan maken' }) });
      await plan.getByLabel('Welk cijfer volgt u?').selectOption(INDICATOR);
      await plan.getByLabel('Doel', { exact: true }).fill('1.5');
      await plan.getByLabel('Wanneer is het doel gehaald?').selectOption('maximaal');
      await plan.getByLabel('Nulmeting tot en met').fill('2025-Q2');
      await plan.getByLabel('Over hoeveel perioden?').fill('2');
      await plan.getByLabel('Meetmomenten').fill('2025-Q4, 2026-Q2');
      await plan.getByLabel('Evaluatie op').fill('2027-06-30');
      await meet(page, 'afspraak-plan');
      await plan.getByRole('button', { name: 'Monitoringplan maken' }).click();
      // The form's own confirmation, or the page's once tafels linked the plan and the form went.
      await page.getByText('Het monitoringplan is gemaakt.', { exact: false }).waitFor();
      // Tafels links the plan once it took monitoring's event from the bus.
      await eventually(async () => {
        await page.reload();
        await page.getByRole('link', { name: 'Plan wordt gemaakt' }).waitFor({ timeout: 2000 });
        return true;
      }, 30_000, 500);

      await page.getByRole('link', { name: TITEL }).click();
      await page.getByRole('button', { name: 'Afspraken vastleggen' }).click();
      await page.getByText('De afspraken zijn vastgelegd.').waitFor();
    });
    const [vastgelegd] = await taf(`/v1/tafels/${tafelId}/afspraken`);
    expect(vastgelegd).toEqual(expect.objectContaining({ status: 'vastgelegd', monitoringplanId: expect.any(String) }));
    expect(await mon(`/v1/monitoringplannen/${vastgelegd.monitoringplanId}`)).toEqual(expect.objectContaining({ onderwerp: { soort: 'afspraak', id: afspraakId }, gemeenten: ['GM0988'], meetmomenten: ['2025-Q4', '2026-Q2'] }));
    await eventually(async () => ((await taf(`/v1/tafels/${tafelId}`)).status === 'monitoring' ? true : undefined), 30_000);

    console.log(`[cyclus] de hele cyclus door de schermen: ${Math.round((Date.now() - begin) / 1000)} s`);
    expect(overtredingen).toEqual([]);
  });
});
