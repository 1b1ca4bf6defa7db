import { randomUUID } from 'node:crypto';
import { createCloudEvent, SIGNAAL_INGEDIEND_V1 } from '@koers/contracts';
import { eventually, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';

/**
 * The beheerder's view on a service's dead-letter queue: a message that breaks its contract lands
 * there at once; the beheerder of its region sees why and can offer it again; nobody else can.
 */
describe('onbestelbare berichten (dead letters) over HTTP', () => {
  const isolation = new TestIsolation();
  let notificaties: ServiceProcess;

  beforeAll(async () => {
    notificaties = await startServiceProcess('notificaties', isolation);
  });
  afterAll(() => notificaties?.stop());

  it('lists a contract violation for the beheerder of its region only, and replays it on request', async () => {
    const kapot = createCloudEvent({
      type: SIGNAAL_INGEDIEND_V1,
      source: 'urn:nld:oin:00000000000000000000:systeem:koers-e2e',
      regio: 'midden-limburg-west',
      data: { signaalId: randomUUID(), titel: 'zonder verplichte velden' },
    });
    await isolation.publish(kapot);

    const [beheerderMlw, beheerderFlevoland, gemeente] = await Promise.all(
      ['beheerder.mlw', 'beheerder.flevoland', 'gemeente.weert'].map((u) => tokenFor(u)),
    );
    const lijst = await eventually(async () => {
      const res = await notificaties.http().get('/v1/onbestelbare-berichten').auth(beheerderMlw, { type: 'bearer' }).expect(200);
      return res.body.totaal > 0 ? res.body : undefined;
    });
    expect(lijst.items).toEqual([
      expect.objectContaining({ eventId: kapot.id, regio: 'midden-limburg-west', pogingen: 0, fout: expect.stringContaining(`Het bericht ${SIGNAAL_INGEDIEND_V1} klopt niet met zijn schema: het veld 'regio' ontbreekt; het veld 'bron' ontbreekt`) }),
    ]);

    const anderen = await notificaties.http().get('/v1/onbestelbare-berichten').auth(beheerderFlevoland, { type: 'bearer' }).expect(200);
    expect(anderen.body).toEqual({ items: [], totaal: 0, pagina: 1, paginaGrootte: 20, typen: [] });
    await notificaties.http().get('/v1/onbestelbare-berichten').auth(gemeente, { type: 'bearer' }).expect(403);
    await notificaties
      .http()
      .post('/v1/onbestelbare-berichten/opnieuw-aanbieden')
      .auth(beheerderFlevoland, { type: 'bearer' })
      .send({ eventIds: [kapot.id] })
      .expect(404);
    const fout = await notificaties
      .http()
      .post('/v1/onbestelbare-berichten/opnieuw-aanbieden')
      .auth(beheerderMlw, { type: 'bearer' })
      .send({ eventIds: ['geen-uuid'] })
      .expect(400);
    expect(fout.body.invalidParams.map((p: { name: string }) => p.name)).toContain('eventIds');

    const opnieuw = await notificaties
      .http()
      .post('/v1/onbestelbare-berichten/opnieuw-aanbieden')
      .auth(beheerderMlw, { type: 'bearer' })
      .send({ eventIds: [kapot.id] })
      .expect(200);
    expect(opnieuw.body).toEqual({ opnieuwAangeboden: 1 });
    // Still breaking its contract, it is dead-lettered again at once — visible again, not lost.
    const weer = await eventually(async () => {
      const res = await notificaties.http().get('/v1/onbestelbare-berichten').auth(beheerderMlw, { type: 'bearer' }).expect(200);
      return res.body.totaal === 1 ? res.body : undefined;
    });
    expect(weer.items[0].eventId).toBe(kapot.id);
    console.log(`[dead-letters] listed=${lijst.totaal} other-region=${anderen.body.totaal} replayed=${opnieuw.body.opnieuwAangeboden} back-in-dlq=${weer.totaal}`);
  });
});
