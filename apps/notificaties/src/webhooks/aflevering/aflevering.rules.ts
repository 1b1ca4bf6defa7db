/** The life cycle of one delivery of one event to one subscription (domain.md §7). */
export const AFLEVERING_STATUSSEN = ['wachtend', 'bezorgd', 'mislukt'] as const;
export type AfleveringStatus = (typeof AFLEVERING_STATUSSEN)[number];

/** What one attempt brought: a status code, or an error before any answer (timeout, connection, refused address). */
export interface Uitkomst {
  statuscode: number | null;
  fout: string | null;
  /** The address was refused by the URL policy: trying again will not help. */
  adresGeweigerd?: boolean;
  duurMs: number;
}

/**
 * Standard Webhooks operations: 2xx is success; timeouts, connection errors, 408, 429 and 5xx are
 * worth another try; 410 means the receiver is gone for good (the subscription is paused); any
 * other answer (3xx, 4xx) will not change by retrying.
 */
export type Oordeel = 'gelukt' | 'herhaalbaar' | 'definitief' | 'opgeheven';

export function beoordeel(uitkomst: Uitkomst): Oordeel {
  const { statuscode } = uitkomst;
  if (statuscode === null) return uitkomst.adresGeweigerd ? 'definitief' : 'herhaalbaar';
  if (statuscode >= 200 && statuscode < 300) return 'gelukt';
  if (statuscode === 410) return 'opgeheven';
  if (statuscode === 408 || statuscode === 429 || statuscode >= 500) return 'herhaalbaar';
  return 'definitief';
}

export type VolgendeStap = { status: 'bezorgd' | 'mislukt' } | { status: 'wachtend'; volgendePoging: Date };

/**
 * After attempt number `pogingenInReeks` (1 = the first try since the delivery was planned or
 * re-requested): done, dead (`mislukt`), or another try after the schedule's wait for that retry,
 * spread ±20% at random so that receivers that failed together are not retried together.
 */
export function volgendeStap(oordeel: Oordeel, pogingenInReeks: number, schemaMs: readonly number[], nu: Date, toeval: () => number = Math.random): VolgendeStap {
  if (oordeel === 'gelukt') return { status: 'bezorgd' };
  if (oordeel !== 'herhaalbaar' || pogingenInReeks > schemaMs.length) return { status: 'mislukt' };
  const wacht = schemaMs[pogingenInReeks - 1] * (0.8 + 0.4 * toeval());
  return { status: 'wachtend', volgendePoging: new Date(nu.getTime() + Math.round(wacht)) };
}

/** A delivery can be requested again once it is no longer on its way. */
export function opnieuwBezwaar(status: AfleveringStatus): string | null {
  return status === 'wachtend' ? 'Deze aflevering wordt nog bezorgd; vraag haar opnieuw aan als ze bezorgd of mislukt is.' : null;
}
