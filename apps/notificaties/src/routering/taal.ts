import type { Gemeentenamen } from './route';

/** "9 december 2026": a calendar date as people write it. */
export const DATUM_IN_WOORDEN = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Weert, Nederweert en Leudal": gemeenten by name, not by code. */
export function gemeentenamen(namen: Gemeentenamen | undefined, codes: string[]): string {
  const lijst = codes.map((code) => namen?.get(code) ?? code);
  return lijst.length > 1 ? `${lijst.slice(0, -1).join(', ')} en ${lijst[lijst.length - 1]}` : lijst[0];
}

/** The signal by its title where the event has it, for events written before they carried one. */
export function hetSignaal(titel: string | undefined): string {
  return titel ? `het signaal '${titel}'` : 'het signaal';
}
