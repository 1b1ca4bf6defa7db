import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { Rol, ROUTES, vulIn } from '../src/routes';
import { controleer, geenWeigeringen, gelezenTekst, inloggen, KEYCLOAK, nieuweBrowser, Portaal, startPortaal } from './browser';
import { leverCijfers, tafelMetAfspraak } from './koerstafel';

jest.setTimeout(300000);

const MLW = 'midden-limburg-west';
const MLO = 'midden-limburg-oost';

/** One demo user per role (README "Demo users"); aanbieder.horizon works in two regions. */
const PER_ROL: Record<Rol, string> = {
  gemeente: 'gemeente.weert',
  aanbieder: 'aanbieder.horizon',
  jurist: 'jurist.mlw',
  clientvertegenwoordiger: 'client.mlw',
  beheerder: 'beheerder.mlw',
};

describe('the portal in a real browser (Chromium, the real Keycloak login page, the real services)', () => {
  const isolation = new TestIsolation();
  const diensten: ServiceProcess[] = [];
  let portaal: Portaal;
  let signalen: ServiceProcess;
  let notificaties: ServiceProcess;
  const signaal: Record<string, string> = {};

  beforeAll(async () => {
    const monitoring = await startServiceProcess('monitoring', isolation);
    diensten.push(monitoring);
    [signalen, notificaties] = await Promise.all([
      startServiceProcess('signalen', isolation, registerEnv(monitoring)),
      startServiceProcess('notificaties', isolation, registerEnv(monitoring)),
    ]);
    diensten.push(signalen, notificaties);
    // The koerstafel screens answer from a running tafels (with data in test/tafels.e2e-spec.ts).
    const tafels = await startServiceProcess('tafels', isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url });
    diensten.push(tafels);
    portaal = await startPortaal({ monitoring: monitoring.url, signalen: signalen.url, notificaties: notificaties.url, tafels: tafels.url });
    // The data the screens show, put in through the API as the people themselves would.
    signaal.weert = await dienSignaalIn('gemeente.weert', { bron: 'contractdoel', titel: 'Wachttijd jeugd-GGZ loopt op in Weert', gemeenten: ['GM0988'] });
    signaal.horizonMlw = await dienSignaalIn('aanbieder.horizon', { bron: 'partnerverzoek', titel: 'Minder plekken voor crisisopvang', gemeenten: ['GM1640'], regio: MLW });
    signaal.horizonMlo = await dienSignaalIn('aanbieder.horizon', { bron: 'partnerverzoek', titel: 'Lange reistijd naar dagbehandeling', gemeenten: ['GM0957'], regio: MLO });
    // A table with an agreement, so /afspraken (and /tafels) show rows.
    await leverCijfers(monitoring);
    await tafelMetAfspraak(signalen, tafels, 'Te weinig plekken voor crisisopvang', 'Zorggroep Horizon biedt twee extra plekken voor crisisopvang.');
  }, 240000);

  afterAll(async () => {
    await portaal?.stop();
    for (const dienst of diensten.reverse()) await dienst.stop();
  });

  async function dienSignaalIn(gebruiker: string, velden: { bron: string; titel: string; gemeenten: string[]; regio?: string }): Promise<string> {
    const response = await signalen
      .http()
      .post('/v1/signalen')
      .set('authorization', `Bearer ${await tokenFor(gebruiker)}`)
      .set('idempotency-key', randomUUID())
      .send({ omschrijving: 'Jongeren wachten langer dan twaalf weken op hulp.', ...velden });
    if (response.status !== 201) throw new Error(`signaal indienen: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  async function alsIngelogd<T>(gebruiker: string, doe: (page: Page) => Promise<T>, pad = '/'): Promise<T> {
    const browser = await nieuweBrowser();
    try {
      const page = await browser.newPage();
      await inloggen(page, portaal, gebruiker, pad);
      return await doe(page);
    } finally {
      await browser.opruimen();
    }
  }

  it('logs in through Keycloak as each role; the header and menu follow the token', async () => {
    for (const [rol, gebruiker] of Object.entries(PER_ROL)) {
      await alsIngelogd(gebruiker, async (page) => {
        const kop = page.locator('header');
        await expect(kop.innerText()).resolves.toContain(rol === 'clientvertegenwoordiger' ? 'cliëntvertegenwoordiger' : rol === 'aanbieder' ? 'aanbieder van jeugdhulp' : rol);
        await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Welkom, /);
        await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).innerText()).resolves.toContain('Signalen');
      });
    }
  });

  it('axe finds no WCAG 2.1 A/AA violation on any route of the route list, each visited with data, read at B1 or below', async () => {
    const waarden = { id: signaal.weert, rondeId: randomUUID(), bijeenkomstId: randomUUID(), afspraakId: randomUUID() };
    const overtredingen: string[] = [];
    const scores: Array<{ naam: string; score: number; bovenB1: boolean }> = [];
    const meet = async (page: Page, naam: string) => {
      const uitslag = await controleer(page, naam);
      overtredingen.push(...uitslag.overtredingen);
      scores.push(uitslag.leesbaarheid);
    };

    // Without login: the public pages and the login page of a protected one.
    const anoniem = await nieuweBrowser();
    try {
      const page = await anoniem.newPage();
      for (const pad of ['/', '/toegankelijkheid', '/uitgelogd', '/signalen']) {
        await page.goto(portaal.url + pad);
        await meet(page, `anoniem${pad.replace(/\//g, '_')}`);
      }
    } finally {
      await anoniem.opruimen();
    }

    // Every route, as a user who may open it; the regional pages of a gemeente in the region of the data.
    const perGebruiker = new Map<string, string[]>();
    for (const route of ROUTES) {
      const gebruiker = Array.isArray(route.wie) ? PER_ROL[(route.wie as Rol[])[0]] : PER_ROL.gemeente;
      perGebruiker.set(gebruiker, [...(perGebruiker.get(gebruiker) ?? []), vulIn(route.pad, waarden)]);
    }
    for (const [gebruiker, paden] of perGebruiker) {
      await alsIngelogd(gebruiker, async (page) => {
        for (const pad of paden) {
          await page.goto(portaal.url + pad);
          if (pad === '/afspraken') await page.getByRole('link', { name: 'Zorggroep Horizon biedt twee extra plekken voor crisisopvang.' }).waitFor();
          await meet(page, `${gebruiker}${pad === '/' ? '_start' : pad.replace(/\//g, '_').replace(waarden.id, 'id')}`);
        }
        if (gebruiker === PER_ROL.aanbieder) {
          await page.goto(`${portaal.url}/beheer/onbestelbare-berichten`);
          await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Geen toegang');
          await meet(page, 'geen-toegang');
          await page.goto(`${portaal.url}/bestaat-niet`);
          await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Niet gevonden');
          await meet(page, 'niet-gevonden');
        }
      });
    }
    expect(overtredingen).toEqual([]);
    expect(scores.length).toBeGreaterThanOrEqual(ROUTES.length + 4);
    const teMoeilijk = scores.filter((s) => s.bovenB1).map((s) => `${s.naam} (${s.score})`);
    if (teMoeilijk.length) console.warn(`[leesbaarheid] moeilijker dan B1: ${teMoeilijk.join(', ')}`);
  });

  it('the readability check reads a list box as its chosen option and skips a code, and leaves both as they were', async () => {
    const browser = await nieuweBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<main><h1>Signalen</h1><label>Status <select><option>Alle statussen</option><option selected>Ingediend</option><option>Consensus gevraagd</option></select></label><p>Twee signalen.</p><p>Code: <code>jeugdhulp-met-verblijf</code></p></main>',
      );
      // innerText itself lists every option: the catalogue the check must not score as prose.
      await expect(page.locator('main').innerText()).resolves.toContain('Consensus gevraagd');
      const tekst = await gelezenTekst(page);
      expect(tekst).toContain('Ingediend');
      expect(tekst).toContain('Twee signalen.');
      expect(tekst).not.toContain('Alle statussen');
      expect(tekst).not.toContain('Consensus gevraagd');
      expect(tekst).toContain('Code:');
      expect(tekst).not.toContain('jeugdhulp-met-verblijf');
      await expect(page.locator('main code').innerText()).resolves.toBe('jeugdhulp-met-verblijf');
      const lijst = page.getByLabel('Status');
      await expect(lijst.inputValue()).resolves.toBe('Ingediend');
      await expect(lijst.locator('option').count()).resolves.toBe(3);
    } finally {
      await browser.opruimen();
    }
  });

  it('a user of two regions switches region: the header names it and the lists show that region only', async () => {
    await alsIngelogd('aanbieder.horizon', async (page) => {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
      await page.getByRole('link', { name: 'Minder plekken voor crisisopvang' }).waitFor();
      await expect(page.getByRole('link', { name: 'Lange reistijd naar dagbehandeling' }).count()).resolves.toBe(0);
      await page.getByLabel('Regio').selectOption(MLO);
      await page.getByRole('link', { name: 'Lange reistijd naar dagbehandeling' }).waitFor();
      await expect(page.getByRole('link', { name: 'Minder plekken voor crisisopvang' }).count()).resolves.toBe(0);
      await expect(page.locator('header').innerText()).resolves.toContain('Midden-Limburg Oost');
      await page.reload();
      await page.getByRole('link', { name: 'Lange reistijd naar dagbehandeling' }).waitFor();
    });
  });

  it('another region\'s signal is not found, exactly like a missing one; a token without region gets the 403 page', async () => {
    await alsIngelogd('gemeente.roermond', async (page) => {
      await page.getByRole('heading', { name: 'Niet gevonden', level: 1 }).waitFor();
    }, `/signalen/${signaal.weert}`);
    await alsIngelogd('gemeente.weert', async (page) => {
      await page.getByRole('heading', { name: 'Wachttijd jeugd-GGZ loopt op in Weert', level: 1 }).waitFor();
      await page.goto(`${portaal.url}/signalen/${randomUUID()}`);
      await page.getByRole('heading', { name: 'Niet gevonden', level: 1 }).waitFor();
    }, `/signalen/${signaal.weert}`);
    await alsIngelogd('zonder.regio', async (page) => {
      await page.getByRole('heading', { name: 'Geen toegang', level: 1 }).waitFor();
      await expect(page.locator('main').innerText()).resolves.toContain('geen enkele regio');
    });
  });

  it('logout ends the Keycloak session: logging in again asks for the password', async () => {
    await alsIngelogd('gemeente.weert', async (page) => {
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL(`${portaal.url}/uitgelogd`);
      await page.getByRole('heading', { name: 'U bent uitgelogd', level: 1 }).waitFor();
      await page.goto(`${portaal.url}/signalen`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL((url) => url.href.startsWith(KEYCLOAK));
      await page.locator('#username').waitFor();
    });
  });

  it('a lost connection says so, and the unread count and mark-read work against notificaties', async () => {
    await alsIngelogd('gemeente.weert', async (page) => {
      // The signal submitted for Weert reached its gemeente's inbox through the bus.
      await eventually(async () => {
        await page.reload();
        await page.getByText(/\d+ ongelezen/).waitFor({ timeout: 2000 });
        return true;
      }, 30000, 500);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click();
      await page.getByRole('button', { name: 'Markeer als gelezen' }).first().click();
      await page.getByRole('button', { name: 'Markeer als ongelezen' }).first().waitFor();
      const inbox = await notificaties.http().get('/v1/inbox').set('authorization', `Bearer ${await tokenFor('gemeente.weert')}`).expect(200);
      expect(inbox.body.items.some((item: { gelezen: boolean }) => item.gelezen)).toBe(true);
      await page.getByRole('button', { name: 'Markeer als ongelezen' }).first().click();
      await page.getByRole('button', { name: 'Markeer als gelezen' }).first().waitFor();
      // Only the unread ones, kept in the URL; once they are all read the page says how to see the others.
      await page.getByLabel('Alleen ongelezen berichten').click();
      await page.waitForURL(/ongelezen=true/);
      await page.locator('#filter-ongelezen:checked').waitFor({ timeout: 5000 });
      await page.getByRole('button', { name: 'Alles gelezen' }).click();
      await page.getByText('U hebt alles gelezen. Er zijn geen nieuwe berichten.').waitFor();
      expect((await controleer(page, 'berichten_geen-ongelezen')).overtredingen).toEqual([]);
      const naAlles = await notificaties.http().get('/v1/inbox').set('authorization', `Bearer ${await tokenFor('gemeente.weert')}`).expect(200);
      expect(naAlles.body.ongelezen).toBe(0);
      await page.reload();
      await page.getByText('U hebt alles gelezen. Er zijn geen nieuwe berichten.').waitFor();
      await page.getByLabel('Alleen ongelezen berichten').click();
      await page.getByText('U hebt 0 ongelezen berichten.').waitFor();
      expect(page.url()).not.toContain('ongelezen');
      // A kind of message with nothing in it says how to see them all.
      await page.goto(`${portaal.url}/berichten?groep=bestaat-niet`);
      await page.getByText('Er zijn geen berichten van deze soort.').waitFor();

      await page.context().setOffline(true);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
      await page.getByText('Er is geen verbinding met Koers').waitFor();
      await page.context().setOffline(false);
      await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
      await page.getByRole('link', { name: 'Wachttijd jeugd-GGZ loopt op in Weert' }).waitFor();
    });
  });

  it('e-mail choices per category are saved to notificaties', async () => {
    await alsIngelogd('client.mlw', async (page) => {
      const formulier = page.locator('form').filter({ has: page.getByRole('group', { name: /signalen/i }) }).first();
      await formulier.getByLabel('Eén e-mail per dag').check();
      await formulier.getByRole('button', { name: 'Opslaan' }).click();
      await formulier.getByText('Opgeslagen.').waitFor();
      const voorkeuren = await notificaties.http().get('/v1/email-voorkeuren').set('authorization', `Bearer ${await tokenFor('client.mlw')}`).expect(200);
      expect(voorkeuren.body.voorkeuren).toContainEqual(expect.objectContaining({ categorie: 'signalen', keuze: 'dagelijks' }));
    }, '/instellingen/e-mail');
  });

  it('is served under the Content-Security-Policy of nginx.conf, and what the policy refuses fails the checks', async () => {
    const nginx = readFileSync(join(__dirname, '..', '..', '..', 'deploy', 'portaal', 'nginx.conf'), 'utf8');
    const beleid = /add_header Content-Security-Policy "([^"]+)" always;/.exec(nginx)?.[1];
    expect(beleid).toContain("script-src 'self';");
    expect((await fetch(`${portaal.url}/monitoring/reeksen`)).headers.get('content-security-policy')).toBe(beleid);
    const browser = await nieuweBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(portaal.url + '/');
      geenWeigeringen(page);
      // What a library injecting its own styles or scripts would do.
      await page.evaluate(`document.head.append(Object.assign(document.createElement('style'), { textContent: 'main { color: red; }' }))`);
      await eventually(async () => {
        expect(() => geenWeigeringen(page)).toThrow(/style-src-elem weigert inline/);
        return true;
      });
    } finally {
      await browser.opruimen();
    }
  });
});
