import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CommitGate, registerEnv, serviceAccountToken, ServiceProcess, startServiceProcess, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';

/** A unique word without digits: a UUID in free text can look like a BSN or a phone number to the personal-data check. */
const uniekWoord = () => randomUUID().replace(/[^a-f]/g, '');

const MLW = 'midden-limburg-west';

/**
 * The answer of a request lost with its process: signalen commits a signal and is killed before it
 * can answer. The provider's system retries with the same Idempotency-Key and must get the first
 * answer from the restarted service — one signal, not two.
 */
describe('a service process killed between commit and answer', () => {
  const isolation = new TestIsolation();
  const processen: ServiceProcess[] = [];
  let monitoring: ServiceProcess;
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  beforeAll(async () => {
    await db.connect();
    monitoring = await startServiceProcess('monitoring', isolation);
  });
  afterAll(async () => {
    await processen.at(-1)?.stop();
    await monitoring?.stop();
    await db.end();
  });

  const signalenMetTitel = async (schema: string, titel: string) =>
    (await db.query<{ id: string }>(`SELECT id FROM "${schema}".signaal WHERE titel = $1`, [titel])).rows.map((rij) => rij.id);

  it('gives the retry with the same key the first answer after a restart, and the signal exists once', async () => {
    const eerste = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    processen.push(eerste);
    const titel = `Na een crash ${uniekWoord()}`;
    const body = { regio: MLW, bron: 'partnerverzoek', titel, omschrijving: 'Jongeren in Weert wachten langer dan twaalf weken op een intake.', gemeenten: ['GM0988'] };
    const sleutel = randomUUID();
    // A provider's system, as in the README: client credentials.
    const token = await serviceAccountToken('systeem-zorggroep-horizon', process.env.KOERS_HORIZON_CLIENT_SECRET ?? 'dev-only-horizon-secret');
    const stuur = (service: ServiceProcess) => service.http().post('/v1/signalen').auth(token, { type: 'bearer' }).set('Idempotency-Key', sleutel).send(body);

    const poort = await CommitGate.install(eerste.schema, 'signaal', `NEW.titel = '${titel}'`);
    let verloren: unknown;
    try {
      const verzoek = stuur(eerste).then(
        (res) => res,
        (error: unknown) => (verloren = error),
      );
      await poort.held();
      // Frozen in its COMMIT: the process cannot hear that the commit succeeded, so it never answers.
      await eerste.kill('SIGSTOP');
      await poort.open();
      const [id] = await waitFor(() => signalenMetTitel(eerste.schema, titel));
      await eerste.kill('SIGKILL');
      await verzoek;
      expect(id).toBeDefined();
    } finally {
      await poort.remove();
    }
    expect(String(verloren)).toMatch(/socket hang up|ECONNRESET/);

    const tweede = await startServiceProcess('signalen', isolation, registerEnv(monitoring));
    processen.push(tweede);
    const retry = await stuur(tweede);
    const opgeslagen = await signalenMetTitel(tweede.schema, titel);
    console.log(`[idempotency] killed after commit: retry status=${retry.status} replayed=${retry.headers['idempotency-replayed']} signals=${opgeslagen.length}`);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(retry.body).toMatchObject({ id: opgeslagen[0], titel, status: 'ingediend' });
    expect(opgeslagen).toHaveLength(1);
  });
});

async function waitFor<T>(probe: () => Promise<T[]>, timeoutMs = 15000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const rows = await probe();
    if (rows.length) return rows;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`nothing committed within ${timeoutMs} ms`);
}
