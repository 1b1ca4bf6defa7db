import { randomUUID } from 'node:crypto';
import { AFWIJKING_GEDETECTEERD_V1, AfwijkingGedetecteerdV1, CloudEvent, createCloudEvent, TAFEL_AFGEROND_V1, TAFEL_GESTART_V1 } from '@koers/contracts';
import { startTestService, TestService } from '@koers/service-testing';
import { eventually, registerEnv, ServiceProcess, startServiceProcess, TestIsolation, tokenFor } from '@koers/testing';
import { SignaalHandlers } from '../src/signaal/signaal.handlers';
import { signalen } from '../src/signalen.service-definition';

const MLW = 'midden-limburg-west';
const SLEUTEL = 'GM0946|jeugdhulp-met-verblijf';

/**
 * domain.md §2, §3: while the koerstafel on a trend signal runs, a new deviation of the same gemeente
 * + indicator joins that table instead of opening a second signal; once tafels says the table is
 * closed, the next deviation opens a new signal. Real bus, real monitoring for the region register.
 */
describe('signals: deviations that join a running koerstafel', () => {
  const isolation = new TestIsolation();
  let service: TestService;
  let monitoring: ServiceProcess;
  const schema = () => service.settings.database.schema;
  const rijen = (sql: string, params: unknown[] = []) => service.dataSource.query(sql.replaceAll('$schema', `"${schema()}"`), params);
  const tel = async (where: string, params: unknown[] = []) => (await rijen(`SELECT count(*)::int AS n FROM $schema.${where}`, params))[0].n as number;
  const tafelId = randomUUID();
  let signaalId: string;

  const afwijking = (stand: string): CloudEvent<AfwijkingGedetecteerdV1> =>
    createCloudEvent({
      type: AFWIJKING_GEDETECTEERD_V1,
      source: 'urn:nld:oin:00000000000000000000:systeem:koers-monitoring',
      regio: MLW,
      data: {
        regio: MLW,
        gemeente: 'GM0946',
        indicator: 'jeugdhulp-met-verblijf',
        indicatorNaam: 'Jongeren met jeugdhulp met verblijf',
        regel: 'verkeerde_kant_van_doel',
        toelichting: `De waarde over ${stand} is 1,9; het koersdoel is maximaal 1,4.`,
        laatstePeriode: stand,
        laatsteWaarde: 1.9,
        doelwaarde: 1.4,
        reeks: [{ periode: stand, waarde: 1.9 }],
        reeksStand: `${stand}=1.9`,
      },
    }) as CloudEvent<AfwijkingGedetecteerdV1>;
  const tafels = (type: string, data: object) => createCloudEvent({ type, source: 'urn:nld:oin:00000000000000000000:systeem:koers-tafels', regio: MLW, data });
  const gekoppeld = () => rijen(`SELECT payload FROM $schema.outbox WHERE type = 'nl.koers.signalen.afwijking.gekoppeld.v1' ORDER BY position`);

  beforeAll(async () => {
    monitoring = await startServiceProcess('monitoring', isolation);
    service = await startTestService(signalen, isolation, registerEnv(monitoring));
    await isolation.publish(afwijking('2025-Q3'));
    [{ id: signaalId }] = await eventually(async () => {
      const gevonden = await rijen(`SELECT id FROM $schema.signaal WHERE trend_sleutel = $1`, [SLEUTEL]);
      return gevonden.length ? gevonden : undefined;
    });
    // FIXTURE: consensus on the signal (its own steps are in levensloop.e2e-spec.ts); tafels' real fact then starts the table.
    await rijen(`UPDATE $schema.signaal SET status = 'consensus_bereikt' WHERE id = $1`, [signaalId]);
    await isolation.publish(tafels(TAFEL_GESTART_V1, { tafelId, regio: MLW, signaalId, gestartOp: new Date().toISOString() }));
    await eventually(async () => ((await rijen(`SELECT status FROM $schema.signaal WHERE id = $1`, [signaalId]))[0].status === 'tafel_gestart' ? true : undefined));
  });
  afterAll(async () => {
    await service?.stop();
    await monitoring?.stop();
  });

  it('attaches a deviation during the table to its signal and tells tafels, without figures; no second signal', async () => {
    const event = afwijking('2025-Q4');
    await isolation.publish(event);
    await eventually(async () => ((await tel(`signaal_afwijking WHERE signaal_id = $1`, [signaalId])) === 2 ? true : undefined));
    expect(await tel(`signaal WHERE trend_sleutel = $1`, [SLEUTEL])).toBe(1);
    const [{ payload }] = await gekoppeld();
    expect(payload).toMatchObject({ subject: signaalId, regio: MLW });
    expect(payload.data).toEqual({
      signaalId,
      tafelId,
      regio: MLW,
      afwijkingId: event.id,
      gemeente: 'GM0946',
      indicator: 'jeugdhulp-met-verblijf',
      regel: 'verkeerde_kant_van_doel',
      laatstePeriode: '2025-Q4',
      gekoppeldOp: expect.any(String),
    });
    const detail = await service.http().get(`/v1/signalen/${signaalId}`).auth(await tokenFor('gemeente.nederweert'), { type: 'bearer' });
    expect(detail.status).toBe(200);
    expect(detail.body.afwijkingen.map((a: { laatstePeriode: string }) => a.laatstePeriode)).toEqual(['2025-Q4', '2025-Q3']);
  });

  it('does nothing twice on a redelivery, through the bus or straight to the handler', async () => {
    const event = afwijking('2026-Q1');
    await isolation.publish(event);
    await eventually(async () => ((await gekoppeld()).length === 2 ? true : undefined));
    await isolation.publish(event);
    await service.dataSource.transaction((manager) => service.app.get(SignaalHandlers).afwijkingGedetecteerd(event, manager));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await gekoppeld()).toHaveLength(2);
    expect(await tel(`signaal_afwijking WHERE signaal_id = $1`, [signaalId])).toBe(3);
  });

  it('frees the trend once tafels closed the table, once: a later deviation opens a new signal', async () => {
    const afgerond = tafels(TAFEL_AFGEROND_V1, { tafelId, regio: MLW, signaalId, afgerondOp: '2027-06-01T10:00:00.000Z' });
    await isolation.publish(afgerond);
    await eventually(async () => ((await rijen(`SELECT tafel_afgerond_op FROM $schema.signaal WHERE id = $1`, [signaalId]))[0].tafel_afgerond_op ? true : undefined));
    // Redelivered, or sent again with a new id: the close stays as it was.
    await service.dataSource.transaction((manager) => service.app.get(SignaalHandlers).tafelAfgerond({ ...afgerond, id: randomUUID(), data: { ...afgerond.data, afgerondOp: '2027-07-01T10:00:00.000Z' } } as never, manager));
    expect((await rijen(`SELECT tafel_afgerond_op FROM $schema.signaal WHERE id = $1`, [signaalId]))[0].tafel_afgerond_op.toISOString()).toBe('2027-06-01T10:00:00.000Z');

    await isolation.publish(afwijking('2026-Q2'));
    await eventually(async () => ((await tel(`signaal WHERE trend_sleutel = $1`, [SLEUTEL])) === 2 ? true : undefined));
    const [nieuw] = await rijen(`SELECT id, status FROM $schema.signaal WHERE trend_sleutel = $1 AND id <> $2`, [SLEUTEL, signaalId]);
    expect(nieuw.status).toBe('ingediend');
    expect(await tel(`signaal_afwijking WHERE signaal_id = $1`, [nieuw.id])).toBe(1);
    expect(await gekoppeld()).toHaveLength(2);
  });

  it('refuses a close for a table that is not the signal’s (dead-lettered with the reason)', async () => {
    const vreemd = tafels(TAFEL_AFGEROND_V1, { tafelId: randomUUID(), regio: MLW, signaalId, afgerondOp: new Date().toISOString() });
    await expect(service.dataSource.transaction((manager) => service.app.get(SignaalHandlers).tafelAfgerond(vreemd as never, manager))).rejects.toThrow(/heeft geen koerstafel/);
  });
});
