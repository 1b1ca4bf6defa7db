import type { Rol } from '@koers/contracts';

export interface DoelPlek {
  gemeente: string | null;
}

export interface Vaststeller {
  rollen: readonly Rol[];
  gemeente?: string;
}

/**
 * Who may set a course target: a `gemeente` user for their own gemeente, a
 * `beheerder` for any gemeente of the region or the region as a whole. Returns the reason when not.
 */
export function waaromNietVaststellen(doel: DoelPlek, wie: Vaststeller): string | undefined {
  if (wie.rollen.includes('beheerder')) return undefined;
  if (wie.rollen.includes('gemeente')) {
    if (doel.gemeente !== null && doel.gemeente === wie.gemeente) return undefined;
    return doel.gemeente === null
      ? 'Een koersdoel voor de hele regio stelt de beheerder van de regio vast.'
      : `U stelt alleen koersdoelen voor uw eigen gemeente vast${wie.gemeente ? ` (${wie.gemeente})` : ''}.`;
  }
  return 'Koersdoelen worden vastgesteld door de gemeente of de beheerder van de regio.';
}

/** Whether a value is on the wrong side of the target. */
export function buitenDoel(waarde: number, doel: { doelwaarde: number; richting: 'maximaal' | 'minimaal' }): boolean {
  return doel.richting === 'maximaal' ? waarde > doel.doelwaarde : waarde < doel.doelwaarde;
}
