import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventually, ServiceProcess, startServiceProcess, TestIsolation } from '@koers/testing';

const rabbitmqctl = (...args: string[]) => promisify(execFile)('rabbitmqctl', args, { timeout: 60000 });

/**
 * Readiness means "database and broker reachable": with the broker stopped a service stays alive
 * but says it is not ready (so Kubernetes stops sending it traffic), and it recovers by itself.
 */
describe('readiness follows the broker', () => {
  const isolation = new TestIsolation();
  let service: ServiceProcess;

  beforeAll(async () => {
    service = await startServiceProcess('notificaties', isolation);
  });
  afterAll(async () => {
    await rabbitmqctl('start_app').catch(() => undefined);
    await service?.stop();
  });

  it('reports not ready (503, naming the broker) while RabbitMQ is down, and ready again after it returns', async () => {
    await rabbitmqctl('stop_app');
    try {
      const nietGereed = await eventually(async () => {
        const res = await service.http().get('/health/ready');
        return res.status === 503 ? res : undefined;
      }, 20000);
      expect(nietGereed.headers['content-type']).toContain('application/problem+json');
      expect(nietGereed.body.detail).toContain('broker');
      await service.http().get('/health/live').expect(200);
    } finally {
      await rabbitmqctl('start_app');
      await rabbitmqctl('await_startup');
    }
    const gereed = await eventually(async () => {
      const res = await service.http().get('/health/ready');
      return res.status === 200 ? res.body : undefined;
    }, 30000);
    expect(gereed).toEqual({ status: 'up', checks: { database: true, broker: true } });
    console.log('[readiness] broker down → 503 not ready, live 200; broker back → ready');
  });
});
