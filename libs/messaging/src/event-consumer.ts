import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import {
  assertEventData,
  childTraceparent,
  CloudEvent,
  ContractViolation,
  isKnownEventType,
  runWithTraceparent,
} from '@koers/contracts';
import { Weigering } from '@koers/domain';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { BrokerConnection, sleep } from './broker-connection';
import { assertRegioKlopt, attemptOf, decodeEvent, MalformedMessage, RegioMismatch, republishOptions } from './envelope';
import { HandlerRegistry, RegisteredHandler } from './handler-registry';
import { MESSAGING_OPTIONS, MESSAGING_TUNING, MessagingOptions } from './messaging.options';
import { OnbestelbaarMelding } from './onbestelbaar-melding';
import { OutboxWriter } from './outbox-writer';
import { ProcessedEvents } from './processed-events';
import { assertConsumerTopology, ATTEMPT_HEADER, DEAD_LETTER_HEADERS, QueueNames } from './topology';

interface Work {
  message: ConsumeMessage;
  event: CloudEvent;
  handlers: RegisteredHandler[];
  attempts: number;
}

/** Counters since start, for tests, benchmarks and metrics. */
export interface ConsumerStats {
  handled: number;
  /** Redeliveries and duplicates found among the processed events and acked without running the handler. */
  duplicates: number;
  retried: number;
  deadLettered: number;
  unknown: number;
  batches: number;
}

interface Handled {
  failures: Map<Work, unknown>;
  duplicates: number;
}

type Outcome =
  | { message: ConsumeMessage; route: 'ack' }
  | { message: ConsumeMessage; route: 'retry' | 'dead'; error: unknown; attempts: number; event?: CloudEvent };

/** A handler threw: the message failed, the infrastructure did not. */
class HandlerFailed extends Error {
  constructor(readonly work: Work, override readonly cause: unknown) {
    super(String(cause));
  }
}

const BROKER_HEADERS = ['x-death', 'x-first-death-exchange', 'x-first-death-queue', 'x-first-death-reason', 'x-last-death-exchange', 'x-last-death-queue', 'x-last-death-reason'];

/**
 * Consumes the service queue in small batches: every delivered message of a batch is handled in ONE
 * database transaction (its processed-event row and its effects), the transaction commits, and only then are
 * the messages acked. A redelivery after a crash finds its processed-event row and is acked without effect.
 *
 * The happy path runs the batch without savepoints (a savepoint per message costs round trips and,
 * past 64 subtransactions, slows every session of the database). When a handler throws, the batch is
 * rolled back and redone with a SAVEPOINT per message, so only the failing message is rolled back;
 * after commit it goes to its retry queue or, after the last retry, to the dead-letter queue.
 */
