import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { assertTestDatabase, TEST_DATABASE_URL, TestIsolation } from './test-isolation';

const ROOT = join(__dirname, '..', '..', '..');

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServiceProcess {
  service: string;
  url: string;
  schema: string;
  http: () => ReturnType<typeof request>;
  output: () => string;
  /**
   * Sends the process a signal, as an operator or the kernel would: SIGKILL or SIGTERM resolve once
   * it is gone (its schema stays, so another process can take over), with how it ended; SIGSTOP and
   * SIGCONT at once.
   */
  kill(signal: NodeJS.Signals): Promise<ProcessExit | undefined>;
  stop(): Promise<void>;
}

/**
 * Runs a service the way production does — its own process started from main.ts — in the test's
 * own schema, exchange and queues, and waits until it is ready. For cross-service suites.
 */
export async function startServiceProcess(
  service: string,
  isolation: TestIsolation,
  env: Record<string, string> = {},
): Promise<ServiceProcess> {
  assertTestDatabase(TEST_DATABASE_URL);
  const port = await freePort();
  const schema = isolation.schemaFor(service);
  isolation.claim(service);
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${service}/src/main.ts`],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_PROJECT: 'tsconfig.json',
        PORT: String(port),
        ...isolation.envFor(service),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, child, () => output);
  return {
    service,
    url,
    schema,
    http: () => request(url),
    output: () => output,
    async kill(signal) {
      const exited = new Promise<ProcessExit>((resolve) =>
        child.exitCode !== null || child.signalCode !== null
          ? resolve({ code: child.exitCode, signal: child.signalCode })
          : child.once('exit', (code, ended) => resolve({ code, signal: ended })),
      );
      child.kill(signal);
      return signal === 'SIGSTOP' || signal === 'SIGCONT' ? undefined : exited;
    },
    async stop() {
      await terminate(child);
      await Promise.all([dropSchema(schema), isolation.release(service)]);
    },
  };
}

/**
 * The settings that point signalen and notificaties at a running monitoring, the owner of the region
 * register they copy when they start (start monitoring first).
 */
export function registerEnv(monitoring: Pick<ServiceProcess, 'url'>): Record<string, string> {
  return { SIGNALEN_MONITORING_URL: monitoring.url, NOTIFICATIES_MONITORING_URL: monitoring.url };
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 45000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await terminate(child);
  throw new Error(`service at ${url} not ready within ${timeoutMs} ms:\n${output()}`);
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * A port for a child service. Not an OS-chosen ephemeral port: between closing the probe and the
 * child binding it, another test's child could be handed the same one and answer our readiness
 * check. Each Jest worker gets its own block of ports instead, used in turn, skipping busy ones.
 */
const PORT_BLOCK = 500;
// KOERS_TEST_PORT_BASE moves the blocks, for two test runs side by side on one machine.
const portBlockStart = Number(process.env.KOERS_TEST_PORT_BASE ?? 21000) + (Number(process.env.JEST_WORKER_ID ?? 1) - 1) * PORT_BLOCK;
let nextPort = portBlockStart;

async function freePort(): Promise<number> {
  for (let tried = 0; tried < PORT_BLOCK; tried++) {
    const port = nextPort;
    nextPort = portBlockStart + ((nextPort - portBlockStart + 1) % PORT_BLOCK);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${portBlockStart}–${portBlockStart + PORT_BLOCK - 1}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
