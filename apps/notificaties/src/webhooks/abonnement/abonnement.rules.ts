import { Rol } from '@koers/contracts';

/** The life cycle of a webhook subscription (domain.md §7). */
export const ABONNEMENT_STATUSSEN = ['actief', 'gepauzeerd'] as const;
export type AbonnementStatus = (typeof ABONNEMENT_STATUSSEN)[number];

/** Who causes a transition: the owner (through the API) or Koers itself (after failing too long, or a 410). */
export type Veroorzaker = 'eigenaar' | 'systeem';

interface Overgang {
  van: AbonnementStatus;
  naar: AbonnementStatus;
  door: readonly Veroorzaker[];
}

const OVERGANGEN: readonly Overgang[] = [
  { van: 'actief', naar: 'gepauzeerd', door: ['eigenaar', 'systeem'] },
  { van: 'gepauzeerd', naar: 'actief', door: ['eigenaar'] },
];

/** Null when allowed, else what stands in the way (for the 409). */
export function overgangBezwaar(van: AbonnementStatus, naar: AbonnementStatus, door: Veroorzaker): string | null {
  const overgang = OVERGANGEN.find((o) => o.van === van && o.naar === naar);
  if (!overgang) return `Het abonnement is al ${van}.`;
  if (!overgang.door.includes(door)) return `Een abonnement gaat van ${van} naar ${naar} alleen door ${overgang.door.join(' of ')}.`;
  return null;
}

/** Webhooks are managed by a provider for its own organisation, and by the region's admin for any. */
export const BEHEERT_WEBHOOKS: readonly Rol[] = ['aanbieder', 'beheerder'];
