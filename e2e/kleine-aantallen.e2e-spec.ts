import * as amqplib from 'amqplib';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';

const MLW = 'midden-limburg-west';

/**
 * domain.md §6: a value whose teller is below 5 is shown as "< 5" outside its own gemeente. Leudal
 * (GM1640) delivers uitval with a teller of 3 over 2024-Q2; the series raises a deviation (a signal,
 * an inbox item, an e-mail, a webhook) and a plan of Nederweert compares itself with Leudal. Then
 * every GET route of the OpenAPI documents (as people of other gemeenten and organisations), every
 * event on the bus, every e-mail, every webhook body and every log line is searched for that value
 * and for what is computed from it. The routes come from the documents, so a new one is scanned too.
 */
const KLEIN = 6.4321;
const VERANDERING = 1.2679; // Leudal 2024-Q4 (7,7) minus its baseline resting on the small value
const VERSCHIL = -1.5679; // Nederweert's change (-0,3) minus Leudal's
const VERBODEN = [KLEIN, VERANDERING, Math.abs(VERSCHIL)].flatMap((getal) => [
  new RegExp(String(getal).replace('.', '\\.')),
  new RegExp(`(?<![\\d.,])${getal.toFixed(2).replace('.', ',')}(?!\\d)`),
]);
const LEZERS = ['gemeente.nederweert', 'gemeente.weert', 'aanbieder.kompas', 'client.mlw', 'jurist.mlw', 'beheerder.mlw'];
/** Values for the parameters the documents declare; a required one without a value fails the test, naming it. */
const WAARDEN: Record<string, string> = { indicator: 'uitval', gemeente: 'GM1640', periode: '2024-Q2', regio: MLW, code: 'uitval' };

