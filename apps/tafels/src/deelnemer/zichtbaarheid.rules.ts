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
