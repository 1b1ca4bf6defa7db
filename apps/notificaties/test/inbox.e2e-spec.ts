import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, createCloudEvent } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { notificaties } from '../src/notificaties.service-definition';

const MLW = 'midden-limburg-west';

describe('notificaties inbox', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let monitoring: ServiceProcess;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(notificaties, isolation, registerEnv(monitoring));
    for (const user of ['gemeente.weert', 'gemeente.leudal', 'gemeente.nederweert', 'gemeente.roermond']) tokens[user] = await tokenFor(user);
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  const inbox = (user: string) => service.http().get('/v1/inbox').auth(tokens[user], { type: 'bearer' });

  const publiceer = (data: AfwijkingGedetecteerdV1) =>
    isolation.publish(createCloudEvent({ type: AFWIJKING_GEDETECTEERD_V1, source: 'urn:nld:oin:00000000000000000000:systeem:koers-monitoring', regio: data.regio, data }));

  const afwijking = (gemeente?: string): AfwijkingGedetecteerdV1 => ({
    regio: MLW,
    ...(gemeente ? { gemeente } : {}),
    indicator: 'jeugdhulp-met-verblijf',
    indicatorNaam: 'Jongeren met jeugdhulp met verblijf',
    regel: 'verkeerde_kant_van_doel',
    toelichting: 'De waarde over 2025-Q4 is 1,9; het koersdoel is maximaal 1,4.',
    laatstePeriode: '2025-Q4',
    laatsteWaarde: 1.9,
    doelwaarde: 1.4,
    reeks: [{ periode: '2025-Q4', waarde: 1.9 }],
    reeksStand: `2025-Q4=1.9;${gemeente ?? 'regio'}`,
  });

  it('brings a trend alert to the gemeente concerned only; a regional one to every gemeente of the region', async () => {
    await publiceer(afwijking('GM0946'));
    const nederweert = await eventually(async () => {
      const res = await inbox('gemeente.nederweert').expect(200);
      return res.body.totaal === 1 ? res.body : undefined;
    });
    expect(nederweert.items[0]).toMatchObject({ titel: 'Cijfers wijken af van de koers: Jongeren met jeugdhulp met verblijf', gelezen: false });
    expect(nederweert.items[0].tekst).toContain('Nederweert');
    expect((await inbox('gemeente.weert').expect(200)).body.totaal).toBe(0);

    await publiceer(afwijking());
    for (const user of ['gemeente.weert', 'gemeente.leudal', 'gemeente.nederweert']) {
      await eventually(async () => ((await inbox(user).expect(200)).body.items.some((i: { link: string }) => !i.link.includes('gemeente=')) ? true : undefined));
    }
    expect((await inbox('gemeente.roermond').expect(200)).body.totaal).toBe(0);
  });

  it('marks one item read (and unread again) or all at once, only the caller’s own', async () => {
    const voor = (await inbox('gemeente.nederweert').expect(200)).body;
    expect(voor.ongelezen).toBe(2);
    const [eerste] = voor.items;
    const patch = (user: string, body: unknown) => service.http().patch(`/v1/inbox/${eerste.id}`).auth(tokens[user], { type: 'bearer' }).send(body as object);

    await patch('gemeente.weert', { gelezen: true }).expect(404);
    await patch('gemeente.nederweert', { gelezen: 'ja' }).expect(400);
    const gelezen = await patch('gemeente.nederweert', { gelezen: true }).expect(200);
    expect(gelezen.body).toMatchObject({ id: eerste.id, gelezen: true, gelezenOp: expect.any(String) });
    expect((await inbox('gemeente.nederweert').expect(200)).body.ongelezen).toBe(1);
    await patch('gemeente.nederweert', { gelezen: false }).expect(200);
    expect((await inbox('gemeente.nederweert').expect(200)).body.ongelezen).toBe(2);

    const alles = await service.http().post('/v1/inbox/alles-gelezen').auth(tokens['gemeente.nederweert'], { type: 'bearer' }).expect(200);
    expect(alles.body).toEqual({ gemarkeerd: 2 });
    expect((await inbox('gemeente.nederweert').expect(200)).body.ongelezen).toBe(0);
    expect((await inbox('gemeente.weert').expect(200)).body.ongelezen).toBe(1);
  });

  it('filters to unread (or read) items, with the group and paging, and refuses a bad filter', async () => {
    const alle = (await inbox('gemeente.nederweert').expect(200)).body;
    const [eerste, tweede] = alle.items;
    await service.http().patch(`/v1/inbox/${eerste.id}`).auth(tokens['gemeente.nederweert'], { type: 'bearer' }).send({ gelezen: false }).expect(200);
    const met = async (query: string) => (await service.http().get(`/v1/inbox?${query}`).auth(tokens['gemeente.nederweert'], { type: 'bearer' }).expect(200)).body;

    const ongelezen = await met('ongelezen=true');
    expect(ongelezen).toMatchObject({ totaal: 1, ongelezen: 1, pagina: 1 });
    expect(ongelezen.items.map((i: { id: string }) => i.id)).toEqual([eerste.id]);
    expect((await met('ongelezen=false')).items.map((i: { id: string }) => i.id)).toEqual([tweede.id]);
    expect(await met(`ongelezen=true&groep=${eerste.groep}`)).toMatchObject({ totaal: 1, items: [{ id: eerste.id }] });
    expect(await met('ongelezen=true&groep=bestaat-niet')).toMatchObject({ totaal: 0, items: [] });
    expect(await met('ongelezen=false&paginaGrootte=1&pagina=2')).toMatchObject({ totaal: 1, items: [], pagina: 2, paginaGrootte: 1 });
    // Only the caller's own: weert's unread item is not among them.
    expect((await met('ongelezen=true')).items.every((i: { id: string }) => alle.items.some((a: { id: string }) => a.id === i.id))).toBe(true);

    const fout = await service.http().get('/v1/inbox?ongelezen=ja&paginaGrootte=0').auth(tokens['gemeente.nederweert'], { type: 'bearer' }).expect(400);
    expect(fout.headers['content-type']).toContain('application/problem+json');
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['ongelezen', 'paginaGrootte']);
    expect(JSON.stringify(fout.body.invalidParams)).toContain('ongelezen is true of false');
  });
});
