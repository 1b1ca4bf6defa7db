import type { Rol, SignaalBron } from '@koers/contracts';

/** Life cycle of a signal (domain.md §2). The transitions beyond intake come with the signalen issue. */
export const SIGNAAL_STATUSSEN = [
  'ingediend',
  'in_voorbereiding',
  'consensus_gevraagd',
  'consensus_bereikt',
  'tafel_gestart',
  'afgewezen',
  'samengevoegd',
] as const;
export type SignaalStatus = (typeof SIGNAAL_STATUSSEN)[number];

/** Still being worked on: a signal in one of these can take in more (e.g. later deviations of its series). */
export const OPEN_STATUSSEN: readonly SignaalStatus[] = ['ingediend', 'in_voorbereiding', 'consensus_gevraagd', 'consensus_bereikt'];

/** Who may raise a signal from which source: partners bring requests, gemeenten bring policy data and contract goals. */
export const BRONNEN_PER_ROL: Readonly<Partial<Record<Rol, readonly SignaalBron[]>>> = {
  aanbieder: ['partnerverzoek'],
  clientvertegenwoordiger: ['partnerverzoek'],
  gemeente: ['contractdoel', 'beleidsinformatie'],
};

export function magIndienen(rollen: readonly Rol[], bron: SignaalBron): boolean {
  return rollen.some((rol) => BRONNEN_PER_ROL[rol]?.includes(bron));
}
