import { CloudEvent, EVENT_CONTRACTS } from '@koers/contracts';

/**
 * An event-type filter of a subscription: an exact type (`nl.koers.signalen.signaal.ingediend.v1`)
 * or a prefix ending in `.*` (`nl.koers.signalen.*`). The same rule runs in SQL when deliveries are
 * planned (AfleveringHandlers); this copy decides whether a filter can ever match.
 */
export function filterPast(filter: string, type: string): boolean {
  return filter.endsWith('.*') ? type.startsWith(filter.slice(0, -1)) : filter === type;
}

/** Why a filter is refused, or null: it must name or cover at least one event type Koers knows. */
export function filterBezwaar(filter: string, bekend: readonly string[] = bekendeEventTypes()): string | null {
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*(\.\*)?$/.test(filter)) return `'${filter}' is geen event-type of prefix als nl.koers.signalen.*`;
  if (bekend.some((type) => filterPast(filter, type))) return null;
  return filter.endsWith('.*') ? `geen enkel bekend event-type begint met '${filter.slice(0, -1)}'` : `'${filter}' is geen bekend event-type`;
}

/** Every type in the contracts registry: new contracts are subscribable without a change here. */
export function bekendeEventTypes(): string[] {
  return EVENT_CONTRACTS.map((contract) => contract.type);
}

/** The gemeenten an event is about, from the `gemeente` or `gemeenten` of its data; none for a regional event. */
export function gemeentenVan(event: CloudEvent): string[] {
  const data = (event.data ?? {}) as { gemeente?: unknown; gemeenten?: unknown };
  const gemeenten = [data.gemeente, ...(Array.isArray(data.gemeenten) ? data.gemeenten : [])];
  return gemeenten.filter((g): g is string => typeof g === 'string');
}
