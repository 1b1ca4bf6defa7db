import { Page } from 'playwright-core';
import { registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { alsIn, controleer, eenBrowser, Portaal, startPortaal } from './browser';
import { api, INDICATOR } from './koerstafel';

jest.setTimeout(300000);

/**
 * The screens for signals and monitoring in a real browser, against signalen and monitoring as
 * processes of this test and the real Keycloak login: an aanbieder submits a signal and a gemeente
 * takes it up and asks the organisations it ticks for consensus; a beheerder uploads measurements and
 * course targets and sees the progress and the answer. axe on every screen visited.
 */
describe('signals and monitoring in the portal (Chromium, Keycloak, signalen, monitoring)', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let signalen: ServiceProcess;
  let portaal: Portaal;
  let browser: Awaited<ReturnType<typeof eenBrowser>>;

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    [portaal, browser] = await Promise.all([startPortaal({ monitoring: monitoring.url, signalen: signalen.url }), eenBrowser()]);
  }, 240000);

  afterAll(async () => {
    await browser?.stop();
    await portaal?.stop();
    await signalen?.stop();
    await monitoring?.stop();
  });

  const als = <T,>(gebruiker: string, pad: string, doe: (page: Page) => Promise<T>) => alsIn(browser, portaal, gebruiker, pad, doe);

  async function meet(page: Page, naam: string) {
    expect((await controleer(page, naam)).overtredingen).toEqual([]);
  }

  it('an aanbieder submits a signal; a gemeente of it takes it up and asks the parties it ticks, and a refusal of the API is shown in its Dutch', async () => {
    const id = await als('aanbieder.horizon', '/signalen/nieuw', async (page) => {
      await page.getByLabel('Korte titel').waitFor();
      await meet(page, 'portaal2_signaal-nieuw');
      await page.getByLabel('Korte titel').fill('Wachtlijst dagbehandeling groeit');
      await page.getByRole('button', { name: 'Signaal indienen' }).click();
      // Nothing chosen: signalen refuses, and says so beside the fields.
      await page.getByText('Kijk bij de velden wat er mis is').waitFor();
      await page.getByLabel('Wat is er aan de hand?').fill('Jongeren wachten langer dan tien weken op dagbehandeling.');
      await page.getByLabel('Weert', { exact: true }).check();
      await page.getByRole('button', { name: 'Signaal indienen' }).click();
      await page.getByText('Uw signaal is ingediend.').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Wachtlijst dagbehandeling groeit' }).waitFor();
      // A provider cannot take up: the screen offers no such action.
      await expect(page.getByRole('button', { name: 'In behandeling nemen' }).count()).resolves.toBe(0);
      return page.url().split('/').pop() as string;
    });

    await als('gemeente.weert', `/signalen/${id}`, async (page) => {
      await page.getByRole('button', { name: 'In behandeling nemen' }).waitFor();
      await expect(page.locator('main').innerText()).resolves.toMatch(/Oppakken vóór.*nog \d+ dag/s);
      await meet(page, 'portaal2_signaal-ingediend');
      await page.getByRole('button', { name: 'In behandeling nemen' }).click();
      await page.getByText('U hebt het signaal in behandeling genomen.').waitFor();
      await page.getByText('In voorbereiding', { exact: true }).first().waitFor();
      // Rejecting without a reason: signalen's 400, beside the field.
      await page.getByRole('button', { name: 'Signaal afwijzen' }).click();
      await page.getByRole('form', { name: 'Signaal afwijzen' }).getByText('Kijk bij de velden wat er mis is').waitFor();
      // The behandelaar adds evidence of one kind.
      await page.getByLabel('Soort bewijs').selectOption('ervaringsinformatie');
      await page.getByLabel('Wat is er verteld?').fill('Ouders vertellen dat de wachttijd voor dagbehandeling langer wordt.');
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByText('Ervaringen toegevoegd aan het dossier.').waitFor();
      await page.getByRole('group', { name: 'Welke organisaties vraagt u?' }).getByLabel('Cliëntenraad Midden-Limburg West (cliëntenraad)').waitFor();
      await meet(page, 'portaal2_signaal-in-voorbereiding');

      // The other two kinds of evidence, through the API; then the behandelaar ticks whom to ask.
      // The region's figures as a whole: Weert's series of this indicator is the large file's, below.
      await api(() => monitoring).post('/v1/metingen?bron=Eigen%20registratie', 'gemeente.weert', [{ indicator: INDICATOR, periode: '2025-Q1', waarde: 1.6, teller: 200, noemer: 12500 }]);
      const sig = api(() => signalen);
      await sig.post(`/v1/signalen/${id}/dossierstukken`, 'gemeente.weert', { soort: 'objectieve_data', indicator: INDICATOR, perioden: ['2025-Q1'] });
      await sig.post(`/v1/signalen/${id}/dossierstukken`, 'gemeente.weert', { soort: 'juridisch_kader', kader: 'wet', referentie: 'Jeugdwet art. 2.3', toelichting: 'Hulp die op tijd komt.' });
      await page.reload();
      const partijen = page.getByRole('group', { name: 'Welke organisaties vraagt u?' });
      await partijen.getByLabel('Jeugdhulp Kompas (aanbieder)').waitFor();
      await page.getByRole('button', { name: 'Ronde starten' }).click();
      await partijen.getByText('Kies minstens één organisatie.').waitFor();
      await partijen.getByLabel('Zorggroep Horizon (aanbieder)').check();
      await page.getByRole('button', { name: 'Ronde starten' }).click();
      await page.getByText('Ronde 1 is gestart. De partijen krijgen een bericht.').waitFor();
    });

    const signaal = await signalen.http().get(`/v1/signalen/${id}`).set('authorization', `Bearer ${await tokenFor('gemeente.weert')}`).expect(200);
    expect(signaal.body).toMatchObject({ status: 'consensus_gevraagd', behandelaarGemeente: 'GM0988', indienerRol: 'aanbieder' });
    expect(signaal.body.dossier.map((stuk: { soort: string }) => stuk.soort)).toEqual(['ervaringsinformatie', 'objectieve_data', 'juridisch_kader']);
    expect(signaal.body.consensusrondes).toEqual([expect.objectContaining({ nummer: 1, partijen: [{ organisatie: 'zorggroep-horizon', rol: 'aanbieder' }] })]);
  });

  it('a provider and a client representative start with the signals they take part in; the choice is in the URL', async () => {
    const dienIn = async (gebruiker: string, titel: string) =>
      signalen
        .http()
        .post('/v1/signalen')
        .set('authorization', `Bearer ${await tokenFor(gebruiker)}`)
        .send({ regio: 'midden-limburg-west', bron: gebruiker.startsWith('gemeente') ? 'contractdoel' : 'partnerverzoek', titel, omschrijving: 'Jongeren wachten lang op hulp.', gemeenten: ['GM0988'] })
        .expect(201);
    await dienIn('aanbieder.horizon', 'Horizon mist plekken voor pleegzorg');
    await dienIn('gemeente.weert', 'Weert ziet de kosten stijgen');

    await als('aanbieder.horizon', '/signalen', async (page) => {
      await page.getByRole('link', { name: 'Horizon mist plekken voor pleegzorg' }).waitFor();
      await expect(page.getByLabel('Alleen signalen waar ik bij betrokken ben').isChecked()).resolves.toBe(true);
      await expect(page.getByRole('link', { name: 'Weert ziet de kosten stijgen' }).count()).resolves.toBe(0);
      await meet(page, 'portaal2_signalen-betrokken');
      await page.getByLabel('Alleen signalen waar ik bij betrokken ben').uncheck();
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('link', { name: 'Weert ziet de kosten stijgen' }).waitFor();
      expect(new URL(page.url()).searchParams.get('betrokken')).toBe('false');
      await page.reload();
      await page.getByRole('link', { name: 'Weert ziet de kosten stijgen' }).waitFor();
      await expect(page.getByLabel('Alleen signalen waar ik bij betrokken ben').isChecked()).resolves.toBe(false);
    });

    // The client council takes part in nothing yet: the empty list says how to see the region's.
    await als('client.mlw', '/signalen', async (page) => {
      await page.getByText('U bent nog niet betrokken bij een signaal.').waitFor();
      await meet(page, 'portaal2_signalen-client-leeg');
      await page.getByLabel('Alleen signalen waar ik bij betrokken ben').uncheck();
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('link', { name: 'Horizon mist plekken voor pleegzorg' }).waitFor();
    });

    // A gemeente starts with the whole region.
    await als('gemeente.weert', '/signalen', async (page) => {
      await page.getByRole('link', { name: 'Horizon mist plekken voor pleegzorg' }).waitFor();
      await expect(page.getByLabel('Alleen signalen waar ik bij betrokken ben').isChecked()).resolves.toBe(false);
    });
  });

  it('a beheerder uploads measurements: the progress bar reaches 100 % and the answer is shown; a bad file lists its rows, a missing source points at the field', async () => {
    await als('beheerder.mlw', '/monitoring/metingen/aanleveren', async (page) => {
      await meet(page, 'portaal2_metingen-aanleveren');
      const regels = ['indicator,gemeente,periode,waarde,teller,noemer', 'jeugdhulp-totaal,GM0988,2025-Q1,12.5,125,1000', 'jeugdhulp-totaal,GM0988,2025-Q2,0.3,3,1000', 'jeugdhulp-totaal,GM0988,2025-Q3,13.1,131,1000', 'jeugdhulp-totaal,GM0988,2025-Q4,14,140,1000'];
      await page.getByLabel('CSV-bestand met metingen', { exact: true }).setInputFiles({ name: 'metingen.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\n') + '\n') });
      await page.getByLabel('Bron van de cijfers (niet verplicht)').fill('CBS');
      await page.getByRole('button', { name: 'Bestand versturen' }).click();
      await page.getByRole('heading', { name: 'Het bestand is opgeslagen' }).waitFor();
      await expect(page.getByRole('progressbar', { name: 'Verstuurd' }).getAttribute('value')).resolves.toBe('100');
      await expect(page.getByText('100 %').count()).resolves.toBe(1);
      await expect(page.locator('main').innerText()).resolves.toMatch(/Nieuw\s*4/);
      await meet(page, 'portaal2_metingen-opgeslagen');

      await page.getByLabel('CSV-bestand met metingen', { exact: true }).setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('indicator,gemeente,periode,waarde\njeugdhulp-totaal,GM0988,2025-Q5,12\njeugdhulp-totaal,GM0988,2025-Q1,veel\n') });
      await page.getByRole('button', { name: 'Bestand versturen' }).click();
      await page.getByRole('heading', { name: 'Het bestand is niet opgeslagen' }).waitFor();
      const tabel = page.getByRole('table', { name: 'Regels die niet goed zijn' });
      await expect(tabel.innerText()).resolves.toMatch(/^2\tperiode\t/m);
      await expect(tabel.innerText()).resolves.toMatch(/^3\twaarde\t/m);
      await meet(page, 'portaal2_metingen-geweigerd');

      // No source in the file nor in the field: monitoring names the column, the screen its field.
      await page.getByLabel('Bron van de cijfers (niet verplicht)').fill('');
      await page.getByLabel('CSV-bestand met metingen', { exact: true }).setInputFiles({ name: 'zonder-bron.csv', mimeType: 'text/csv', buffer: Buffer.from('indicator,gemeente,periode,waarde\njeugdhulp-totaal,GM0988,2025-Q1,12\n') });
      await page.getByRole('button', { name: 'Bestand versturen' }).click();
      await page.getByText('Vul dan bij "Bron van de cijfers" in').waitFor();
      await expect(page.getByRole('table', { name: 'Regels die niet goed zijn' }).innerText()).resolves.toMatch(/^2\tbron\tbron ontbreekt: zet in de kolom bron /m);
      await expect(page.locator('main').innerText()).resolves.not.toContain('?bron=');

      // The series as the beheerder may see it: the small number as monitoring gives it.
      await page.goto(`${portaal.url}/monitoring/reeksen?indicator=jeugdhulp-totaal&gemeente=GM0988`);
      const grafiek = page.getByRole('img', { name: /in Weert/ });
      await grafiek.waitFor();
      // Drawn by Vega-Lite under the policy: the suppressed period is written as words, not plotted.
      await grafiek.locator('svg text', { hasText: '< 5' }).waitFor();
      await expect(page.getByRole('table', { name: 'De cijfers van de grafiek' }).innerText()).resolves.toContain('< 5');
      await meet(page, 'portaal2_reeks');
    });
    const reeks = await monitoring.http().get('/v1/reeksen?indicator=jeugdhulp-totaal&gemeente=GM0988').set('authorization', `Bearer ${await tokenFor('gemeente.weert')}`).expect(200);
    expect(reeks.body.punten).toHaveLength(4);
  });

  it('a large good file: the progress bar follows the real upload between 0 and 100 %, then the answer is shown', async () => {
    // 1,200 months of one gemeente (about 60 kB), sent through Chromium's own network throttling so the
    // browser reports the upload in steps, as it would on a slow line.
    const regels = ['indicator,gemeente,periode,waarde,teller,noemer'];
    for (let jaar = 1901; jaar <= 2000; jaar++) {
      for (let maand = 1; maand <= 12; maand++) regels.push(`jeugdhulp-met-verblijf,GM0988,${jaar}-${String(maand).padStart(2, '0')},10,100,1000`);
    }
    const inhoud = Buffer.from(regels.join('\n') + '\n');
    await als('beheerder.mlw', '/monitoring/metingen/aanleveren', async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: Math.round(inhoud.length / 4) });
      // Scripts as text: they run in the page, and this file is type-checked without the DOM's types.
      await page.evaluate(`(() => {
        const gezien = [];
        window.gezien = gezien;
        new MutationObserver(() => {
          const balk = document.querySelector('progress.koers-voortgang');
          if (balk && gezien[gezien.length - 1] !== balk.value) gezien.push(balk.value);
        }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
      })()`);
      await page.getByLabel('CSV-bestand met metingen', { exact: true }).setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: inhoud });
      await page.getByLabel('Bron van de cijfers (niet verplicht)').fill('Eigen registratie');
      await page.getByRole('button', { name: 'Bestand versturen' }).click();
      await page.getByRole('heading', { name: 'Het bestand is opgeslagen' }).waitFor({ timeout: 60000 });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      const gezien = (await page.evaluate('window.gezien')) as number[];
      expect(gezien.filter((waarde) => waarde > 0 && waarde < 100).length).toBeGreaterThanOrEqual(2);
      expect(gezien).toEqual([...gezien].sort((a, b) => a - b));
      expect(gezien[gezien.length - 1]).toBe(100);
      await expect(page.locator('main').innerText()).resolves.toMatch(/Nieuw\s*1200/);
    });
    const reeks = await monitoring.http().get('/v1/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988').set('authorization', `Bearer ${await tokenFor('gemeente.weert')}`).expect(200);
    expect(reeks.body.punten).toHaveLength(1200);
  });

  it('a beheerder imports course targets from a file; a gemeente sees them and the series is judged against its target', async () => {
    await als('beheerder.mlw', '/monitoring/koersdoelen', async (page) => {
      await page.getByText('Er zijn nog geen koersdoelen.').waitFor();
      await page.getByLabel('CSV-bestand met koersdoelen', { exact: true }).setInputFiles({ name: 'doelen.csv', mimeType: 'text/csv', buffer: Buffer.from('indicator,gemeente,doelwaarde,richting,koersdocumentSectie\njeugdhulp-totaal,GM0988,12,maximaal,3.2\n') });
      await page.getByRole('button', { name: 'Bestand versturen' }).click();
      await page.getByRole('heading', { name: 'De koersdoelen zijn opgeslagen' }).waitFor();
      await page.getByRole('cell', { name: '3.2' }).waitFor();
      await meet(page, 'portaal2_koersdoelen');
    });
    await als('gemeente.weert', '/monitoring/reeksen?indicator=jeugdhulp-totaal&gemeente=GM0988', async (page) => {
      const grafiek = page.getByRole('img', { name: /Het koersdoel is hoogstens 12\. Het laatste cijfer haalt het doel niet\./ });
      await grafiek.waitFor();
      await grafiek.locator('svg text', { hasText: 'doel ≤ 12' }).waitFor();
      // Its own gemeente: no suppression for Weert.
      await expect(page.getByRole('table', { name: 'De cijfers van de grafiek' }).innerText()).resolves.not.toContain('< 5');
      await page.getByLabel('Uw duiding').fill('De stijging komt door een nieuwe wijkteam-aanpak die meer jongeren vindt.');
      await page.getByRole('button', { name: 'Duiding plaatsen' }).click();
      const duiding = page.getByRole('listitem').filter({ hasText: 'De stijging komt door een nieuwe wijkteam-aanpak' });
      await duiding.waitFor();
      // Who gave it: the gemeente by its name, not its code.
      await expect(duiding.innerText()).resolves.toMatch(/, Weert, /);
      await meet(page, 'portaal2_reeks-met-doel');
      await page.goto(`${portaal.url}/monitoring/koersdoelen`);
      await page.getByRole('cell', { name: '3.2' }).waitFor();
      // Only a beheerder imports.
      await expect(page.getByLabel('CSV-bestand met koersdoelen', { exact: true }).count()).resolves.toBe(0);
      // A gemeente without its own targets: monitoring's filter, kept in the address, and what that means.
      const zoeken = page.getByRole('search', { name: 'Koersdoelen zoeken' });
      await zoeken.getByLabel('Gemeente').selectOption('GM1640');
      await zoeken.getByRole('button', { name: 'Tonen' }).click();
      await page.getByText('Deze gemeente heeft nog geen eigen doelen. Dan gelden de doelen van de regio.', { exact: false }).waitFor();
      expect(new URL(page.url()).search).toBe('?gemeente=GM1640');
    });
  });
});
