import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSchema, TestIsolation } from '@koers/testing';

const ROOT = join(__dirname, '..', '..');

/**
 * The runtime stage of the Dockerfile, without Docker: the production build (`tsc -p
 * tsconfig.build.json`) in a directory of its own, started as the ENTRYPOINT starts it — plain
 * `node dist/apps/main.js`, no ts-node, no loader flag, NODE_ENV=production.
 */
describe('the image’s dist layout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-image-'));
  const isolation = new TestIsolation();
  const schema = isolation.schemaFor('pilots');
  const env = { ...process.env, ...isolation.envFor('pilots'), NODE_ENV: 'production', LOG_LEVEL: 'info' };
  const started: ChildProcess[] = [];
  const run = (args: string[], extra: Record<string, string> = {}) => {
    const child = spawn(process.execPath, ['dist/apps/main.js', ...args], { cwd: dir, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, exited, output: () => output };
  };

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(dir, 'dist')], { stdio: 'inherit' });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }, 300_000);
  afterAll(async () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    await dropSchema(schema);
    await isolation.release('pilots');
  });

  it('migrates as a step (check 1 before, 0 after), then serves without migrating on start and stops on SIGTERM with 0', async () => {
    expect(await run(['pilots', 'migrate', '--check']).exited).toBe(1);
    expect(await run(['pilots', 'migrate']).exited).toBe(0);
    expect(await run(['migrate', '--check'], { KOERS_SERVICE: 'pilots' }).exited).toBe(0);

    isolation.claim('pilots');
    const port = String(Number(process.env.KOERS_TEST_PORT_BASE ?? 21000) + 499);
    const service = run(['pilots'], { PORT: port });
    for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then((res) => res.ok, () => false);
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(service.output()).toMatch(/listening on/);
    expect(service.output()).not.toMatch(/applied migrations/);
    service.child.kill('SIGTERM');
    const kill = setTimeout(() => service.child.kill('SIGKILL'), 30_000);
    const code = await service.exited;
    clearTimeout(kill);
    expect({ code, output: service.output() }).toEqual({ code: 0, output: expect.stringMatching(/"msg":"stopped"/) });
  }, 180_000);
});
