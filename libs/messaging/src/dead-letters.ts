import { Inject, Injectable } from '@nestjs/common';
import type { Channel, ConfirmChannel, GetMessage } from 'amqplib';
import type { DataSource } from 'typeorm';
import type { CloudEvent } from '@koers/contracts';
import { DATA_SOURCE } from '@koers/persistence';
import { BrokerConnection } from './broker-connection';
import { decodeEvent, republishOptions } from './envelope';
import { HandlerRegistry } from './handler-registry';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { ATTEMPT_HEADER, DEAD_LETTER_HEADERS, queueNames } from './topology';

export interface DeadLetter {
  eventId: string;
  type: string;
  regio: string | null;
  error: string;
  /** Handler attempts made before it was dead-lettered (0: never handled, e.g. a contract violation). */
  attempts: number;
  deadLetteredAt: string | null;
  /** The event, or null when the body is not a readable CloudEvent. */
  event: CloudEvent | null;
}

/** Longer than a quorum queue takes to return a message on a loaded machine; only a lost broker waits it out. */
const RETURN_WAIT_MS = 3000;

/**
 * Inspection and replay of this service's dead-letter queue. Both take the messages with `basic.get`
 * on a channel of their own: while they are held (unacked) other readers do not see them. `list`
 * returns them to the queue with one nack-requeue; RabbitMQ puts requeued messages back at their
 * original position where it can, so listing does not reorder the queue in practice. Because a held
 * message is invisible, the two run one at a time: a list during a replay (a page that refreshes
 * while its button is pressed) would otherwise miss what the other holds. In a process they queue up;
 * between the replicas of a service, which share the queue, a transaction-level advisory lock on the
 * queue's name in their shared database lets one at a time go (and is freed if the process dies).
 * A quorum queue takes a returned message back through its log, after the channel has said so: each
 * turn waits until the queue counts its messages again before it lets the next reader go.
 */
@Injectable()
export class DeadLetters {
  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly broker: BrokerConnection,
    private readonly registry: HandlerRegistry,
  ) {}

  private beurt: Promise<unknown> = Promise.resolve();

  get queue(): string {
    return queueNames(this.options).deadLetter;
  }

  private naElkaar<T>(werk: () => Promise<T>): Promise<T> {
    const metSlot = () => this.alleen(werk);
    const volgende = this.beurt.then(metSlot, metSlot);
    this.beurt = volgende.catch(() => undefined);
    return volgende;
  }

  /** Runs `werk` while no other replica of the service lists or replays this queue. */
  private alleen<T>(werk: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`koers.onbestelbaar.${this.queue}`]);
      return werk();
    });
  }

  list(limit = 100): Promise<DeadLetter[]> {
    return this.naElkaar(() => this.inspect(limit));
  }

  /** Moves the dead letters with these event ids (all when omitted) back to the service queue; returns how many. */
  replay(ids?: string[]): Promise<number> {
    return this.naElkaar(() => this.republish(ids));
  }

  private async inspect(limit: number): Promise<DeadLetter[]> {
    if (!this.hasQueues()) return [];
    const channel = (await this.broker.temporaryChannel(false)) as Channel;
    try {
      const { messages, held } = await this.take(channel, limit);
      if (messages.length) channel.nack(messages[messages.length - 1], true, true);
      await this.untilCounted(channel, held);
      return messages.map(describe);
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  private async republish(ids?: string[]): Promise<number> {
    if (!this.hasQueues()) return 0;
    const wanted = ids && new Set(ids);
    const channel = (await this.broker.temporaryChannel(true)) as ConfirmChannel;
    const names = queueNames(this.options);
    try {
      const { messages, held } = await this.take(channel, Number.MAX_SAFE_INTEGER);
      const replayed = messages.filter((m) => !wanted || wanted.has(describe(m).eventId));
      const kept = messages.filter((m) => !replayed.includes(m));
      for (const message of replayed) {
        const headers = { ...(message.properties.headers ?? {}) };
        for (const header of [...Object.values(DEAD_LETTER_HEADERS), ATTEMPT_HEADER, 'x-death']) delete headers[header];
        channel.sendToQueue(names.queue, message.content, republishOptions(message, headers));
      }
      if (replayed.length) await channel.waitForConfirms();
      for (const message of replayed) channel.ack(message);
      for (const message of kept) channel.nack(message, false, true);
      await this.untilCounted(channel, held - replayed.length);
      return replayed.length;
    } finally {
      await channel.close().catch(() => undefined);
    }
  }

  private hasQueues(): boolean {
    return this.registry.types().length > 0;
  }

  /** Gets up to `limit` messages without acking them; stops at what the queue held when it started (`held`). */
  private async take(channel: Channel, limit: number): Promise<{ messages: GetMessage[]; held: number }> {
    const { messageCount: held } = await channel.checkQueue(this.queue);
    const messages: GetMessage[] = [];
    while (messages.length < Math.min(limit, held)) {
      const message = await channel.get(this.queue, { noAck: false });
      if (!message) break;
      messages.push(message);
    }
    return { messages, held };
  }

  /** Waits (a bounded while) until the queue counts at least `expected` ready messages again. */
  private async untilCounted(channel: Channel, expected: number): Promise<void> {
    const until = Date.now() + RETURN_WAIT_MS;
    while ((await channel.checkQueue(this.queue)).messageCount < expected && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

function describe(message: GetMessage): DeadLetter {
  const headers = message.properties.headers ?? {};
  let event: CloudEvent | null = null;
  try {
    event = decodeEvent(message);
  } catch {
    event = null;
  }
  const text = (value: unknown) => (value === undefined || value === null ? null : Buffer.isBuffer(value) ? value.toString() : String(value));
  return {
    eventId: event?.id ?? message.properties.messageId ?? '',
    type: event?.type ?? message.properties.type ?? '',
    regio: event?.regio ?? null,
    error: text(headers[DEAD_LETTER_HEADERS.error]) ?? '',
    attempts: Number(headers[DEAD_LETTER_HEADERS.attempts] ?? 0),
    deadLetteredAt: text(headers[DEAD_LETTER_HEADERS.at]),
    event,
  };
}
