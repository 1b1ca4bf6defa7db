import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent } from '@koers/contracts';
import { dueWorkKanaal } from '@koers/due-work';
import { HandlesEvent } from '@koers/messaging';
import { DATA_SOURCE, pgClientOf, schemaOf } from '@koers/persistence';
import { bekendeEventTypes, gemeentenVan } from '../abonnement/event-filter.rules';
import { AFLEVEREN } from './aflevering.worker';
import { eersteWachtende } from './wachtrij';

/**
 * Plans the webhook deliveries of an event in the transaction that marks it processed, so a
 * crash never loses or doubles one: one statement picks the matching subscriptions of the event's
 * own region (never another), stores the body once and a delivery per subscription: at the end of
 * its line, or as its head when the line is empty (wachtrij.ts) — and wakes the worker on commit.
 */
@Injectable()
export class AfleveringHandlers {
  private readonly schema: string;
  private readonly planning: string;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.schema = schemaOf(dataSource);
    this.planning = planningSql(this.schema);
  }

  // Every type of the contracts registry, so the service queue is bound to all of them.
  @HandlesEvent(...bekendeEventTypes())
  async planAfleveringen(event: CloudEvent, manager: EntityManager): Promise<void> {
    // A named statement: planned once per connection instead of once per event (it runs for every event).
    await pgClientOf(manager).query({
      name: `webhook-planning:${this.schema}`,
      text: this.planning,
      values: [event.regio, event.type, gemeentenVan(event), event.id, JSON.stringify(event), event.subject ?? event.id],
    });
  }

}

function planningSql(s: string): string {
  return `WITH doel AS (
         SELECT a.id FROM "${s}".webhook_abonnement a
          WHERE a.regio = $1
            AND EXISTS (SELECT 1 FROM unnest(a.event_types) f WHERE f = $2 OR (right(f, 2) = '.*' AND starts_with($2, left(f, -1))))
            AND (cardinality(a.gemeenten) = 0 OR cardinality($3::text[]) = 0 OR a.gemeenten && $3::text[])
       ), achteraan AS (
         SELECT doel.id FROM doel WHERE EXISTS (${eersteWachtende(s, 'doel.id', '$6')})
       ), bericht AS (
         INSERT INTO "${s}".webhook_bericht (event_id, regio, event_type, body)
         SELECT $4, $1, $2, $5 WHERE EXISTS (SELECT 1 FROM doel)
         ON CONFLICT DO NOTHING
       ), nieuw AS (
         INSERT INTO "${s}".webhook_aflevering (id, abonnement_id, regio, event_id, event_type, volgorde, status, volgende_poging, kop)
         SELECT gen_random_uuid(), doel.id, $1, $4, $2, $6, 'wachtend', now(), doel.id NOT IN (SELECT id FROM achteraan) FROM doel
         ON CONFLICT (abonnement_id, event_id) DO NOTHING
         RETURNING 1
       )
       -- Wakes the workers of every replica on commit, in the same round trip.
       SELECT pg_notify('${dueWorkKanaal(s, AFLEVEREN)}', NULL) FROM (SELECT 1 FROM nieuw LIMIT 1) gepland`;
}
