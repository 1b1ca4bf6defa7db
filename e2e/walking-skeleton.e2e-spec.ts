import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';

/**
 * The walking skeleton: a provider in Midden-Limburg West submits a signal
 * about Weert; the gemeente Weert hears of it in its inbox; nobody in another region sees anything.
 * Both services run as their own processes, as in production, over the real broker.
 */
describe('walking skeleton: signaal ingediend → inbox of the gemeente', () => {
  const isolation = new TestIsolation();
  let signalenService: ServiceProcess;
  let notificatiesService: ServiceProcess;
  let monitoring: ServiceProcess;

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    [signalenService, notificatiesService] = await Promise.all([
      startServiceProcess('signalen', isolation, { LOG_LEVEL: 'info', ...registerEnv(monitoring) }),
      startServiceProcess('notificaties', isolation, { LOG_LEVEL: 'info', ...registerEnv(monitoring) }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([signalenService?.stop(), notificatiesService?.stop(), monitoring?.stop()]);
  });

  it('delivers a provider signal about Weert to the inbox of gemeente Weert only, across the real broker', async () => {
    const [aanbieder, weert, leudal, roermond] = await Promise.all(
      ['aanbieder.horizon', 'gemeente.weert', 'gemeente.leudal', 'gemeente.roermond'].map((u) => tokenFor(u)),
    );

    const ingediend = await signalenService
      .http()
      .post('/v1/signalen')
      .auth(aanbieder, { type: 'bearer' })
      .send({
        regio: 'midden-limburg-west',
        bron: 'partnerverzoek',
        titel: 'Wachttijd jeugd-GGZ loopt op',
        omschrijving: 'Sinds de zomer wachten jongeren in Weert langer dan twaalf weken op een intake.',
        gemeenten: ['GM0988'],
      })
      .expect(201);
    const signaal = ingediend.body;
    expect(signaal).toMatchObject({ regio: 'midden-limburg-west', status: 'ingediend', gemeenten: ['GM0988'] });
    expect(ingediend.headers['api-version']).toBe('0.1.0');

    const inboxWeert = await eventually(async () => {
      const res = await notificatiesService.http().get('/v1/inbox').auth(weert, { type: 'bearer' }).expect(200);
      return res.body.items.find((i: { link: string }) => i.link === `/signalen/${signaal.id}`) ? res.body : undefined;
    });
    expect(inboxWeert.ongelezen).toBe(1);
    expect(inboxWeert.items[0]).toMatchObject({
      eventType: 'nl.koers.signalen.signaal.ingediend.v1',
      titel: 'Nieuw signaal: Wachttijd jeugd-GGZ loopt op',
    });
    expect(inboxWeert.items[0].tekst).toContain('Weert');

    // The correlation id of the request follows it into the handler of the event, in another process.
    const traceId = ingediend.headers.traceparent.split('-')[1];
    const requestLog = jsonLines(signalenService).find((line) => line.context === 'Http' && line.method === 'POST');
    expect(requestLog).toMatchObject({ traceId, service: 'signalen', path: '/v1/signalen', status: 201 });
    const handlerLog = jsonLines(notificatiesService).find(
      (line) => line.context === 'InboxHandlers' && line.eventType === 'nl.koers.signalen.signaal.ingediend.v1',
    );
    expect(handlerLog).toMatchObject({ traceId, service: 'notificaties', bezorgd: 1 });
    const metrics = await notificatiesService.http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/^koers_events_handled_total\{service="notificaties"\} 1$/m);

    // Same region, other gemeente: not concerned. Other region: sees nothing and gets 404 on the record.
    const leudalInbox = await notificatiesService.http().get('/v1/inbox').auth(leudal, { type: 'bearer' }).expect(200);
    expect(leudalInbox.body.items).toEqual([]);
    const roermondInbox = await notificatiesService.http().get('/v1/inbox').auth(roermond, { type: 'bearer' }).expect(200);
    expect(roermondInbox.body).toMatchObject({ items: [], totaal: 0, ongelezen: 0 });

    const andereRegio = await signalenService.http().get(`/v1/signalen/${signaal.id}`).auth(roermond, { type: 'bearer' }).expect(404);
    const bestaatNiet = await signalenService
      .http()
      .get('/v1/signalen/00000000-0000-4000-8000-000000000000')
      .auth(roermond, { type: 'bearer' })
      .expect(404);
    expect(andereRegio.headers['content-type']).toContain('application/problem+json');
    expect({ ...andereRegio.body, instance: undefined, detail: undefined }).toEqual({ ...bestaatNiet.body, instance: undefined, detail: undefined });

    const lijstRoermond = await signalenService.http().get('/v1/signalen').auth(roermond, { type: 'bearer' }).expect(200);
    expect(lijstRoermond.body.items.map((s: { id: string }) => s.id)).not.toContain(signaal.id);

    await signalenService.http().get(`/v1/signalen/${signaal.id}`).auth(weert, { type: 'bearer' }).expect(200);
  });
});

function jsonLines(service: ServiceProcess): Array<Record<string, unknown>> {
  return service
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}
