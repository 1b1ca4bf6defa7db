import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertEventData, CloudEvent, currentTraceparent, EventContract, Payload } from '@koers/contracts';
import { DATA_SOURCE, schemaOf } from '@koers/persistence';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';

/** The LISTEN/NOTIFY channel on which writers wake the relay of a schema. */
export function outboxChannel(schema: string): string {
  return `koers_outbox_${schema}`;
}

/**
 * Writes events into the outbox inside the caller's transaction, so they exist exactly when the
 * state change they describe does. The relay publishes them after commit.
 */
@Injectable()
export class OutboxWriter {
  private readonly schema: string;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.schema = schemaOf(dataSource);
  }

  /** The contract's event for `data`, with this service's `source` and the current trace context. */
  event<T extends Payload>(contract: EventContract<T>, data: T, envelope: { id?: string } = {}): CloudEvent<T> {
    return contract.build(data, { source: this.options.eventSource, traceparent: currentTraceparent(), ...envelope });
  }

  /**
   * Validates every event against its contract (a ContractViolation rolls the caller's transaction
   * back), inserts them in one statement and notifies the relay (delivered on commit, dropped on rollback).
   */
  async add(manager: EntityManager, events: CloudEvent | CloudEvent[]): Promise<void> {
    const list = Array.isArray(events) ? events : [events];
    if (list.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.add needs the EntityManager of a transaction (dataSource.transaction(manager => ...))');
    }
    for (const event of list) assertEventData(event.type, event.data);
    const params: unknown[] = [];
    const rows = list.map((event) => {
      params.push(event.id, event.type, event.regio, JSON.stringify(event));
      const n = params.length;
      return `($${n - 3}::uuid, $${n - 2}, $${n - 1}, $${n}::json)`;
    });
    params.push(outboxChannel(this.schema));
    // One round trip: a data-modifying CTE always runs, whether or not the SELECT reads it.
    await manager.query(
      `WITH inserted AS (INSERT INTO "${this.schema}".outbox (event_id, type, regio, payload) VALUES ${rows.join(', ')} RETURNING 1)
       SELECT pg_notify($${params.length}, '')`,
      params,
    );
  }
}
