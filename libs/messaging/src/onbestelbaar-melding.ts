import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { berichtOnbestelbaarV1, CloudEvent, Dienst, DIENSTEN, isBerichtOnbestelbaar, runWithTraceparent } from '@koers/contracts';
import type { MessagingOptions } from './messaging.options';
import type { OutboxWriter } from './outbox-writer';

export interface Onbestelbaar {
  event: CloudEvent;
  reden: string;
  pogingen: number;
}

/**
 * Tells the region that one of its events could not be handled, as a fact through the outbox:
 * ids, type and reason, never the payload. A dead letter without a region, and a dead letter that is
 * itself such a fact, are not reported — a fact about a fact could go round for ever.
 */
export class OnbestelbaarMelding {
  private readonly logger = new Logger('Messaging');
  private readonly contract: MessagingOptions['onbestelbaar'];

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    options: MessagingOptions,
  ) {
    this.contract = options.onbestelbaar ?? (DIENSTEN.includes(options.service as Dienst) ? berichtOnbestelbaarV1[options.service as Dienst] : undefined);
  }

  /** Writes the facts in one transaction; resolves once they are committed. */
  async meld(onbestelbaar: Onbestelbaar[]): Promise<void> {
    const contract = this.contract;
    if (!contract) return;
    const te = onbestelbaar.filter(({ event }) => event.regio && !isBerichtOnbestelbaar(event.type));
    if (!te.length) return;
    const nu = new Date().toISOString();
    const events = te.map(({ event, reden, pogingen }) =>
      metTrace(event, () =>
        this.outbox.event(contract, {
          regio: event.regio,
          dienst: contract.uitgever as Dienst,
          eventId: event.id.slice(0, 200),
          eventType: event.type.slice(0, 200),
          reden: reden.slice(0, 2000) || 'onbekende reden',
          pogingen,
          onbestelbaarOp: nu,
        }),
      ),
    );
    await this.dataSource.transaction((manager) => this.outbox.add(manager, events));
    this.logger.log({ events: te.map(({ event }) => event.id) }, 'onbestelbare berichten gemeld aan de regio');
  }
}

/** The fact belongs to the trace of the event it reports, when that had one. */
function metTrace<R>(event: CloudEvent, fn: () => R): R {
  return event.traceparent ? runWithTraceparent(event.traceparent, fn) : fn();
}
