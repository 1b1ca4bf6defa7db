import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import {
  eventually,
  maakTestgebruiker,
  registerEnv,
  ServiceProcess,
  startServiceProcess,
  TEST_DATABASE_URL,
  Testgebruiker,
  TestIsolation,
  tokenFor,
} from '@koers/testing';

const MLW = 'midden-limburg-west';

const signaalOver = (gemeente: string) => ({
  regio: MLW,
  bron: 'partnerverzoek',
  titel: 'Wachttijd jeugd-GGZ loopt op',
  omschrijving: 'Jongeren wachten langer dan twaalf weken op een intake.',
  gemeenten: [gemeente],
});

async function voegGemeenteToe(monitoring: ServiceProcess, code: string, naam: string): Promise<void> {
  await monitoring.http().post(`/v1/regios/${MLW}/gemeenten`).auth(await tokenFor('beheerder.mlw'), { type: 'bearer' }).send({ code, naam }).expect(201);
}

/**
 * Monitoring owns the region register; signalen and notificaties keep their own copy. A gemeente the
 * beheerder adds is known to both — also after monitoring stopped, so what answers is the copy.
 */
describe('region register: a gemeente added in monitoring, used while monitoring is down', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let monitoringGestopt = false;
  let signalen: ServiceProcess;
  let notificaties: ServiceProcess;
  let gebruiker: Testgebruiker;
  const ontvangen: Array<{ type: string; subject?: string }> = [];
  let ontvanger: Server | undefined;
  let callbackUrl = '';

  beforeAll(async () => {
    gebruiker = await maakTestgebruiker(`gemeente.peelenmaas.${isolation.id}`, 'gemeente', { regio: [MLW], gemeente: ['GM1894'] });
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        ontvangen.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    ontvanger = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/koers`;
    monitoring = await startServiceProcess('monitoring', isolation);
    [signalen, notificaties] = await Promise.all([
      startServiceProcess('signalen', isolation, registerEnv(monitoring)),
      startServiceProcess('notificaties', isolation, { ...registerEnv(monitoring), NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true', NOTIFICATIES_WEBHOOK_POLL_MS: '50' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([signalen?.stop(), notificaties?.stop(), monitoringGestopt ? undefined : monitoring?.stop()]);
    ontvanger?.close();
    await gebruiker?.verwijder();
  });

  it('lets a provider signal about it and subscribe to it, and its gemeente user gets the inbox item', async () => {
    const aanbieder = await tokenFor('aanbieder.horizon');
    const onbekend = await signalen.http().post('/v1/signalen').auth(aanbieder, { type: 'bearer' }).send(signaalOver('GM1894')).expect(400);
    expect(onbekend.body.invalidParams).toEqual([expect.objectContaining({ code: 'gemeente-buiten-regio' })]);

    await voegGemeenteToe(monitoring, 'GM1894', 'Peel en Maas');
    await eventually(async () => {
      const kopieen = await Promise.all([signalen, notificaties].map((s) => gemeenteInKopie(s.schema, 'GM1894')));
      return kopieen.every((naam) => naam === 'Peel en Maas') ? true : undefined;
    });
    await monitoring.stop();
    monitoringGestopt = true;

    const abonnement = await notificaties
      .http()
      .post('/v1/abonnementen')
      .auth(aanbieder, { type: 'bearer' })
      .send({ callbackUrl, eventTypes: ['nl.koers.signalen.*'], gemeenten: ['GM1894'], regio: MLW })
      .expect(201);
    expect(abonnement.body.gemeenten).toEqual(['GM1894']);

    const signaal = await signalen.http().post('/v1/signalen').auth(aanbieder, { type: 'bearer' }).send(signaalOver('GM1894')).expect(201);
    expect(signaal.body.gemeenten).toEqual(['GM1894']);

    const token = await tokenFor(gebruiker.username);
    const inbox = await eventually(async () => {
      const res = await notificaties.http().get('/v1/inbox').auth(token, { type: 'bearer' }).expect(200);
      return res.body.items.length ? res.body : undefined;
    }, 20000);
    expect(inbox.items).toEqual([expect.objectContaining({ link: `/signalen/${signaal.body.id}`, eventType: 'nl.koers.signalen.signaal.ingediend.v1' })]);
    expect(inbox.items[0].tekst).toContain('over Peel en Maas');
    await eventually(async () => (ontvangen.some((e) => e.subject === signaal.body.id) ? true : undefined), 20000);
  });
});

describe('region register: a service started after the gemeente was added', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let signalen: ServiceProcess | undefined;

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
  });
  afterAll(async () => {
    await Promise.all([signalen?.stop(), monitoring?.stop()]);
  });

  it('fills its copy from monitoring’s register when it starts (its queue did not exist to hear the event)', async () => {
    await voegGemeenteToe(monitoring, 'GM1895', 'Horst aan de Maas');
    signalen = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    expect(await gemeenteInKopie(signalen.schema, 'GM1895')).toBe('Horst aan de Maas');
    await signalen.http().post('/v1/signalen').auth(await tokenFor('aanbieder.horizon'), { type: 'bearer' }).send(signaalOver('GM1895')).expect(201);
  });
});

async function gemeenteInKopie(schema: string, code: string): Promise<string | undefined> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT naam FROM "${schema}".register_gemeente WHERE regio = $1 AND code = $2`, [MLW, code]);
    return rows[0]?.naam;
  } finally {
    await client.end();
  }
}
