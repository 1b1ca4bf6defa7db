import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation } from '@koers/testing';
import { controleer, inloggen, nieuweBrowser, Portaal, startPortaal } from './browser';
import { api, leverCijfers, metConsensus, subVan, tafelMetAfspraak } from './koerstafel';

jest.setTimeout(300000);

/**
 * The koerstafel screens in a real browser: a gemeente user starts a table from a signal with
 * consensus, seats a client representative and plans a meeting; the client
 * representative answers the invitation and reacts to concept minutes (their PDF downloaded); a jurist gives an akkoord from the
 * review queue; a provider finds the tables they take part in and their agreement under Afspraken. Real monitoring, signalen and tafels processes, real Keycloak users typing their
 * password; axe on every screen of the koerstafel. One browser for the file (CI has 2 cores).
 */
describe('the koerstafel in the portal (Chromium, real Keycloak, real services)', () => {
  const isolation = new TestIsolation();
  const diensten: ServiceProcess[] = [];
  let portaal: Portaal;
  let signalen: ServiceProcess;
  let tafels: ServiceProcess;
  const overtredingen: string[] = [];

  const taf = api(() => tafels);
  let ander: { tafelId: string; bijeenkomstId: string; afspraakId: string };

  /** The Dutch clock time `dagen` from now, as a datetime-local field takes it. */
  const over = (dagen: number, uur: number) => {
    const dag = new Date(Date.now() + dagen * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    return `${dag}T${String(uur).padStart(2, '0')}:00`;
  };

  const meet = async (page: Page, naam: string) => overtredingen.push(...(await controleer(page, naam)).overtredingen);

  beforeAll(async () => {
    const monitoring = await startServiceProcess('monitoring', isolation);
    diensten.push(monitoring);
    signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    diensten.push(signalen);
    tafels = await startServiceProcess('tafels', isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url });
    diensten.push(tafels);
    portaal = await startPortaal({ monitoring: monitoring.url, signalen: signalen.url, tafels: tafels.url });
    await leverCijfers(monitoring);
  }, 240000);

  afterAll(async () => {
    await portaal?.stop();
    for (const dienst of diensten.reverse()) await dienst.stop();
  });

  it('a gemeente starts a table, seats a client representative and plans a meeting; the representative comes and reacts to minutes; a jurist gives an akkoord from the queue; a provider finds their tables and agreement', async () => {
    const signaalId = await metConsensus(signalen, 'Wachttijd jeugd-GGZ loopt op in Weert');

    // The agreement the jurist checks: another table brought, through tafels' API, to a held meeting and a concept.
    ander = await tafelMetAfspraak(signalen, tafels, 'Te weinig plekken voor crisisopvang', 'Zorggroep Horizon biedt twee extra plekken voor crisisopvang.');

    const browser = await nieuweBrowser();
    try {
      const page = await browser.newPage();

      // The gemeente: the signal with consensus offers the start; the table opens.
      await inloggen(page, portaal, 'gemeente.weert', `/signalen/${signaalId}`);
      await page.getByRole('button', { name: 'Start een koerstafel' }).click();
      await page.waitForURL((url) => /\/tafels\/[0-9a-f-]{36}$/.test(url.pathname));
      const tafelId = new URL(page.url()).pathname.split('/').pop() as string;
      await page.getByRole('heading', { level: 1, name: 'Wachttijd jeugd-GGZ loopt op in Weert' }).waitFor();
      await page.getByText('Er is nog geen bijeenkomst. Plan hieronder de eerste.').waitFor();
      await meet(page, 'tafel-gestart');

      // Planning before anyone of the client side sits at the table: tafels' 409, in its Dutch, above the button.
      const plannen = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Bijeenkomst plannen' }) });
      await plannen.getByLabel('Begint op').fill(over(7, 10));
      await plannen.getByLabel('Eindigt op').fill(over(7, 12));
      await plannen.getByLabel('Plaats (niet verplicht)').fill('Stadhuis Weert, raadszaal');
      await plannen.getByLabel('Agenda').fill('Welkom; het dossier; wat is het probleem; wie doet mee.');
      await plannen.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
      await expect(plannen.getByRole('alert').innerText()).resolves.toMatch(/clientzijde|cliënt/i);

      // The client representative is found by her name (Els Hermans in the realm), and listed without it.
      const zetten = page.getByRole('region', { name: 'Iemand uit de regio aan tafel zetten' });
      await zetten.getByLabel('Zoek op naam').fill('Hérmans');
      await zetten.getByRole('button', { name: 'Zoeken' }).click();
      await zetten.getByText('Eén persoon gevonden.').waitFor();
      const gevonden = zetten.getByRole('row').filter({ hasText: 'Iemand van Cliëntenraad Midden-Limburg West' });
      await expect(gevonden.innerText()).resolves.toContain('Cliëntvertegenwoordiger');
      expect(await zetten.innerText()).not.toContain('Hermans');
      await gevonden.getByRole('button', { name: 'Aan tafel zetten' }).click();
      await zetten.getByText('Iemand van Cliëntenraad Midden-Limburg West zit nu aan tafel.').waitFor();
      await gevonden.getByText('Zit al aan tafel').waitFor();
      await page.getByRole('table').first().getByRole('cell', { name: 'Cliëntvertegenwoordiger' }).waitFor();
      expect((await taf.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).deelnemers).toEqual(expect.arrayContaining([expect.objectContaining({ rol: 'clientvertegenwoordiger', sub: await subVan('client.mlw') })]));

      // What was typed stayed: planning again succeeds.
      await plannen.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
      await plannen.getByText('De bijeenkomst is gepland. De deelnemers krijgen een uitnodiging.').waitFor();
      const geplandeRij = page.getByRole('row').filter({ hasText: 'Gepland' });
      await geplandeRij.waitFor();
      const bijeenkomsten = await taf.get(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert');
      expect(bijeenkomsten).toEqual([expect.objectContaining({ status: 'gepland', plaats: 'Stadhuis Weert, raadszaal' })]);
      expect(await taf.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).toEqual(expect.objectContaining({ status: 'gepland' }));
      await meet(page, 'tafel-gepland');

      await geplandeRij.getByRole('link').click();
      await page.getByRole('heading', { level: 2, name: 'Wie komen er?' }).waitFor();
      await page.getByText('U maakt het verslag als de bijeenkomst begonnen is.').waitFor();
      await meet(page, 'bijeenkomst');

      const bijeenkomstPad = new URL(page.url()).pathname;

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koerstafels' }).click();
      await page.getByRole('link', { name: 'Wachttijd jeugd-GGZ loopt op in Weert' }).waitFor();
      await meet(page, 'tafels');

      // The signal leads to its table once signalen took tafel.gestart from the bus.
      await eventually(async () => {
        await page.goto(`${portaal.url}/signalen/${signaalId}`);
        await page.getByText('Er is een koerstafel over dit signaal').waitFor({ timeout: 2000 });
        return true;
      }, 30000, 500);
      await page.getByRole('link', { name: 'Wachttijd jeugd-GGZ loopt op in Weert' }).waitFor();
      await expect(page.getByRole('button', { name: 'Start een koerstafel' }).count()).resolves.toBe(0);

      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL(`${portaal.url}/uitgelogd`);

      // The client representative answers the invitation for their own seat.
      await inloggen(page, portaal, 'client.mlw', bijeenkomstPad);
      const antwoord = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Komt u?' }) });
      await antwoord.getByLabel('Ja, ik kom').check();
      await antwoord.getByRole('button', { name: 'Antwoord versturen' }).click();
      await antwoord.getByText('Uw antwoord is opgeslagen.').waitFor();
      await page.getByRole('row').filter({ hasText: 'Iemand van Cliëntenraad Midden-Limburg West' }).filter({ hasText: 'Komt' }).waitFor();
      const [gepland] = await taf.get(`/v1/tafels/${tafelId}/bijeenkomsten`, 'gemeente.weert');
      expect(gepland.antwoorden).toEqual([expect.objectContaining({ antwoord: 'aanwezig' })]);

      // ... and reacts to the concept minutes of the other table's meeting, whose PDF they download.
      await page.goto(`${portaal.url}/tafels/${ander.tafelId}/bijeenkomsten/${ander.bijeenkomstId}`);
      await page.getByText(/Dit is een concept\. Reageren kan tot/).waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download het verslag (pdf)' }).click();
      expect((await download).suggestedFilename()).toBe('verslag.pdf');
      expect(readFileSync(await (await download).path()).subarray(0, 5).toString()).toBe('%PDF-');
      const reageren = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Reageren op het verslag' }) });
      await reageren.getByRole('button', { name: 'Reactie versturen' }).click();
      await reageren.getByText('Vul uw reactie in.').waitFor();
      await reageren.getByLabel('Uw reactie').fill('De cliëntenraad wil ook meedenken over de plekken.');
      await reageren.getByRole('button', { name: 'Reactie versturen' }).click();
      await reageren.getByText('Uw reactie is verstuurd.').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'De cliëntenraad wil ook meedenken over de plekken.' }).waitFor();
      const verslag = await taf.get(`/v1/tafels/${ander.tafelId}/bijeenkomsten/${ander.bijeenkomstId}/verslag`, 'gemeente.weert');
      expect(verslag.opmerkingen).toEqual([expect.objectContaining({ tekst: 'De cliëntenraad wil ook meedenken over de plekken.' })]);
      await meet(page, 'verslag-concept');
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL(`${portaal.url}/uitgelogd`);

      // The jurist: the queue holds the concept; akkoord, checked through tafels' API.
      await inloggen(page, portaal, 'jurist.mlw', '/toetsing');
      const kaart = page.locator('article').filter({ hasText: 'Zorggroep Horizon biedt twee extra plekken voor crisisopvang.' });
      await kaart.waitFor();
      await meet(page, 'toetsing');
      await kaart.getByRole('button', { name: 'Oordeel versturen' }).click();
      await kaart.getByText('Kies akkoord of bezwaar.').waitFor();
      await kaart.getByLabel('Akkoord').check();
      await kaart.getByRole('button', { name: 'Oordeel versturen' }).click();
      await page.getByText('Er zijn geen voorstellen die op u wachten.', { exact: false }).waitFor();
      const afspraken = await taf.get(`/v1/tafels/${ander.tafelId}/afspraken`, 'jurist.mlw');
      expect(afspraken).toEqual([expect.objectContaining({ id: ander.afspraakId, toetsing: 'akkoord', toetsingen: [expect.objectContaining({ oordeel: 'akkoord' })] })]);

      await page.getByLabel('Laat zien').selectOption('akkoord');
      await kaart.getByRole('link', { name: 'Zorggroep Horizon biedt twee extra plekken voor crisisopvang.' }).click();
      await page.getByText('Jurist is akkoord.').waitFor();
      await meet(page, 'afspraak');
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL(`${portaal.url}/uitgelogd`);

      // A provider starts on the tables they take part in; the whole region with the tick off; their agreement under Afspraken.
      await inloggen(page, portaal, 'aanbieder.horizon', '/');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koerstafels' }).click();
      // Horizon sits at the crisis table only.
      await page.getByRole('link', { name: 'Te weinig plekken voor crisisopvang' }).waitFor();
      await expect(page.getByRole('link', { name: 'Wachttijd jeugd-GGZ loopt op in Weert' }).count()).resolves.toBe(0);
      await expect(page.getByLabel('Alleen tafels waar ik aan meedoe').isChecked()).resolves.toBe(true);
      await meet(page, 'tafels-betrokken');
      await page.getByLabel('Alleen tafels waar ik aan meedoe').uncheck();
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('link', { name: 'Wachttijd jeugd-GGZ loopt op in Weert' }).waitFor();
      await page.getByRole('link', { name: 'Te weinig plekken voor crisisopvang' }).waitFor();
      expect(new URL(page.url()).searchParams.get('betrokken')).toBe('false');
      // The choice stays in the URL: a reload keeps the whole region.
      await page.reload();
      await page.getByRole('link', { name: 'Wachttijd jeugd-GGZ loopt op in Weert' }).waitFor();
      await expect(page.getByLabel('Alleen tafels waar ik aan meedoe').isChecked()).resolves.toBe(false);
      // A status without tables says what to do.
      await page.getByLabel('Status').selectOption('afgerond');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Er zijn geen tafels met deze status.').waitFor();

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Afspraken' }).click();
      const rij = page.getByRole('row').filter({ hasText: 'Zorggroep Horizon biedt twee extra plekken voor crisisopvang.' });
      await rij.waitFor();
      await expect(rij.innerText()).resolves.toContain('Te weinig plekken voor crisisopvang');
      await rij.getByRole('cell', { name: 'Zorggroep Horizon', exact: true }).waitFor();
      await expect(rij.innerText()).resolves.not.toContain('zorggroep-horizon');
      await expect(rij.innerText()).resolves.toContain('Nog niets gemeld');
      await meet(page, 'afspraken');
      await rij.getByRole('link', { name: 'Zorggroep Horizon biedt twee extra plekken voor crisisopvang.' }).click();
      await page.waitForURL(`${portaal.url}/tafels/${ander.tafelId}/afspraken/${ander.afspraakId}`);
      await page.getByRole('heading', { level: 1, name: 'Afspraak: Zorggroep Horizon biedt twee extra plekken voor crisisopvang.' }).waitFor();
    } finally {
      await browser.opruimen();
    }
    expect(overtredingen).toEqual([]);
  });
});
