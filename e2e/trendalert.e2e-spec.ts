import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';

/**
 * Across services: figures that leave the course in monitoring reach the gemeente concerned in
 * notificaties, through the outbox, the real broker and the inbox — nobody else hears of it.
 */
describe('trend alert: monitoring → notificaties', () => {
  const isolation = new TestIsolation();
  let monitoring: ServiceProcess;
  let notificaties: ServiceProcess;

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    notificaties = await startServiceProcess('notificaties', isolation, registerEnv(monitoring));
  });
  afterAll(async () => {
    await Promise.all([monitoring?.stop(), notificaties?.stop()]);
  });

  it('tells gemeente Weert that its figures left the course, in plain Dutch, and nobody in Leudal', async () => {
    const [weert, leudal, beheerder] = await Promise.all(['gemeente.weert', 'gemeente.leudal', 'beheerder.mlw'].map((u) => tokenFor(u)));
    await monitoring
      .http()
      .post('/v1/koersdoelen')
      .auth(weert, { type: 'bearer' })
      .send({ indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', doelwaarde: 1.4, richting: 'maximaal', koersdocumentSectie: 'Koersdocument Jeugd MLW §3.2' })
      .expect(201);
    const levering = await monitoring
      .http()
      .post('/v1/metingen?bron=Regiomonitor')
      .auth(beheerder, { type: 'bearer' })
      .send([1.3, 1.5, 1.7, 1.9].map((waarde, i) => ({ indicator: 'jeugdhulp-met-verblijf', gemeente: 'GM0988', periode: `2025-Q${i + 1}`, waarde, teller: 60 + i, noemer: 4000 })))
      .expect(200);
    expect(levering.body).toMatchObject({ nieuw: 4, reeksenTeBeoordelen: 1 }); // judged after the commit, outside the request

    const inbox = await eventually(async () => {
      const res = await notificaties.http().get('/v1/inbox').auth(weert, { type: 'bearer' }).expect(200);
      return res.body.totaal === 2 ? res.body : undefined;
    }, 15000);
    expect(inbox.items.map((i: { titel: string }) => i.titel)).toEqual([
      'Cijfers wijken af van de koers: Jongeren met jeugdhulp met verblijf',
      'Cijfers wijken af van de koers: Jongeren met jeugdhulp met verblijf',
    ]);
    expect(inbox.items.map((i: { tekst: string }) => i.tekst).join(' ')).toContain('het koersdoel is maximaal 1,4');
    expect(inbox.items[0].link).toBe('/monitoring/reeksen?indicator=jeugdhulp-met-verblijf&gemeente=GM0988');
    expect((await notificaties.http().get('/v1/inbox').auth(leudal, { type: 'bearer' }).expect(200)).body.totaal).toBe(0);
  });
});
