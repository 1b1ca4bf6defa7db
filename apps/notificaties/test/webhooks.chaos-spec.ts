import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createCloudEvent, SIGNAAL_INGEDIEND_V1, SignaalIngediendV1 } from '@koers/contracts';
import { dropSchema, eventually, SmtpTestServer, TestIsolation, tokenFor, WebhookOntvanger } from '@koers/testing';

const ROOT = join(__dirname, '..', '..', '..');
const MLW = 'midden-limburg-west';
const EVENTS = 500;
const ABONNEMENTEN = 2;

/**
 * The service is stopped (SIGTERM, as Kubernetes does) in the middle of a burst and started again on
 * the same schema and queue. Every delivery is created in the inbox transaction of its event and
 * recorded after its POST, so every expected webhook arrives and none twice.
 * (startServiceProcess drops the schema on stop, so this test runs its own two processes.)
 */
describe('webhooks survive a restart during a burst', () => {
  const isolation = new TestIsolation();
  let ontvanger: WebhookOntvanger;
  let smtp: SmtpTestServer;
  let proces: Proces | undefined;

  beforeAll(async () => {
    [ontvanger, smtp] = await Promise.all([WebhookOntvanger.start(), SmtpTestServer.start()]);
  });
  afterAll(async () => {
    await proces?.stop();
    await Promise.all([dropSchema(isolation.schemaFor('notificaties')), isolation.release('notificaties')]);
    await Promise.all([ontvanger?.stop(), smtp?.stop()]);
  });

  it(`delivers every webhook of ${EVENTS} events exactly once across a stop and start`, async () => {
    const env = { NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN: 'true', NOTIFICATIES_WEBHOOK_POLL_MS: '50', NOTIFICATIES_SMTP_HOST: '127.0.0.1', NOTIFICATIES_SMTP_PORT: String(smtp.port), NOTIFICATIES_EMAIL_POLL_INTERVAL_MS: '100' };
    proces = await Proces.start(isolation, env);
    const token = await tokenFor('aanbieder.horizon');
    for (let i = 0; i < ABONNEMENTEN; i++) {
      const res = await fetch(`${proces.url}/v1/abonnementen`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ callbackUrl: ontvanger.url(`/systeem-${i}`), eventTypes: ['nl.koers.signalen.*'], regio: MLW }),
      });
      expect(res.status).toBe(201);
    }

    const events = Array.from({ length: EVENTS }, (_, i) => {
      const data: SignaalIngediendV1 = { signaalId: randomUUID(), regio: MLW, bron: 'partnerverzoek', titel: `Signaal ${i}`, gemeenten: ['GM0988'], indienerRol: 'aanbieder', ingediendOp: new Date().toISOString() };
      return createCloudEvent({ type: SIGNAAL_INGEDIEND_V1, source: 'urn:nld:oin:00000000000000000000:systeem:koers-test', regio: MLW, subject: data.signaalId, data });
    });
    const burst = isolation.publish(...events);
    await eventually(async () => (ontvanger.verzoeken.length >= 50 ? true : undefined), 30000, 10);
    const voorStop = ontvanger.verzoeken.length;
    await proces.stop();
    await burst;
    const tijdensStop = ontvanger.verzoeken.length;
    proces = await Proces.start(isolation, env);

    const verwacht = EVENTS * ABONNEMENTEN;
    await eventually(async () => (new Set(ontvanger.verzoeken.map((v) => v.headers['webhook-id'])).size >= verwacht ? true : undefined), 90000, 200);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for a late duplicate to show up
    const ids = ontvanger.verzoeken.map((v) => v.headers['webhook-id'] as string);
    const uniek = new Set(ids).size;
    const mails = smtp.ontvangen.map((o) => o.mail.messageId);
    console.log(
      `[webhooks chaos] events=${EVENTS} abonnementen=${ABONNEMENTEN} verwacht=${verwacht} ontvangen=${ids.length} uniek=${uniek} dubbel=${ids.length - uniek} ` +
        `(voor stop ${voorStop}, na stop ${tijdensStop}); e-mails ontvangen=${mails.length} uniek=${new Set(mails).size}`,
    );
    expect(uniek).toBe(verwacht);
    expect(ids.length - uniek).toBe(0);
    expect(new Set(mails).size).toBe(mails.length);
  }, 180000);
});

/** The notificaties service as its own process on the isolation's schema; stopping it leaves the schema alone. */
class Proces {
  private constructor(private readonly child: ChildProcess, readonly url: string, private readonly output: () => string) {}

  static async start(isolation: TestIsolation, env: Record<string, string>): Promise<Proces> {
    const port = await vrijePoort();
    isolation.claim('notificaties');
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/notificaties/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json', PORT: String(port), ...isolation.envFor('notificaties'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const proces = new Proces(child, `http://127.0.0.1:${port}`, () => output);
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`notificaties exited: ${output}`);
      return (await fetch(`${proces.url}/health/ready`).catch(() => undefined))?.ok ? true : undefined;
    }, 45000, 200);
    return proces;
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const kill = setTimeout(() => {
        this.child.kill('SIGKILL');
        reject(new Error(`no graceful stop within 20 s:\n${this.output().slice(-2000)}`));
      }, 20000);
      this.child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      this.child.kill('SIGTERM');
    });
  }
}

function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
