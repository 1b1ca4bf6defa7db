import { randomUUID } from 'node:crypto';
import { Page } from 'playwright-core';
import { createCloudEvent, SIGNAAL_INGEDIEND_V1, SIGNAAL_SAMENGEVOEGD_V1 } from '@koers/contracts';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { alsIn, controleer, eenBrowser, Portaal, startPortaal } from './browser';

jest.setTimeout(300000);

const MLW = 'midden-limburg-west';

/**
 * The webhook and beheer screens in a real browser, against notificaties, monitoring and signalen as
 * processes of this test and the real Keycloak login: an aanbieder creates a subscription and sees its
 * secret once, pauses it, opens its delivery log, rotates the secret and deletes it; a beheerder creates
 * one for a gemeente picked by name, sees a dead letter of notificaties and offers it again, and adds a
 * gemeente to the region. axe on every new screen.
 */
describe('webhooks and dead letters in the portal (Chromium, Keycloak, notificaties, monitoring, signalen)', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let notificaties: ServiceProcess;
  let signalen: ServiceProcess;
  let portaal: Portaal;
  let browser: Awaited<ReturnType<typeof eenBrowser>>;

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    // A loopback callback address is refused outside development; nothing is delivered in this test.
    // signalen names the region's providers and client councils a beheerder can pick a webhook's owner from.
    [notificaties, signalen] = await Promise.all([
      startServiceProcess('notificaties', isolation, { ...registerEnv(monitoring), NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true' }),
      startServiceProcess('signalen', isolation, registerEnv(monitoring)),
    ]);
    [portaal, browser] = await Promise.all([startPortaal({ monitoring: monitoring.url, notificaties: notificaties.url, signalen: signalen.url }), eenBrowser()]);
  }, 240000);

  afterAll(async () => {
    await browser?.stop();
    await portaal?.stop();
    await notificaties?.stop();
    await signalen?.stop();
    await monitoring?.stop();
  });

  const als = <T,>(gebruiker: string, pad: string, doe: (page: Page) => Promise<T>) => alsIn(browser, portaal, gebruiker, pad, doe);

  async function meet(page: Page, naam: string) {
    expect((await controleer(page, naam)).overtredingen).toEqual([]);
  }

  const api = async (methode: 'get' | 'post', pad: string, gebruiker: string) =>
    (await notificaties.http()[methode](pad).set('authorization', `Bearer ${await tokenFor(gebruiker)}`)).body;

  it('an aanbieder creates a subscription, sees its secret once, pauses it, opens its delivery log, makes a new secret and deletes it', async () => {
    await als('aanbieder.horizon', '/webhooks/abonnementen', async (page) => {
      await page.getByText('Er zijn nog geen webhooks.').waitFor();
      await meet(page, 'webhooks_leeg');
      // Refused before anything is sent: the event type is said beside the field.
      await page.getByLabel('Adres van uw systeem').fill('http://127.0.0.1:9/koers/webhook');
      await page.getByLabel('Welke berichten?').fill('signalen');
      await page.getByRole('button', { name: 'Webhook aanmaken' }).click();
      await page.getByText('signalen is geen soort bericht.').waitFor();
      await page.getByLabel('Welke berichten?').fill('nl.koers.signalen.*');
      await page.getByRole('button', { name: 'Webhook aanmaken' }).click();
      const geheim = await page.locator('.koers-geheim__waarde').innerText();
      expect(geheim).toMatch(/^whsec_/);
      await page.getByRole('button', { name: 'Kopieer het geheim' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'http://127.0.0.1:9/koers/webhook' }).waitFor();
      await meet(page, 'webhooks_geheim');

      const [abonnement] = (await api('get', '/v1/abonnementen', 'aanbieder.horizon')).items;
      expect(abonnement).toEqual(expect.objectContaining({ callbackUrl: 'http://127.0.0.1:9/koers/webhook', eventTypes: ['nl.koers.signalen.*'], regio: MLW, status: 'actief' }));

      // Shown once: after a reload the secret is gone.
      await page.reload();
      await page.getByRole('button', { name: 'Pauzeren' }).waitFor();
      await expect(page.locator('main').innerText()).resolves.not.toContain(geheim);
      await page.getByRole('button', { name: 'Pauzeren' }).click();
      await page.getByRole('button', { name: 'Hervatten' }).waitFor();
      expect((await api('get', `/v1/abonnementen/${abonnement.id}`, 'aanbieder.horizon')).status).toBe('gepauzeerd');
      await meet(page, 'webhooks_gepauzeerd');

      await page.getByRole('link', { name: 'Bekijk wat er is verstuurd' }).click();
      await page.getByText('Koers heeft nog niets naar deze webhook gestuurd.').waitFor();
      await page.getByLabel('Laat zien').selectOption('mislukt');
      await page.getByText('Er zijn geen afleveringen met deze status.').waitFor();
      expect(page.url()).toContain('status=mislukt');
      await meet(page, 'webhooks_afleveringen');

      // A new secret, shown once again; then the subscription is deleted, after a confirmation.
      await page.getByRole('link', { name: 'Terug naar de webhooks' }).click();
      await page.getByRole('button', { name: 'Nieuw geheim maken' }).click();
      const nieuw = await page.locator('.koers-geheim__waarde').innerText();
      expect(nieuw).toMatch(/^whsec_/);
      expect(nieuw).not.toBe(geheim);
      await page.getByRole('button', { name: 'Verwijderen' }).click();
      await page.getByRole('button', { name: 'Ja, verwijder deze webhook' }).click();
      await page.getByText('Er zijn nog geen webhooks.').waitFor();
      expect((await api('get', '/v1/abonnementen', 'aanbieder.horizon')).totaal).toBe(0);
    });
  });

  it('a beheerder creates a subscription for a gemeente picked by name, sees those of every organisation of the region, each named, and pauses and resumes one', async () => {
    const aangemaakt = await notificaties
      .http()
      .post('/v1/abonnementen')
      .set('authorization', `Bearer ${await tokenFor('aanbieder.kompas')}`)
      .set('idempotency-key', randomUUID())
      .send({ callbackUrl: 'http://127.0.0.1:9/kompas/webhook', eventTypes: ['nl.koers.signalen.*'] })
      .expect(201);
    await als('beheerder.mlw', '/webhooks/abonnementen', async (page) => {
      await page.getByText('U ziet de webhooks van alle organisaties in de regio.').waitFor();
      // Whose system it is: picked by name from the region's gemeenten and organisations; nothing picked is refused beside the field.
      const wiens = page.getByLabel('Van welke organisatie of gemeente is het systeem?');
      await wiens.waitFor();
      const [eerste, ...namen] = await wiens.locator('option').allInnerTexts();
      expect(eerste).toBe('Kies…');
      // Monitoring's three gemeenten and signalen's three organisations, in one list by name.
      expect(namen).toHaveLength(6);
      expect(namen).toEqual([...namen].sort((a, b) => a.localeCompare(b, 'nl')));
      expect(namen).toEqual(expect.arrayContaining(['Weert (gemeente)', 'Jeugdhulp Kompas (aanbieder)', 'Cliëntenraad Midden-Limburg West (cliëntenraad)']));
      await page.getByLabel('Adres van uw systeem').fill('http://127.0.0.1:9/weert/webhook');
      await page.getByLabel('Welke berichten?').fill('nl.koers.signalen.*');
      await page.getByRole('button', { name: 'Webhook aanmaken' }).click();
      await page.getByText('Kies de organisatie of gemeente.').waitFor();
      await meet(page, 'webhooks_beheerder_nieuw');
      await wiens.selectOption({ label: 'Weert (gemeente)' });
      await page.getByRole('button', { name: 'Webhook aanmaken' }).click();
      await page.locator('.koers-geheim__waarde').waitFor();
      const [weert] = (await api('get', '/v1/abonnementen?organisatie=GM0988', 'beheerder.mlw')).items;
      expect(weert).toEqual(expect.objectContaining({ callbackUrl: 'http://127.0.0.1:9/weert/webhook', organisatie: 'GM0988', regio: MLW }));
      await page.getByRole('button', { name: 'Ik heb het bewaard' }).click();
      const kaart = page.locator('article').filter({ has: page.getByRole('heading', { name: 'http://127.0.0.1:9/kompas/webhook' }) });
      await expect(kaart.innerText()).resolves.toContain('Jeugdhulp Kompas');
      await meet(page, 'webhooks_beheerder');
      await kaart.getByRole('button', { name: 'Pauzeren' }).click();
      await kaart.getByRole('button', { name: 'Hervatten' }).waitFor();
      expect((await api('get', `/v1/abonnementen/${aangemaakt.body.id}`, 'aanbieder.kompas')).status).toBe('gepauzeerd');
      await kaart.getByRole('button', { name: 'Hervatten' }).click();
      await kaart.getByRole('button', { name: 'Pauzeren' }).waitFor();
      expect((await api('get', `/v1/abonnementen/${aangemaakt.body.id}`, 'aanbieder.kompas')).status).toBe('actief');

      // One organisation's webhooks, kept in the URL; an organisation without any says how to see them all.
      await page.getByRole('heading', { level: 2, name: 'http://127.0.0.1:9/weert/webhook' }).waitFor();
      await page.getByLabel('Organisatie', { exact: true }).selectOption('jeugdhulp-kompas');
      await page.waitForURL(/organisatie=jeugdhulp-kompas/);
      await page.getByRole('heading', { level: 2, name: 'http://127.0.0.1:9/kompas/webhook' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'http://127.0.0.1:9/weert/webhook' }).waitFor({ state: 'detached' });
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'http://127.0.0.1:9/kompas/webhook' }).waitFor();
      await expect(page.getByLabel('Organisatie', { exact: true }).inputValue()).resolves.toBe('jeugdhulp-kompas');
      await meet(page, 'webhooks_beheerder_organisatie');
      await page.goto(`${portaal.url}/webhooks/abonnementen?organisatie=bestaat-niet`);
      await page.getByText('bestaat-niet heeft geen webhooks.').waitFor();
      await page.getByRole('link', { name: 'laat de webhooks van alle organisaties zien' }).click();
      await page.getByRole('heading', { level: 2, name: 'http://127.0.0.1:9/weert/webhook' }).waitFor();
    });
  });

  it('a beheerder sees a dead letter of notificaties with its reason and offers it again', async () => {
    const kapot = (type: string) => createCloudEvent({ type, source: 'urn:nld:oin:00000000000000000000:systeem:koers-signalen', regio: MLW, subject: randomUUID(), data: { kapot: true } });
    const event = kapot(SIGNAAL_INGEDIEND_V1);
    const samengevoegd = kapot(SIGNAAL_SAMENGEVOEGD_V1);
    await isolation.publish(event);
    await isolation.publish(samengevoegd);
    await eventually(async () => {
      const ids = ((await api('get', '/v1/onbestelbare-berichten', 'beheerder.mlw')).items ?? []).map((l: { eventId: string }) => l.eventId);
      return ids.includes(event.id) && ids.includes(samengevoegd.id) ? true : undefined;
    }, 20000);

    await als('beheerder.mlw', '/beheer/onbestelbare-berichten?dienst=notificaties', async (page) => {
      const bericht = page.getByRole('listitem').filter({ hasText: event.id });
      await bericht.waitFor();
      await expect(bericht.innerText()).resolves.toContain(SIGNAAL_INGEDIEND_V1);
      // The reason in plain Dutch, field by field, not the validator's English.
      await expect(bericht.innerText()).resolves.toContain(`Het bericht ${SIGNAAL_INGEDIEND_V1} klopt niet met zijn schema: het veld 'signaalId' ontbreekt;`);
      await expect(bericht.innerText()).resolves.toContain("het veld 'kapot' hoort er niet bij");
      await meet(page, 'onbestelbare-berichten_notificaties');

      // One kind of message, kept in the URL; a kind with none says what to choose instead.
      await page.getByLabel('Soort bericht').selectOption(SIGNAAL_SAMENGEVOEGD_V1);
      await page.waitForURL(/type=/);
      await page.getByRole('listitem').filter({ hasText: samengevoegd.id }).waitFor();
      await bericht.waitFor({ state: 'detached' });
      expect(new URL(page.url()).searchParams.get('dienst')).toBe('notificaties');
      await page.goto(`${portaal.url}/beheer/onbestelbare-berichten?dienst=notificaties&type=nl.koers.bestaat.niet.v1`);
      await page.getByText('Er zijn geen onbestelbare berichten van dit soort.').waitFor();
      await page.getByLabel('Soort bericht').selectOption('');
      await bericht.waitFor();
      await bericht.getByRole('button', { name: 'Opnieuw aanbieden' }).click();
      await page.getByText('Eén bericht is opnieuw aangeboden.').waitFor();
      // Still against the contract: it comes back among the dead letters, offered once more.
      await eventually(async () => (await api('get', '/v1/onbestelbare-berichten', 'beheerder.mlw')).items?.find((l: { eventId: string }) => l.eventId === event.id), 20000);

      // Every service on one page: those not running in this test say so, the page stays usable.
      await page.getByRole('link', { name: 'Bekijk de berichten van alle onderdelen' }).click();
      await page.getByRole('heading', { level: 2, name: 'Koerstafels' }).waitFor();
      await meet(page, 'onbestelbare-berichten');
    });
  });

  it('a beheerder adds a gemeente to the region; monitoring keeps it', async () => {
    await als('beheerder.mlw', '/beheer/gemeenten', async (page) => {
      await page.getByRole('cell', { name: 'Weert', exact: true }).waitFor();
      await meet(page, 'beheer_gemeenten');
      await page.getByLabel('Gemeentecode').fill('GM9990');
      await page.getByLabel('Naam', { exact: true }).fill('Proefgemeente');
      await page.getByRole('button', { name: 'Gemeente toevoegen' }).click();
      await page.getByText('De gemeente hoort nu bij de regio.').waitFor();
      await page.getByRole('cell', { name: 'Proefgemeente' }).waitFor();
    });
    const regio = (await monitoring.http().get(`/v1/regios/${MLW}`).set('authorization', `Bearer ${await tokenFor('beheerder.mlw')}`)).body;
    expect(regio.gemeenten).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'GM9990', naam: 'Proefgemeente' })]));
  });
});