describe('small numbers never leave their gemeente, on any output path', () => {
  const isolation = new TestIsolation();
  const diensten: ServiceProcess[] = [];
  const mails: string[] = [];
  const webhooks: string[] = [];
  const events: string[] = [];
  let smtp: SMTPServer;
  let ontvanger: Server;
  let bus: amqplib.ChannelModel;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData: (stream, _session, klaar) => {
        simpleParser(stream).then((mail) => mails.push(`${mail.subject}\n${mail.text}\n${mail.html || ''}`)).then(() => klaar(), klaar);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    ontvanger = createServer((req, res) => {
      let body = '';
      req.on('data', (deel) => (body += deel));
      req.on('end', () => (webhooks.push(body), res.writeHead(204).end()));
    });
    await new Promise<void>((resolve) => ontvanger.listen(0, '127.0.0.1', resolve));

    const log = { LOG_LEVEL: 'debug' };
    const monitoring = await startServiceProcess('monitoring', isolation, log);
    const [signalen, notificaties] = await Promise.all([
      startServiceProcess('signalen', isolation, { ...log, SIGNALEN_MONITORING_URL: monitoring.url }),
      startServiceProcess('notificaties', isolation, {
        ...log,
        NOTIFICATIES_SMTP_HOST: '127.0.0.1',
        NOTIFICATIES_SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
        NOTIFICATIES_EMAIL_POLL_INTERVAL_MS: '100',
        NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true',
        NOTIFICATIES_WEBHOOK_POLL_MS: '50',
      }),
    ]);
    diensten.push(monitoring, signalen, notificaties);

    bus = await amqplib.connect(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
    const kanaal = await bus.createChannel();
    const { queue } = await kanaal.assertQueue('', { exclusive: true, autoDelete: true });
    await kanaal.bindQueue(queue, isolation.exchange, '#');
    await kanaal.consume(queue, (bericht) => bericht && events.push(bericht.content.toString()), { noAck: true });

    for (const user of [...LEZERS, 'gemeente.leudal']) tokens[user] = await tokenFor(user);
  });
  afterAll(async () => {
    await bus?.close();
    await Promise.all(diensten.map((d) => d.stop()));
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (ontvanger ? ontvanger.close(() => resolve()) : resolve()));
  });

  const dienst = (naam: string) => diensten.find((d) => d.service === naam) as ServiceProcess;

  it('finds the small value nowhere outside Leudal, after a deviation, a signal and a comparing plan', async () => {
    const monitoring = dienst('monitoring');
    const als = (user: string) => ({
      post: (pad: string, body: object) => monitoring.http().post(pad).auth(tokens[user], { type: 'bearer' }).send(body),
    });
    await dienst('notificaties')
      .http()
      .post('/v1/abonnementen')
      .auth(tokens['aanbieder.kompas'], { type: 'bearer' })
      .send({ callbackUrl: `http://127.0.0.1:${(ontvanger.address() as AddressInfo).port}/koers`, eventTypes: ['nl.koers.*'], regio: MLW })
      .expect(201);
    await als('beheerder.mlw').post('/v1/koersdoelen', { indicator: 'uitval', doelwaarde: 6, richting: 'maximaal', koersdocumentSectie: 'Koersdocument §4 Minder uitval' }).expect(201);
    const lever = (gemeente: string, punten: Array<[string, number, number]>) =>
      als('beheerder.mlw').post('/v1/metingen?bron=Regiomonitor', punten.map(([periode, waarde, teller]) => ({ indicator: 'uitval', gemeente, periode, waarde, teller, noemer: 200 }))).expect(200);
    await lever('GM0946', [['2024-Q1', 4.0, 40], ['2024-Q2', 4.2, 42], ['2024-Q3', 4.1, 41], ['2024-Q4', 3.9, 39]]);
    await lever('GM1640', [['2024-Q1', 5.9, 12], ['2024-Q2', KLEIN, 3], ['2024-Q3', 7.1, 14], ['2024-Q4', 7.7, 16]]);
    const plan = await als('gemeente.nederweert')
      .post('/v1/monitoringplannen', {
        onderwerp: { soort: 'pilot', id: '3f9a1c2e-6b7d-4e8f-a0b1-c2d3e4f5a6b7' }, // an agreement's plan needs tafels, which this test does not run
        titel: 'Minder uitval door een vaste contactpersoon',
        gemeenten: ['GM0946'],
        vergelijkingsgemeenten: ['GM1640'],
        indicatoren: [{ indicator: 'uitval', doelwaarde: 4, richting: 'maximaal' }],
        nulmetingTot: '2024-Q2',
        nulmetingPerioden: 1,
        meetmomenten: ['2024-Q4'],
        evaluatiedatum: '2030-01-01',
      })
      .expect(201);
    await als('gemeente.nederweert').post(`/v1/monitoringplannen/${plan.body.id}/evaluaties`, {}).expect(201);

    // Wait until every path has carried the story: signal, inbox, e-mail, webhooks, the plan's event.
    const signaal = await eventually(async () => {
      const res = await dienst('signalen').http().get('/v1/signalen?bron=beleidsinformatie').auth(tokens['gemeente.leudal'], { type: 'bearer' }).expect(200);
      return res.body.items?.[0];
    }, 20000);
    await eventually(async () => (mails.some((m) => m.includes('Cijfers wijken af')) ? true : undefined), 20000);
    await eventually(async () => (webhooks.some((w) => w.includes('afwijking.gedetecteerd')) && webhooks.some((w) => w.includes('signaal.ingediend')) ? true : undefined), 20000);
    await eventually(async () => (events.some((e) => e.includes('monitoringplan.geevalueerd')) ? true : undefined), 20000);

    const antwoorden = await scanRoutes();
    const gevonden = [
      ...antwoorden.map(({ wie, route, tekst }) => ({ waar: `${route} als ${wie}`, tekst })),
      ...events.map((tekst, i) => ({ waar: `event ${i}`, tekst })),
      ...mails.map((tekst, i) => ({ waar: `e-mail ${i}`, tekst })),
      ...webhooks.map((tekst, i) => ({ waar: `webhook ${i}`, tekst })),
      ...diensten.map((d) => ({ waar: `log van ${d.service}`, tekst: d.output() })),
    ].flatMap(({ waar, tekst }) => VERBODEN.filter((patroon) => patroon.test(tekst)).map((patroon) => `${waar}: ${patroon} in …${fragment(tekst, patroon)}…`));
    expect(gevonden).toEqual([]);

    // The scan looked where the value would be: the series, the plan, the signal's text.
    const gezien = antwoorden.map((a) => a.tekst).join('\n');
    expect(gezien).toContain('"periode":"2024-Q2","bron":"Regiomonitor","versie":1,"waarde":null,"weergave":"< 5","onderdrukt":true');
    expect(gezien).toContain('niet te tonen: rust alleen op kleine aantallen (< 5)');
    expect(antwoorden.some((a) => a.route === `/v1/signalen/${signaal.id}` && a.tekst.includes(JSON.stringify(signaal.omschrijving)))).toBe(true);
    for (const pad of [events, webhooks, mails]) expect(pad.join('\n')).toContain('2024-Q1 5,9 → 2024-Q2 < 5 → 2024-Q3 7,1 → 2024-Q4 7,7');
    // Leudal itself still sees its own figure.
    const eigen = await monitoring.http().get('/v1/reeksen?indicator=uitval&gemeente=GM1640').auth(tokens['gemeente.leudal'], { type: 'bearer' }).expect(200);
    expect(eigen.body.punten[1]).toMatchObject({ periode: '2024-Q2', waarde: KLEIN, teller: 3 });
  });

  /** Every GET operation of every running service's OpenAPI document, for every reader, with every id seen so far. */
  async function scanRoutes(): Promise<Array<{ wie: string; route: string; tekst: string }>> {
    const antwoorden: Array<{ wie: string; route: string; tekst: string }> = [];
    const ids = new Set<string>();
    const gedaan = new Set<string>();
    for (let ronde = 0; ronde < 3; ronde++) {
      const voor = ids.size;
      for (const d of diensten) {
        const document = (await d.http().get('/v1/openapi.json').expect(200)).body;
        const basis = new URL(document.servers?.[0]?.url ?? '/', d.url).pathname.replace(/\/$/, '');
        for (const [pad, operaties] of Object.entries<Record<string, { parameters?: Parameter[] }>>(document.paths)) {
          if (!operaties.get || pad.endsWith('/openapi.json')) continue;
          for (const route of routesVan(`${basis}${pad}`, operaties.get.parameters ?? [], [...ids])) {
            for (const wie of LEZERS) {
              if (gedaan.has(`${wie} ${route}`)) continue;
              gedaan.add(`${wie} ${route}`);
              const res = await d.http().get(route).auth(tokens[wie], { type: 'bearer' });
              expect([route, res.status < 500]).toEqual([route, true]);
              antwoorden.push({ wie, route, tekst: res.text });
              for (const id of res.text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []) ids.add(id);
            }
          }
        }
      }
      if (ids.size === voor) break;
    }
    return antwoorden;
  }
});

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
}

