import { ServiceUnavailableException } from '@nestjs/common';
import type { MessagingHealth } from '@koers/messaging';
import type { DataSource } from 'typeorm';
import { HealthController } from './health.controller';
import { Afsluiting } from './shutdown';

describe('HealthController readiness', () => {
  const database = { query: async () => [{ '?column?': 1 }] } as unknown as DataSource;
  const broker = { isConnected: () => true } as unknown as MessagingHealth;

  it('is up with its database and broker while the service runs', async () => {
    expect(await new HealthController(database, broker, new Afsluiting()).ready()).toEqual({ status: 'up', checks: { database: true, broker: true } });
  });

  it('answers 503 once the service is stopping, so no new traffic is routed to it; liveness stays up', async () => {
    const afsluiting = new Afsluiting();
    const health = new HealthController(database, broker, afsluiting);
    afsluiting.begin();
    await expect(health.ready()).rejects.toThrow(new ServiceUnavailableException('Niet gereed: de dienst stopt'));
    expect(health.live()).toEqual({ status: 'up' });
  });
});
