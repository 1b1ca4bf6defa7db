import type { Rol } from '@koers/contracts';

export interface Kijker {
  subject: string;
  rollen: readonly Rol[];
  organisatie?: string;
}

/**
 * A guest's alias is seen by the table's participants, the region's jurists and its beheerder, and
 * by the client organisation that brought the guest; every other user of the region sees a guest
 * of that organisation, not the alias.
 */
export function magAliasZien(kijker: Kijker, deelnemerSubs: readonly string[], gastOrganisatie: string | null): boolean {
  if (deelnemerSubs.includes(kijker.subject)) return true;
  if (kijker.rollen.includes('jurist') || kijker.rollen.includes('beheerder')) return true;
  return kijker.rollen.includes('clientvertegenwoordiger') && gastOrganisatie !== null && kijker.organisatie === gastOrganisatie;
}

/** Who is close enough to a table to see what happens at its meetings: the users at it and the client representatives who brought a guest. */
export function betrokkenen(deelnemers: readonly { sub: string | null; rol: string; toegevoegdDoorSub: string }[]): string[] {
  return [...new Set(deelnemers.flatMap((d) => (d.sub ? [d.sub] : d.rol === 'gast' ? [d.toegevoegdDoorSub] : [])))];
}

/**
 * A meeting's place, online link and agenda, the answers to its invitation, concept minutes and
 * remarks are seen by the table's participants (a client representative who brought a guest
 * receives the invitation for them, so counts as one), the region's jurists and its beheerder.
 * Every other user of the region sees only that the meeting exists and when.
 */
export function magBijeenkomstZien(kijker: Kijker, betrokken: readonly string[]): boolean {
  return betrokken.includes(kijker.subject) || kijker.rollen.includes('jurist') || kijker.rollen.includes('beheerder');
}