/** The concrete routes of one GET operation: path ids from what was seen, every query parameter we have a value for. */
function routesVan(pad: string, parameters: Parameter[], ids: string[]): string[] {
  const query = parameters
    .filter((p) => p.in === 'query')
    .flatMap((p) => {
      if (WAARDEN[p.name] !== undefined) return [`${p.name}=${encodeURIComponent(WAARDEN[p.name])}`];
      if (p.required) throw new Error(`geen waarde voor de verplichte parameter '${p.name}' van GET ${pad}: vul WAARDEN aan`);
      return [];
    })
    .join('&');
  let routes = [pad];
  for (const p of parameters.filter((p) => p.in === 'path')) {
    const waarden = WAARDEN[p.name] !== undefined ? [WAARDEN[p.name]] : /id$/i.test(p.name) ? ids : undefined;
    if (!waarden) throw new Error(`geen waarde voor de padparameter '${p.name}' van GET ${pad}: vul WAARDEN aan`);
    routes = routes.flatMap((route) => waarden.map((waarde) => route.replace(`{${p.name}}`, encodeURIComponent(waarde))));
  }
  return routes.map((route) => (query ? `${route}?${query}` : route));
}

function fragment(tekst: string, patroon: RegExp): string {
  const plek = tekst.search(patroon);
  return tekst.slice(Math.max(0, plek - 80), plek + 40);
}
