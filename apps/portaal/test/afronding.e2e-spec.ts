import { Page } from 'playwright-core';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { controleer, inloggen, nieuweBrowser, Portaal, startPortaal } from './browser';
import { api, INDICATOR, tafelMetAfspraak } from './koerstafel';

jest.setTimeout(420000);

const AFSPRAAK = 'Zorggroep Horizon biedt jongeren met verblijf binnen zes weken een plek dichter bij huis.';

/**
 * The end of a koerstafel in a real browser: the behandelaar reads the follow-up (monitoring's real
 * verdict and figure), is refused closing while the agreement is not done (tafels' 409 naming it),
 * closes once monitoring said `effect_bereikt`, and the lessons are found in /leerervaringen; Leudal,
 * offered the agreement that worked, takes it over and sees what its copy needs. The table gets to
 * `monitoring` through the real services (signalen's consensus, monitoring's plan, confirmation and
 * evaluation on request); axe on every new screen. One browser for the file.
 */
describe('following up, closing and taking over in the portal (Chromium, real Keycloak, real services)', () => {
  const isolation = new TestIsolation();
  const diensten: ServiceProcess[] = [];
  let portaal: Portaal;
  let monitoring: ServiceProcess;
  let signalen: ServiceProcess;
  let tafels: ServiceProcess;
  const overtredingen: string[] = [];

  const taf = api(() => tafels);
  const mon = api(() => monitoring);
  const meet = (punten: Array<[string, number]>, gemeente = 'GM0988') =>
    mon.post('/v1/metingen?bron=Regiomonitor', 'beheerder.mlw', punten.map(([periode, waarde]) => ({ indicator: INDICATOR, gemeente, periode, waarde, teller: Math.round(waarde * 40), noemer: 4000 })));
  /** The plan of an agreement in monitoring, once monitoring knows the agreement (409 until it took afspraak.opgesteld from the bus); linked by tafels from monitoring's event. */
  async function maakPlan(tafelId: string, afspraakId: string, gebruiker: string, gemeente: string, nulmetingTot: string, meetmoment: string): Promise<string> {
    const plan = await eventually(async () => {
      const res = await monitoring.http().post('/v1/monitoringplannen').set({ authorization: `Bearer ${await tokenFor(gebruiker)}` }).send({
        titel: 'Minder jongeren met verblijf ver van huis',
        onderwerp: { soort: 'afspraak', id: afspraakId },
        gemeenten: [gemeente],
        indicatoren: [{ indicator: INDICATOR, doelwaarde: 1.5, richting: 'maximaal' }],
        nulmetingTot,
        nulmetingPerioden: 1,
        meetmomenten: [meetmoment],
        evaluatiedatum: '2027-06-30',
      });
      return res.status === 201 ? (res.body as { id: string }) : undefined;
    }, 30_000);
    await eventually(async () => ((await taf.get(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.weert')) as Array<{ id: string; monitoringplanId?: string }>).find((a) => a.id === afspraakId)?.monitoringplanId === plan.id ? true : undefined, 30_000);
    return plan.id;
  }
  const axe = async (page: Page, naam: string) => overtredingen.push(...(await controleer(page, naam)).overtredingen);

  /** A table of Weert in `monitoring` with one recorded agreement and its confirmed plan, through the services' APIs and the bus. */
  async function tafelInMonitoring(): Promise<{ tafelId: string; afspraakId: string; planId: string }> {
    const { tafelId, afspraakId } = await tafelMetAfspraak(signalen, tafels, 'Wachtlijst voor verblijf in Weert', AFSPRAAK, '2027-09-30');
    const planId = await maakPlan(tafelId, afspraakId, 'gemeente.weert', 'GM0988', '2025-Q2', '2025-Q3');
    await taf.post(`/v1/tafels/${tafelId}/afspraken/${afspraakId}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' });
    await taf.post(`/v1/tafels/${tafelId}/afspraken/vastlegging`, 'gemeente.weert');
    await eventually(async () => ((await taf.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).status === 'monitoring' ? true : undefined), 60_000);
    return { tafelId, afspraakId, planId };
  }

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    diensten.push(monitoring);
    signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    diensten.push(signalen);
    tafels = await startServiceProcess('tafels', isolation, { TAFELS_SIGNALEN_URL: signalen.url, TAFELS_MONITORING_URL: monitoring.url });
    diensten.push(tafels);
    portaal = await startPortaal({ monitoring: monitoring.url, signalen: signalen.url, tafels: tafels.url });
    await meet([
      ['2025-Q1', 1.6],
      ['2025-Q2', 1.9],
    ]);
  }, 240000);

  afterAll(async () => {
    await portaal?.stop();
    for (const dienst of diensten.reverse()) await dienst.stop();
  });

  it('the behandelaar follows up, is refused closing while the agreement runs, closes with lessons found in /leerervaringen; Leudal takes the agreement over', async () => {
    const { tafelId, afspraakId, planId } = await tafelInMonitoring();
    const browser = await nieuweBrowser();
    try {
      const page = await browser.newPage();
      await inloggen(page, portaal, 'gemeente.weert', `/tafels/${tafelId}`);
      const opvolging = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Hoe gaat het met de afspraken?' }) });
      await opvolging.getByRole('link', { name: AFSPRAAK }).waitFor();
      await opvolging.getByText('Zorggroep Horizon: nog niets gemeld', { exact: false }).waitFor();
      await opvolging.getByText('Klaar op 30 september 2027').waitFor();
      await page.getByText('Er zijn geen nieuwe afwijkingen bij deze tafel gekomen.', { exact: false }).waitFor();

      // Closing while the agreement has no verdict: tafels' 409 names it, what was typed stays.
      const afronden = page.locator('form').filter({ has: page.getByRole('heading', { name: 'De koerstafel afronden' }) });
      await afronden.getByLabel('Wat werkte?').fill('Elke maand samen de wachtlijsten bekijken met de aanbieder.');
      await afronden.getByLabel('Wat werkte niet?').fill('Wachten op de cijfers van een heel kwartaal.');
      await afronden.getByLabel('Voor wie was het?').fill('Jongeren van 12 tot 18 jaar die op verblijf wachten.');
      await afronden.getByRole('button', { name: 'Koerstafel afronden' }).click();
      await expect(afronden.getByRole('alert').innerText()).resolves.toContain(AFSPRAAK.slice(0, 40));
      await axe(page, 'tafel-opvolging');

      // Monitoring's real verdict on the new figure: the target is met.
      await meet([['2025-Q3', 1.4]]);
      const oordeel = await mon.post(`/v1/monitoringplannen/${planId}/evaluaties`, 'gemeente.weert');
      expect(oordeel.oordeel).toBe('effect_bereikt');
      await eventually(async () => ((await taf.get(`/v1/tafels/${tafelId}`, 'gemeente.weert')).afspraken[0]?.oordeel === 'effect_bereikt' ? true : undefined), 30_000);

      await afronden.getByRole('button', { name: 'Koerstafel afronden' }).click();
      await afronden.getByText('De koerstafel is afgerond.', { exact: false }).waitFor();
      const lessen = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Wat hebben we geleerd?' }) });
      await lessen.getByText('Elke maand samen de wachtlijsten bekijken met de aanbieder.').waitFor();
      await opvolging.getByText('Oordeel: Het doel is bereikt', { exact: false }).waitFor();
      await opvolging.getByRole('row', { name: /2025-Q3/ }).getByRole('cell', { name: 'Ja' }).waitFor();
      expect(await taf.get(`/v1/tafels/${tafelId}/afronding`, 'gemeente.weert')).toEqual(expect.objectContaining({ status: 'afgerond', voorWie: 'Jongeren van 12 tot 18 jaar die op verblijf wachten.' }));
      await axe(page, 'tafel-afgerond');

      // The lessons are found by another form of the word (Dutch full-text search), and lead to the table.
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerervaringen' }).click();
      await page.getByText('Eén leerervaring gevonden.').waitFor();
      await page.getByLabel('Zoek in de leerervaringen', { exact: false }).fill('crisisopvang');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Er zijn geen leerervaringen met "crisisopvang".', { exact: false }).waitFor();
      await page.getByLabel('Zoek in de leerervaringen', { exact: false }).fill('wachtlijst');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Eén leerervaring gevonden.').waitFor();
      await axe(page, 'leerervaringen');
      await page.getByRole('link', { name: 'Wachtlijst voor verblijf in Weert' }).click();
      await page.waitForURL(`${portaal.url}/tafels/${tafelId}`);
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL(`${portaal.url}/uitgelogd`);

      // Leudal follows the message's link, and takes the agreement over with its own deadline.
      const aanbod = await eventually(async () => ((await taf.get(`/v1/overnames?afspraak=${afspraakId}`, 'gemeente.leudal')).items as Array<{ id: string }>)[0], 30_000);
      await inloggen(page, portaal, 'gemeente.leudal', `/overnames?afspraak=${afspraakId}`);
      const kaart = page.locator('article').filter({ hasText: AFSPRAAK });
      await kaart.waitFor();
      await axe(page, 'overnames');
      const overnemen = kaart.locator('form').filter({ has: page.getByRole('heading', { name: 'Overnemen' }) });
      await overnemen.getByRole('button', { name: 'Afspraak overnemen' }).click();
      await overnemen.getByText('Vul de deadline voor uw gemeente in.').waitFor();
      await overnemen.getByLabel('Klaar op').fill('2028-06-30');
      // Who does it: the same organisation, or another at the table, named — the client council here.
      const wie = overnemen.getByLabel('Wie doet het in uw gemeente?');
      await wie.locator('option', { hasText: 'Cliëntenraad Midden-Limburg West' }).waitFor({ state: 'attached' });
      await expect(wie.locator('option').allInnerTexts()).resolves.toEqual(['Zorggroep Horizon (dezelfde)', 'Cliëntenraad Midden-Limburg West']);
      await wie.selectOption('clientenraad-mlw');
      await overnemen.getByRole('button', { name: 'Afspraak overnemen' }).click();
      await page.getByText('U hebt deze afspraak overgenomen', { exact: false }).waitFor();
      await page.getByText('Uw gemeente legt haar vast: nog niet.').waitFor();
      await expect(page.getByRole('button', { name: 'Afspraak vastleggen' }).isDisabled()).resolves.toBe(true);
      const { overnames } = await taf.get(`/v1/afspraken/${afspraakId}/overnames`, 'gemeente.leudal');
      const leudal = (overnames as Array<{ id: string; gemeente: string; status: string; overgenomenAfspraakId?: string }>).find((o) => o.id === aanbod.id);
      expect(leudal).toEqual(expect.objectContaining({ gemeente: 'GM1640', status: 'overgenomen', overgenomenAfspraakId: expect.any(String) }));
      expect((await taf.get(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.leudal')).find((x: { id: string }) => x.id === leudal?.overgenomenAfspraakId)).toEqual(
        expect.objectContaining({ eigenaar: 'clientenraad-mlw' }),
      );
      await axe(page, 'overnames-overgenomen');

      // Nederweert declines (through tafels' API); the original agreement shows the region who took it over, who declined and why.
      const nederweert = ((await taf.get(`/v1/overnames?afspraak=${afspraakId}`, 'gemeente.nederweert')).items as Array<{ id: string }>)[0];
      await taf.post(`/v1/overnames/${nederweert.id}/antwoord`, 'gemeente.nederweert', { antwoord: 'afslaan', reden: 'Nederweert heeft al een eigen aanpak met plekken dichtbij huis.' });
      await page.goto(`${portaal.url}/tafels/${tafelId}/afspraken/${afspraakId}`);
      const regio = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Nemen andere gemeenten deze afspraak over?' }) });
      await regio.getByText(/1 overgenomen, 1 niet overgenomen, \d+ nog geen antwoord\./).waitFor();
      await regio.getByText('Niet overgenomen. De reden: Nederweert heeft al een eigen aanpak met plekken dichtbij huis.').waitFor();
      await axe(page, 'afspraak-overnames');
      await regio.getByRole('link', { name: 'Bekijk hun afspraak' }).click();
      await page.getByRole('heading', { level: 2, name: 'Overgenomen afspraak' }).waitFor();
      await page.getByText('Een jurist van de regio kijkt ernaar: nog niet', { exact: false }).waitFor();
      await page.getByText('Er is nog geen monitoringplan. Monitoring maakt dat.').waitFor();
      await axe(page, 'afspraak-overgenomen');

      // Leudal's own course: its baseline and plan in monitoring, a jurist's akkoord; then Leudal records its copy on the page.
      const kopieId = leudal?.overgenomenAfspraakId as string;
      await meet([['2025-Q2', 1.7]], 'GM1640');
      await maakPlan(tafelId, kopieId, 'gemeente.leudal', 'GM1640', '2025-Q2', '2025-Q4');
      await taf.post(`/v1/tafels/${tafelId}/afspraken/${kopieId}/toetsingen`, 'jurist.mlw', { oordeel: 'akkoord' });
      await page.reload();
      const vastleggen = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Uw afspraak vastleggen' }) });
      await vastleggen.getByRole('button', { name: 'Afspraak vastleggen' }).click();
      await page.getByText('Uw gemeente legt haar vast: klaar.').waitFor();
      expect(((await taf.get(`/v1/tafels/${tafelId}/afspraken`, 'gemeente.leudal')) as Array<{ id: string; status: string }>).find((a) => a.id === kopieId)).toEqual(expect.objectContaining({ status: 'vastgelegd' }));
    } finally {
      await browser.opruimen();
    }
    expect(overtredingen).toEqual([]);
  });
});
