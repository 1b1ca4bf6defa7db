import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { HttpMetrics } from '@koers/http';
import { ConsumerStats, EventConsumer, MessagingHealth } from '@koers/messaging';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';

const CONSUMER_COUNTERS: Array<[keyof ConsumerStats, string, string]> = [
  ['handled', 'koers_events_handled_total', 'Events whose handlers ran and committed'],
  ['duplicates', 'koers_events_duplicates_total', 'Deliveries already among the processed events, acked without effect'],
  ['retried', 'koers_events_retried_total', 'Failed deliveries sent to a retry queue'],
  ['deadLettered', 'koers_events_dead_lettered_total', 'Deliveries sent to the dead-letter queue'],
  ['unknown', 'koers_events_unknown_total', 'Deliveries of an event type this service has no handler for (acked)'],
];

/**
 * The event bus on /metrics, next to the HTTP metrics: what the consumer did, how much of the
 * outbox waits to be published, and whether the broker is connected — what regional IT alerts on.
 */
@Injectable()
export class MessagingMetrics {
  constructor(
    metrics: HttpMetrics,
    consumer: EventConsumer,
    health: MessagingHealth,
    @Inject(DATA_SOURCE) dataSource: DataSource,
  ) {
    const registers = [metrics.registry];
    for (const [stat, name, help] of CONSUMER_COUNTERS) {
      let reported = 0;
      new Counter({
        name,
        help,
        registers,
        collect() {
          const now = consumer.stats[stat];
          if (now > reported) this.inc(now - reported);
          reported = now;
        },
      });
    }
    const schema = schemaOf(dataSource);
    new Gauge({
      name: 'koers_outbox_unpublished',
      help: 'Outbox events not yet confirmed by the broker',
      registers,
      async collect() {
        const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`);
        this.set(n);
      },
    });
    new Gauge({
      name: 'koers_broker_connected',
      help: '1 while the connection to RabbitMQ is up',
      registers,
      collect() {
        this.set(health.isConnected() ? 1 : 0);
      },
    });
  }
}
