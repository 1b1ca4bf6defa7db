import type { BerichtOnbestelbaarV1, EventContract } from '@koers/contracts';
import type { KoersSettings } from '@koers/config';

export interface MessagingOptions {
  /** The service name: it names the queues (`<queuePrefix>.<service>`) and the consumer in its processed events. */
  service: string;
  broker: KoersSettings['broker'];
  /** CloudEvents `source` (a URN) of the events this service writes. */
  eventSource: string;
  /** Publish the outbox from this process (default true). A process with `relay: false` only writes and consumes. */
  relay?: boolean;
  /**
   * The fact this service publishes when it dead-letters an event of a region (default: its own
   * `nl.koers.<service>.bericht.onbestelbaar.v1` when the service is a Koers service; none otherwise).
   */
  onbestelbaar?: EventContract<BerichtOnbestelbaarV1>;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/** Tuning that services do not need to set; exported for the benchmark and tests. */
export const MESSAGING_TUNING = {
  /** Rows the relay publishes per confirm round. */
  relayBatchSize: 500,
  /** Safety-net poll of the outbox, in case a NOTIFY was missed (e.g. while the listener reconnected). */
  relayPollMs: 1000,
  /**
   * Batches handled at the same time, each in its own transaction. 1 keeps queue order within a
   * process; above 1 events are handled out of order (as with competing replicas), for throughput.
   */
  consumerConcurrency: 1,
  /** How long the consumer waits for more deliveries before it processes a batch. */
  consumerBatchWindowMs: 5,
  /** Published outbox rows are kept this long for inspection, then deleted by the relay. */
  outboxRetentionDays: 7,
  initialConnectAttempts: 6,
  reconnectMinMs: 250,
  reconnectMaxMs: 5000,
};