@Injectable()
export class EventConsumer {
  private readonly logger = new Logger('Messaging');
  private readonly processed: ProcessedEvents;
  private readonly onbestelbaar: OnbestelbaarMelding;
  private enabled = false;
  private stopping = false;
  private channel?: ConfirmChannel;
  private consumerTag?: string;
  private names?: QueueNames;
  private pending: ConsumeMessage[] = [];
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<void>>();
  /** Delivery tags handed to a batch and not yet settled, to know when a multiple-ack is safe. */
  private unsettled = new Set<number>();
  readonly stats: ConsumerStats = { handled: 0, duplicates: 0, retried: 0, deadLettered: 0, unknown: 0, batches: 0 };

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly broker: BrokerConnection,
    private readonly registry: HandlerRegistry,
    outbox: OutboxWriter,
  ) {
    this.processed = new ProcessedEvents(schemaOf(dataSource), options.service);
    this.onbestelbaar = new OnbestelbaarMelding(dataSource, outbox, options);
    broker.onConnected(() => this.attach());
    broker.onDisconnected(() => this.detach());
  }

  /** Consume from the next connection on, if any handler was discovered. */
  enable(): void {
    this.enabled = this.registry.types().length > 0;
    this.stopping = false;
  }

  /**
   * Stop taking deliveries (the consumer is cancelled) and let the batches in flight commit and ack;
   * no new batch starts, so deliveries received but not yet handled stay unacked and return to the
   * queue when the channel closes, for the next process.
   */
  async stop(): Promise<void> {
    this.enabled = false;
    this.stopping = true;
    const channel = this.channel;
    if (channel && this.consumerTag) await channel.cancel(this.consumerTag).catch(() => undefined);
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
    this.pending = [];
  }

  private get maxBatch(): number {
    // Half the prefetch: while one half is being handled the broker can deliver the other half.
    return Math.max(1, Math.ceil(this.options.broker.prefetch / 2));
  }

  private async attach(): Promise<void> {
    if (!this.enabled) return;
    const channel = await this.broker.channel(true);
    this.names = await assertConsumerTopology(channel, this.options, this.registry.types());
    await channel.prefetch(this.options.broker.prefetch);
    this.channel = channel;
    this.pending = [];
    this.unsettled = new Set();
    const { consumerTag } = await channel.consume(this.names.queue, (message) => message && this.receive(channel, message), {
      noAck: false,
    });
    this.consumerTag = consumerTag;
    this.logger.log({ queue: this.names.queue, eventTypes: this.registry.types() }, 'consuming');
  }

  private detach(): void {
    // Deliveries of a lost channel are redelivered by the broker; the processed events absorb the duplicates.
    this.channel = undefined;
    this.consumerTag = undefined;
    this.pending = [];
    this.unsettled = new Set();
  }

  private receive(channel: ConfirmChannel, message: ConsumeMessage): void {
    if (channel !== this.channel) return;
    this.pending.push(message);
    this.schedule();
  }

  /**
   * Starts a batch when the backlog fills one, or when a batch finishes and deliveries are waiting;
   * an idle consumer waits a few ms first so that a burst becomes one transaction, not many.
   */
  private schedule(): void {
    if (this.stopping || this.timer || this.pending.length === 0 || this.inFlight.size >= MESSAGING_TUNING.consumerConcurrency) return;
    if (this.pending.length >= this.maxBatch) return this.flush();
    if (this.inFlight.size > 0) return; // the batch in flight picks these up when it finishes
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, MESSAGING_TUNING.consumerBatchWindowMs);
  }

  private flush(): void {
    const channel = this.channel;
    if (this.stopping || !channel || this.pending.length === 0 || this.inFlight.size >= MESSAGING_TUNING.consumerConcurrency) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending.splice(0, this.maxBatch);
    for (const message of batch) this.unsettled.add(message.fields.deliveryTag);
    const done: Promise<void> = this.process(channel, batch)
      .catch((error) => this.logger.error({ error: String(error), messages: batch.length }, 'batch failed'))
      .finally(() => {
        this.inFlight.delete(done);
        if (this.channel === channel) for (const message of batch) this.unsettled.delete(message.fields.deliveryTag);
        if (this.pending.length) this.flush();
        this.schedule();
      });
    this.inFlight.add(done);
    this.schedule();
  }

  private async process(channel: ConfirmChannel, batch: ConsumeMessage[]): Promise<void> {
    const outcomes: Outcome[] = [];
    const work: Work[] = [];
    for (const message of batch) {
      const classified = this.classify(message);
      if ('route' in classified) outcomes.push(classified);
      else work.push(classified);
    }
    let failures: Map<Work, unknown>;
    let duplicates = 0;
    try {
      ({ failures, duplicates } = work.length ? await this.handle(work) : { failures: new Map(), duplicates: 0 });
    } catch (error) {
      // The database, not a handler, failed: nothing committed. Back off, then hand the batch back.
      this.logger.error({ error: String(error), messages: batch.length }, 'handler transaction failed; requeueing batch');
      await sleep(1000);
      this.settle(channel, batch, (message) => channel.nack(message, false, true));
      return;
    }
    this.stats.batches++;
    this.stats.duplicates += duplicates;
    this.stats.handled += work.length - failures.size - duplicates;
    for (const item of work) {
      const error = failures.get(item);
      if (error === undefined) outcomes.push({ message: item.message, route: 'ack' });
      else {
        const attempts = item.attempts + 1;
        // A refusal is the use case's answer, not a failure: asking again gives the same answer.
        const route = !(error instanceof Weigering) && attempts <= this.options.broker.retryDelaysMs.length ? 'retry' : 'dead';
        this.logger.warn({ eventId: item.event.id, type: item.event.type, attempts, error: String(error) }, `handler failed; ${route === 'retry' ? 'retrying' : 'dead-lettering'}`);
        outcomes.push({ message: item.message, route, error, attempts, event: item.event });
      }
    }
    try {
      await this.route(channel, outcomes);
      await this.meldOnbestelbaar(outcomes);
    } catch (error) {
      // Retry/dead-letter publish not confirmed, or the region not told: hand the batch back (handled ones are among the processed events).
      this.logger.error({ error: String(error), messages: batch.length }, 'could not route failed messages; requeueing batch');
      await sleep(1000);
      this.settle(channel, batch, (message) => channel.nack(message, false, true));
      return;
    }
    this.ack(channel, batch);
  }

  private classify(message: ConsumeMessage): Work | Outcome {
    const attempts = attemptOf(message, ATTEMPT_HEADER);
    let event: CloudEvent;
    try {
      event = decodeEvent(message);
    } catch (error) {
      this.logger.error({ messageId: message.properties.messageId, error: String(error) }, 'unreadable message dead-lettered');
      return { message, route: 'dead', error, attempts };
    }
    const handlers = this.registry.handlersFor(event.type);
    if (!handlers.length || !isKnownEventType(event.type)) {
      this.logger.warn({ eventId: event.id, type: event.type }, 'unknown event type acked');
      this.stats.unknown++;
      return { message, route: 'ack' };
    }
    try {
      assertEventData(event.type, event.data);
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      this.logger.error({ eventId: event.id, type: event.type, error: error.message }, 'contract violation dead-lettered');
      return { message, route: 'dead', error, attempts, event };
    }
    try {
      assertRegioKlopt(event);
    } catch (error) {
      this.logger.error({ eventId: event.id, type: event.type, error: String(error) }, 'regio mismatch dead-lettered');
      return { message, route: 'dead', error, attempts, event };
    }
    return { message, event, handlers, attempts };
  }

  /** Handles the batch in one transaction; returns the messages whose handler failed (rolled back). */
  private async handle(work: Work[]): Promise<Handled> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const result = await this.handleOptimistically(runner, work);
      if (!(result instanceof HandlerFailed)) return { failures: new Map(), duplicates: result };
      return await this.handleWithSavepoints(runner, work, result);
    } finally {
      await runner.release();
    }
  }

  /** Returns the number of duplicates, or the first handler failure (everything rolled back). */
  private async handleOptimistically(runner: QueryRunner, work: Work[]): Promise<number | HandlerFailed> {
    await runner.startTransaction();
    try {
      const fresh = await this.processed.claim(runner, work.map((item) => item.event.id));
      let duplicates = 0;
      for (const item of work) {
        if (fresh.delete(item.event.id)) await this.runHandlers(item, runner.manager);
        else duplicates++; // already handled (or twice in this batch)
      }
      await runner.commitTransaction();
      return duplicates;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (error instanceof HandlerFailed) return error;
      throw error;
    }
  }

  private async handleWithSavepoints(runner: QueryRunner, work: Work[], known: HandlerFailed): Promise<Handled> {
    const failures = new Map<Work, unknown>([[known.work, known.cause]]);
    let duplicates = 0;
    await runner.startTransaction();
    try {
      for (const item of work) {
        if (item === known.work) continue; // no need to fail it twice
        await runner.query('SAVEPOINT koers_event');
        try {
          if ((await this.processed.claim(runner, [item.event.id])).size) await this.runHandlers(item, runner.manager);
          else duplicates++;
          await runner.query('RELEASE SAVEPOINT koers_event');
        } catch (error) {
          if (!(error instanceof HandlerFailed)) throw error;
          await runner.query('ROLLBACK TO SAVEPOINT koers_event');
          failures.set(item, error.cause);
        }
      }
      await runner.commitTransaction();
      return { failures, duplicates };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    }
  }

  private async runHandlers(item: Work, manager: EntityManager): Promise<void> {
    for (const handler of item.handlers) {
      try {
        await runWithTraceparent(item.event.traceparent ?? childTraceparent(undefined), () => handler.handle(item.event, manager));
      } catch (error) {
        throw new HandlerFailed(item, error);
      }
    }
  }

  /** Republishes failed messages to their retry queue or the dead-letter queue and waits for the confirms. */
  private async route(channel: ConfirmChannel, outcomes: Outcome[]): Promise<void> {
    const names = this.names;
    if (!outcomes.some((o) => o.route !== 'ack')) return;
    if (!names) throw new Error('consumer topology not declared');
    let published = 0;
    for (const outcome of outcomes) {
      if (outcome.route === 'ack') continue;
      const { message, error, attempts } = outcome;
      const headers = { ...(message.properties.headers ?? {}) };
      for (const header of BROKER_HEADERS) delete headers[header];
      if (outcome.route === 'retry') {
        headers[ATTEMPT_HEADER] = attempts;
        channel.sendToQueue(names.retry[attempts - 1], message.content, republishOptions(message, headers));
      } else {
        delete headers[ATTEMPT_HEADER];
        headers[DEAD_LETTER_HEADERS.error] = errorText(error);
        headers[DEAD_LETTER_HEADERS.attempts] = attempts;
        headers[DEAD_LETTER_HEADERS.service] = this.options.service;
        headers[DEAD_LETTER_HEADERS.at] = new Date().toISOString();
        channel.sendToQueue(names.deadLetter, message.content, republishOptions(message, headers));
      }
      published++;
    }
    if (published) await channel.waitForConfirms();
    for (const outcome of outcomes) {
      if (outcome.route === 'retry') this.stats.retried++;
      if (outcome.route === 'dead') this.stats.deadLettered++;
    }
  }

  /** The dead letters of a region become a fact for its beheerder, committed before the messages are acked. */
  private meldOnbestelbaar(outcomes: Outcome[]): Promise<void> {
    return this.onbestelbaar.meld(
      outcomes.flatMap((o) => (o.route === 'dead' && o.event ? [{ event: o.event, reden: errorText(o.error), pogingen: o.attempts }] : [])),
    );
  }

  /** One multiple-ack when no other batch holds an earlier delivery (then it acks exactly this batch), else one ack each. */
  private ack(channel: ConfirmChannel, batch: ConsumeMessage[]): void {
    const last = batch[batch.length - 1];
    const first = batch[0].fields.deliveryTag;
    const earlierElsewhere = [...this.unsettled].some((tag) => tag < last.fields.deliveryTag && !batch.some((m) => m.fields.deliveryTag === tag));
    if (!earlierElsewhere && batch.every((m, i) => i === 0 || m.fields.deliveryTag > first)) {
      this.settle(channel, batch, () => undefined, last);
    } else {
      this.settle(channel, batch, (message) => channel.ack(message));
    }
  }

  /** Settles on the channel the messages came from; a channel lost meanwhile means they are redelivered. */
  private settle(channel: ConfirmChannel, batch: ConsumeMessage[], each: (message: ConsumeMessage) => void, ackUpTo?: ConsumeMessage): void {
    try {
      if (ackUpTo) channel.ack(ackUpTo, true);
      else batch.forEach(each);
    } catch (error) {
      this.logger.warn({ error: String(error), messages: batch.length }, 'could not settle batch; broker will redeliver');
    }
  }
}

/**
 * The reason a beheerder reads beside a dead letter: a message that is unreadable, breaks its
 * contract or names another region as it is; a domain refusal after its kind (`Statusconflict: …`,
 * ADR 0007); anything else said to be unexpected, with its technical name and text for whoever looks into it.
 */
function errorText(error: unknown): string {
  const text =
    error instanceof MalformedMessage || error instanceof ContractViolation || error instanceof RegioMismatch
      ? error.message
      : error instanceof Weigering
        ? `${error.name}: ${error.message}`
        : `Onverwachte fout bij het verwerken${error instanceof Error ? ` (${error.name}): ${error.message}` : `: ${String(error)}`}`;
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
