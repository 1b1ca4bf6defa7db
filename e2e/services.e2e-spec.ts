import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { startServiceProcess, TEST_DATABASE_URL, TestIsolation } from '@koers/testing';

const SERVICES = ['signalen', 'tafels', 'pilots', 'consent', 'monitoring', 'notificaties'];

describe('the six services, each as its own process', () => {
  const isolation = new TestIsolation();

  it.each(SERVICES)('%s boots, migrates its own schema, is ready and publishes OpenAPI', async (service) => {
    const running = await startServiceProcess(service, isolation);
    try {
      await running.http().get('/health/live').expect(200);
      const ready = await running.http().get('/health/ready').expect(200);
      expect(ready.body).toEqual({ status: 'up', checks: { database: true, broker: true } });
      expect(await tablesOf(running.schema)).toEqual(expect.arrayContaining(['migrations', 'outbox', 'verwerkte_events']));
      const openapi = await running.http().get('/v1/openapi.json').expect(200);
      expect(openapi.body.info.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(openapi.body.info.contact).toEqual(expect.objectContaining({ email: expect.any(String) }));
      expect(openapi.headers['api-version']).toBe(openapi.body.info.version);
      expect(openapi.headers['access-control-allow-origin']).toBe('*');
      const metrics = await running.http().get('/metrics').expect(200);
      expect(metrics.text).toMatch(/^koers_broker_connected\{service="[a-z]+"\} 1$/m);
      expect(metrics.text).toMatch(/^koers_outbox_unpublished\{service="[a-z]+"\} 0$/m);
      expect(metrics.text).toContain('http_server_request_duration_seconds_bucket');
      const logLine = running.output().split('\n').find((line) => line.startsWith('{'));
      if (logLine) expect(JSON.parse(logLine)).toMatchObject({ service, level: expect.any(String) });
    } finally {
      await running.stop();
    }
  });

  it('stops at once with a message naming a missing or invalid setting', () => {
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/tafels/src/main.ts'],
      {
        cwd: join(__dirname, '..'),
        env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json', AMQP_URL: 'http://not-a-broker' },
        encoding: 'utf8',
        timeout: 30000,
      },
    );
    expect(run.status).toBe(78);
    const lastLine = run.stderr.trim().split('\n').pop() ?? '';
    expect(JSON.parse(lastLine)).toMatchObject({ level: 'fatal', setting: 'AMQP_URL' });
  });
});

async function tablesOf(schema: string): Promise<string[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema]);
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}
