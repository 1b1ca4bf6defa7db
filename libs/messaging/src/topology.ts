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

export function queueNames(options: Pick<MessagingOptions, 'service' | 'broker'>): QueueNames {
  const queue = `${options.broker.queuePrefix}.${options.service}`;
  return {
    queue,
    retry: options.broker.retryDelaysMs.map((_, n) => `${queue}.retry.${n}`),
    deadLetter: `${queue}.dead-letter`,
  };
}

export async function assertExchange(channel: Channel, exchange: string): Promise<void> {
  await channel.assertExchange(exchange, 'topic', { durable: true });
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
  await channel.assertQueue(names.queue, { durable: true });
  for (const type of eventTypes) await channel.bindQueue(names.queue, options.broker.exchange, type);
  for (const [n, name] of names.retry.entries()) {
    await channel.assertQueue(name, {
      durable: true,
      arguments: {
        'x-message-ttl': options.broker.retryDelaysMs[n],
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': names.queue,
      },
    });
  }
  await channel.assertQueue(names.deadLetter, { durable: true });
  return names;
}
