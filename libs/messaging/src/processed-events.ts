import { QueryRunner } from 'typeorm';

/** The table of processed events in a service's schema (once called `inbox`, a word notificaties needs for its users). */
export const PROCESSED_EVENTS_TABLE = 'verwerkte_events';

/**
 * The events each consumer has handled, by id, written in the same transaction as the handlers'
 * effects: a redelivery finds its id and is acked without running them again.
 */
export class ProcessedEvents {
  constructor(
    private readonly schema: string,
    private readonly consumer: string,
  ) {}

  /** Records the event ids as processed; returns the ids that were not there yet. */
  async claim(runner: QueryRunner, eventIds: string[]): Promise<Set<string>> {
    const rows: Array<{ event_id: string }> = await runner.query(
      `INSERT INTO "${this.schema}".${PROCESSED_EVENTS_TABLE} (event_id, consumer) SELECT DISTINCT id, $2 FROM unnest($1::uuid[]) AS id ORDER BY id
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventIds, this.consumer],
    );
    return new Set(rows.map((row) => row.event_id));
  }
}
