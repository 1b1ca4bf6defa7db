import * as amqplib from 'amqplib';
import { randomBytes } from 'node:crypto';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/koers_test';

/** Names that belong to one test file only, so parallel runs never see each other's data or events. */
export class TestIsolation {
  readonly id = randomBytes(4).toString('hex');
  readonly exchange = `koers.test.${this.id}`;
  readonly queuePrefix = `koers-test.${this.id}`;
  private readonly retryDelaysMs = [200, 500];
  private readonly started = new Set<string>();

  schemaFor(service: string): string {
    return `test_${this.id}_${service}`;
  }

  /** The settings that put a service in this isolation: its schema, exchange and queues, short retries. */
  envFor(service: string): Record<string, string> {
    return {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: this.schemaFor(service),
      AMQP_EXCHANGE: this.exchange,
      AMQP_QUEUE_PREFIX: this.queuePrefix,
      AMQP_RETRY_DELAYS_MS: this.retryDelaysMs.join(','),
      DATABASE_POOL_SIZE: '4',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    };
  }

  /**
   * Publishes messages as another system would: straight onto this isolation's exchange, routed by
   * their `type`, in CloudEvents structured mode, with publisher confirms. No outbox, no checks —
   * so tests can also send what a careful sender never would (duplicates, broken contracts).
   */
  async publish(...events: Array<{ type: string }>): Promise<void> {
    const connection = await amqplib.connect(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
    try {
      const channel = await connection.createConfirmChannel();
      for (const event of events) {
        channel.publish(this.exchange, event.type, Buffer.from(JSON.stringify(event)), { persistent: true, contentType: 'application/cloudevents+json' });
      }
      await channel.waitForConfirms();
    } finally {
      await connection.close();
    }
  }

  /** Call when a service of this isolation starts, so its broker resources are removed when it stops. */
  claim(service: string): void {
    this.started.add(service);
  }

  /**
   * Deletes the queues of a stopped service (named as libs/messaging names them) and, when it was
   * the last one running, the exchange — so test runs leave nothing behind on the broker.
   */
  async release(service: string): Promise<void> {
    this.started.delete(service);
    const connection = await amqplib.connect(process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
    try {
      const channel = await connection.createChannel();
      const queue = `${this.queuePrefix}.${service}.quorum`;
      for (const name of [queue, ...this.retryDelaysMs.map((_, n) => `${queue}.retry.${n}`), `${queue}.dead-letter`]) {
        await channel.deleteQueue(name);
      }
      if (this.started.size === 0) await channel.deleteExchange(this.exchange);
    } finally {
      await connection.close();
    }
  }
}

/** Refuses to touch a database that is not a test database: e2e tests drop schemas. */
export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!name.endsWith('_test')) {
    throw new Error(`Refusing to run tests against database "${name}": its name must end in _test`);
  }
}
