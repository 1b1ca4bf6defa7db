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

const DAG_IN_NEDERLAND = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const KLOK_IN_NEDERLAND = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' });

/** "dinsdag 8 december 2026": the day of an instant on the Dutch calendar. */
export function dagInWoorden(moment: Date): string {
  return DAG_IN_NEDERLAND.format(moment);
}

/** "10:00": the time of an instant on the Dutch clock. */
export function klokInWoorden(moment: Date): string {
  return KLOK_IN_NEDERLAND.format(moment);
}

/** "dinsdag 8 december 2026 van 10:00 tot 12:00 uur", or from one day to another. */
export function tijdvakInWoorden(start: Date, eind: Date): string {
  return dagInWoorden(start) === dagInWoorden(eind)
    ? `${dagInWoorden(start)} van ${klokInWoorden(start)} tot ${klokInWoorden(eind)} uur`
    : `${dagInWoorden(start)} ${klokInWoorden(start)} uur tot ${dagInWoorden(eind)} ${klokInWoorden(eind)} uur`;
}

/** A deadline as people say it: "dinsdag 8 december 2026" when it is midnight, with the time otherwise. */
export function uitersteMomentInWoorden(moment: Date): string {
  const klok = klokInWoorden(moment);
  return klok === '00:00' ? dagInWoorden(moment) : `${dagInWoorden(moment)} ${klok} uur`;
}
