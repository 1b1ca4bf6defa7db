import { Page } from 'playwright-core';
import { beeindigSessie, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { alsIn, controleer, eenBrowser, inloggen, KEYCLOAK, Portaal, startPortaal } from './browser';

jest.setTimeout(300000);

const MLW = 'midden-limburg-west';

/**
 * The beheerder's indicator catalogue and deadlines, and the comparison of the gemeenten, in a real
 * browser against monitoring and signalen as processes of this test and the real Keycloak login;
 * each change checked through the service's own API. axe on every screen.
 */
describe('indicators, deadlines and the comparison of the gemeenten in the portal (Chromium, Keycloak, monitoring, signalen)', () => {
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

  const lees = async (dienst: ServiceProcess, pad: string) => (await dienst.http().get(pad).set('authorization', `Bearer ${await tokenFor('beheerder.mlw')}`)).body;

  it('a beheerder adds an indicator of the region, is refused the same code again, and changes it; the national ones stay read-only', async () => {
    await als('beheerder.mlw', '/beheer/indicatoren', async (page) => {
      const landelijk = page.getByRole('row', { name: /^Jongeren met jeugdhulp met verblijf/ });
      await landelijk.getByRole('cell', { name: 'Landelijk' }).waitFor();
      await meet(page, 'beheer_indicatoren');
      const vul = async (code: string) => {
        await page.getByLabel('Code', { exact: true }).fill(code);
        await page.getByLabel('Naam', { exact: true }).fill('Wachttijd ggz');
        await page.getByLabel('Definitie').fill('Het aantal dagen tussen aanmelding en de start van de hulp.');
        await page.getByLabel('Eenheid').fill('dagen');
        await page.getByLabel('Wat is beter: hoger of lager?').selectOption('lager_is_beter');
        await page.getByLabel('Bron').fill('Regio Midden-Limburg West');
        await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
      };
      await vul('wachttijd-ggz-portaal');
      await page.getByText('De indicator hoort nu bij de regio.').waitFor();
      await page.getByRole('row', { name: /^Wachttijd ggz/ }).getByRole('cell', { name: 'De regio' }).waitFor();
      // Only the region's own indicators can be changed. The catalogue behind that choice reloads on its own, after the table.
      await page.getByLabel('Welke indicator?').locator('option', { hasText: 'wachttijd-ggz-portaal' }).waitFor({ state: 'attached' });
      await expect(page.getByLabel('Welke indicator?').locator('option').allInnerTexts()).resolves.toEqual(['Kies…', 'Wachttijd ggz (wachttijd-ggz-portaal)']);
      // The same code again: monitoring's 409, above the button, and what was typed stays.
      await vul('wachttijd-ggz-portaal');
      await page.locator('form [role=alert]').filter({ hasText: 'wachttijd-ggz-portaal' }).waitFor();
      expect(await page.getByLabel('Code', { exact: true }).inputValue()).toBe('wachttijd-ggz-portaal');

      await page.getByLabel('Welke indicator?').selectOption('wachttijd-ggz-portaal');
      const wijzig = page.locator('form', { has: page.getByRole('button', { name: 'Wijziging opslaan' }) });
      await wijzig.getByLabel('Eenheid').fill('weken');
      await wijzig.getByRole('button', { name: 'Wijziging opslaan' }).click();
      await page.getByText('De indicator is gewijzigd.').waitFor();
      await meet(page, 'beheer_indicatoren_gewijzigd');

      // The list is searched by monitoring and the choice kept in the address; no match says what to do.
      const zoeken = page.getByRole('search', { name: 'Indicatoren zoeken' });
      await zoeken.getByLabel('Zoek op naam of code').fill('ggz');
      await zoeken.getByLabel('Van wie').selectOption('regio');
      await zoeken.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('1 indicator gevonden.').waitFor();
      expect(new URL(page.url()).search).toBe('?zoek=ggz&herkomst=regio');
      await expect(page.getByRole('table', { name: 'De indicatoren van de regio' }).getByRole('row').count()).resolves.toBe(2);
      await page.reload();
      await page.getByText('1 indicator gevonden.').waitFor();
      expect(await page.getByLabel('Zoek op naam of code').inputValue()).toBe('ggz');
      await zoeken.getByLabel('Zoek op naam of code').fill('verblijf');
      await zoeken.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Er is geen indicator met ‘verblijf’ in de naam of de code.', { exact: false }).waitFor();
      await meet(page, 'beheer_indicatoren_niets_gevonden');
    });
    const indicator = await lees(monitoring, '/v1/indicatoren/wachttijd-ggz-portaal');
    expect(indicator).toEqual(expect.objectContaining({ regio: MLW, eenheid: 'weken', richting: 'lager_is_beter', naam: 'Wachttijd ggz' }));
  });

  it('a beheerder pages through the gemeenten of the region and searches them by name or code', async () => {
    await als('beheerder.mlw', '/beheer/gemeenten?zoek=weert', async (page) => {
      await page.getByText('2 gemeenten gevonden.').waitFor();
      await expect(page.getByRole('table', { name: 'De gemeenten' }).getByRole('cell').allInnerTexts()).resolves.toEqual(['Nederweert', 'GM0946', 'Weert', 'GM0988']);
      await page.getByText('Pagina 1 van 1.').waitFor();
      const zoeken = page.getByRole('search', { name: 'Gemeenten zoeken' });
      await zoeken.getByLabel('Zoek op naam of code').fill('GM9999');
      await zoeken.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Er is geen gemeente met ‘GM9999’ in de naam of de code.', { exact: false }).waitFor();
      expect(new URL(page.url()).search).toBe('?zoek=GM9999');
      // Renaming still picks from every gemeente of the register.
      await page.locator('select[name=gemeente] option[value=GM1640]').waitFor({ state: 'attached' });
      await expect(page.locator('select[name=gemeente] option').count()).resolves.toBe(4);
      await meet(page, 'beheer_gemeenten');
    });
  });

  it('a beheerder reads the default deadlines of the region and changes them; signalen keeps them', async () => {
    await als('beheerder.mlw', '/beheer/termijnen', async (page) => {
      await page.getByText('De regio gebruikt de standaardtermijnen.').waitFor();
      await meet(page, 'beheer_termijnen');
      const opnemen = page.getByLabel('Werkdagen om een signaal op te pakken');
      expect(await opnemen.inputValue()).toBe('10');
      await opnemen.fill('0');
      await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
      await page.getByText('Vul een heel getal van 1 tot en met 100 in.').waitFor();
      await opnemen.fill('12');
      await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
      await page.getByText('De termijnen zijn opgeslagen.', { exact: false }).waitFor();
      await page.getByText('12 werkdagen').waitFor();
      await page.getByText('Laatst gewijzigd op', { exact: false }).waitFor();
    });
    expect(await lees(signalen, `/v1/termijnen?regio=${MLW}`)).toEqual(expect.objectContaining({ opnemenWerkdagen: 12, beantwoordenWerkdagen: 15 }));
  });

  it('the session ends while a form is filled: the portal says so, what was typed stays, and after logging in again it is sent', async () => {
    const context = await browser.sessie();
    try {
      // The page's own clock, so the access token's five minutes can pass at once.
      await context.clock.install();
      const page = await context.newPage();
      await inloggen(page, portaal, 'beheerder.mlw', '/beheer/termijnen');
      const opnemen = page.getByLabel('Werkdagen om een signaal op te pakken');
      await page.getByText('werkdagen', { exact: false }).first().waitFor();
      await opnemen.fill('14');
      const sid = await page.evaluate(() => {
        const sleutel = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:')) ?? '';
        return (JSON.parse(sessionStorage.getItem(sleutel) ?? '{}') as { profile?: { sid?: string } }).profile?.sid ?? '';
      });
      await beeindigSessie(sid);
      await page.clock.fastForward('06:00');
      await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
      await page.getByRole('alert').filter({ hasText: 'Uw sessie is verlopen.' }).first().waitFor();
      await page.getByRole('button', { name: 'Opnieuw inloggen' }).waitFor();
      expect(await opnemen.inputValue()).toBe('14');
      expect((await lees(signalen, `/v1/termijnen?regio=${MLW}`)).opnemenWerkdagen).not.toBe(14);
      await meet(page, 'sessie_verlopen');

      // Logging in again in a popup keeps the page and what was typed; then the form is sent.
      const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Opnieuw inloggen' }).click()]);
      await popup.waitForURL((url) => url.href.startsWith(KEYCLOAK));
      await popup.locator('#username').fill('beheerder.mlw');
      await popup.locator('#password').fill(process.env.KOERS_DEMO_PASSWORD ?? 'koers-demo');
      await Promise.all([popup.waitForEvent('close'), popup.locator('#kc-login').click()]);
      await page.getByRole('button', { name: 'Opnieuw inloggen' }).waitFor({ state: 'detached' });
      expect(await opnemen.inputValue()).toBe('14');
      await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
      await page.getByText('De termijnen zijn opgeslagen.', { exact: false }).waitFor();
    } finally {
      await context.close();
    }
    expect((await lees(signalen, `/v1/termijnen?regio=${MLW}`)).opnemenWerkdagen).toBe(14);
  });

  it('anyone compares the gemeenten of the region for an indicator and period; a small number stays < 5', async () => {
    const regels = ['indicator,gemeente,periode,waarde,teller,noemer,bron', 'jeugdhulp-totaal,GM0988,2025-Q4,14,140,1000,CBS', 'jeugdhulp-totaal,GM0946,2025-Q4,0.2,2,1000,CBS', 'jeugdhulp-totaal,GM1640,2025-Q4,9.5,95,1000,CBS'];
    const antwoord = await monitoring.http().post('/v1/metingen').set('authorization', `Bearer ${await tokenFor('beheerder.mlw')}`).set('content-type', 'text/csv').send(regels.join('\n') + '\n');
    expect([antwoord.status, antwoord.body.detail]).toEqual([200, undefined]);
    await als('aanbieder.horizon', '/monitoring/reeksen?indicator=jeugdhulp-totaal&gemeente=GM0988', async (page) => {
      const grafiek = page.getByRole('img', { name: /per gemeente\. Het hoogste cijfer heeft Weert \(14\), het laagste Leudal \(9,5\)\. 1 cijfer is niet te zien/ });
      await grafiek.waitFor();
      await grafiek.locator('svg text', { hasText: '< 5' }).waitFor();
      await expect(grafiek.locator('svg text').allInnerTexts()).resolves.not.toContain('0,2');
      const tabel = page.getByRole('table', { name: 'De cijfers per gemeente, 2025-Q4' });
      await expect(tabel.getByRole('row', { name: /Nederweert/ }).innerText()).resolves.toContain('< 5');
      await expect(tabel.innerText()).resolves.not.toContain('0,2');
      await meet(page, 'reeksen_vergelijking');
      // Another period: nothing delivered, and said so.
      await page.getByRole('textbox', { name: 'Periode', exact: true }).fill('2024');
      await page.getByRole('button', { name: 'Gemeenten vergelijken' }).click();
      await page.getByRole('img', { name: /2024, per gemeente\. Er zijn geen cijfers te tonen\. 3 gemeenten hebben geen cijfer/ }).waitFor();
    });
  });
});
