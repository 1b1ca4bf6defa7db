import type { Channel } from 'amqplib';
import type { MessagingOptions } from './messaging.options';

/** Header with the number of failed attempts so far; absent on a first delivery. */
export const ATTEMPT_HEADER = 'x-koers-attempt';
export const DEAD_LETTER_HEADERS = {
  error: 'x-koers-error',
  attempts: 'x-koers-attempts',
  service: 'x-koers-service',
  at: 'x-koers-dead-lettered-at',
} as const;

export interface QueueNames {
  queue: string;
  retry: string[];
  deadLetter: string;
}

/**
 * Quorum queues, replicated over the broker's nodes. A broker refuses to redeclare a queue with
 * another type, so they are named anew (`.quorum`): the classic queues `<prefix>.<service>` of
 * earlier releases are drained and deleted as deploy/README.md says.
 */
export function queueNames(options: Pick<MessagingOptions, 'service' | 'broker'>): QueueNames {
  const queue = `${options.broker.queuePrefix}.${options.service}.quorum`;
  return {
    queue,
    retry: options.broker.retryDelaysMs.map((_, n) => `${queue}.retry.${n}`),
    deadLetter: `${queue}.dead-letter`,
  };
}

const QUORUM = { 'x-queue-type': 'quorum' } as const;
/**
 * Dead-lettering by the broker is at most once unless asked otherwise; at least once needs the
 * queue to refuse publishes when full rather than drop its head.
 */
const DEAD_LETTER_SAFELY = { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } as const;
/**
 * A quorum queue counts redeliveries and (from RabbitMQ 4.0, by default after 20) drops a message
 * redelivered more often. Koers requeues a batch it could not commit, and lists dead letters by
 * requeueing them: the limits are high, and the service queue dead-letters what passes its limit
 * instead of dropping it.
 */
const SERVICE_QUEUE_DELIVERY_LIMIT = 100;
const DEAD_LETTER_QUEUE_DELIVERY_LIMIT = 1000;

export async function assertExchange(channel: Channel, exchange: string): Promise<void> {
  await channel.assertExchange(exchange, 'topic', { durable: true });
}

/** Every queue of a service with the arguments it is declared with, in declaration order. */
export function queueDeclarations(options: Pick<MessagingOptions, 'service' | 'broker'>): Array<{ name: string; arguments: Record<string, unknown> }> {
  const names = queueNames(options);
  const backTo = (queue: string) => ({ 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': queue });
  return [
    { name: names.queue, arguments: { ...QUORUM, ...DEAD_LETTER_SAFELY, 'x-delivery-limit': SERVICE_QUEUE_DELIVERY_LIMIT, ...backTo(names.deadLetter) } },
    ...names.retry.map((name, n) => ({
      name,
      arguments: { ...QUORUM, ...DEAD_LETTER_SAFELY, 'x-message-ttl': options.broker.retryDelaysMs[n], ...backTo(names.queue) },
    })),
    { name: names.deadLetter, arguments: { ...QUORUM, 'x-delivery-limit': DEAD_LETTER_QUEUE_DELIVERY_LIMIT } },
  ];
}

/**
 * The service queue bound to every event type it handles, one retry queue per delay (messages wait
 * out their TTL there and are dead-lettered back into the service queue through the default
 * exchange), and the dead-letter queue where messages that keep failing are kept for inspection.
 */
export async function assertConsumerTopology(
  channel: Channel,
  options: Pick<MessagingOptions, 'service' | 'broker'>,
  eventTypes: string[],
): Promise<QueueNames> {
  const names = queueNames(options);
  await assertExchange(channel, options.broker.exchange);
  for (const queue of queueDeclarations(options)) await channel.assertQueue(queue.name, { durable: true, arguments: queue.arguments });
  for (const type of eventTypes) await channel.bindQueue(names.queue, options.broker.exchange, type);
  return names;
}
