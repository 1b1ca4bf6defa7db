import type { AfspraakSoort } from '@koers/contracts';
import type { Afspraak } from './afspraak.entity';
import type { AfspraakStatus, ToetsingStatus } from './afspraak.rules';

/** A part of a downloadable document, the shape the minutes' PDF takes (a heading, short paragraphs). */
export interface AfsprakenSectie {
  kop: string;
  alineas: string[];
}

const SOORT: Record<AfspraakSoort, string> = {
  contractaanpassing: 'Een aanpassing van een contract',
  deskundigheidsbevordering: 'Kennis en kunde vergroten',
  werkafspraak: 'Een werkafspraak',
  pilot: 'Een pilot: klein beginnen en kijken of het werkt',
  outcomecriterium: 'Wat de jeugdhulp moet opleveren',
  overig: 'Een afspraak',
};

const STAND: Record<AfspraakStatus, string> = {
  concept: 'nog niet vastgelegd',
  vastgelegd: 'vastgelegd',
  uitgevoerd: 'uitgevoerd',
  gestopt: 'gestopt',
  vervangen: 'vervangen door een nieuwe versie',
  ingetrokken: 'ingetrokken',
};

const TOETS: Record<ToetsingStatus, string> = {
  open: 'een jurist moet de afspraak nog bekijken',
  akkoord: 'een jurist vindt dat de afspraak past binnen de wet en de rechten van jongeren en ouders',
  bezwaar: 'een jurist heeft bezwaar; de afspraak moet worden aangepast of ingetrokken',
};

const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The agreements made at a meeting, in plain Dutch (B1), for the minutes' document: what, who does
 * it, by when, for whom, within which rules, and where it stands. Only what every user of the region
 * may read; no reason of a bezwaar (it is in the API, with its context).
 */
export function afsprakenSectie(afspraken: readonly Afspraak[], gemeentenamen: ReadonlyMap<string, string>): AfsprakenSectie {
  const huidig = afspraken.filter((a) => a.status !== 'ingetrokken');
  if (!huidig.length) return { kop: 'Wat hebben we afgesproken?', alineas: ['In deze bijeenkomst zijn (nog) geen afspraken gemaakt.'] };
  return {
    kop: 'Wat hebben we afgesproken?',
    alineas: huidig.flatMap((a, i) => {
      const voor = a.voorDeHeleRegio ? 'de hele regio' : a.gemeenten.map((code) => gemeentenamen.get(code) ?? code).join(', ');
      const versie = a.versie > 1 ? ` Dit is versie ${a.versie}: de afspraak is aangepast na bijsturen.` : '';
      return [
        `${i + 1}. ${SOORT[a.soort]}: ${a.omschrijving}`,
        `Wie doet het: ${a.eigenaar}. Klaar op: ${DATUM.format(new Date(`${a.deadline}T00:00:00Z`))}. Voor: ${voor}. Past binnen: ${a.rechtsgrond}.`,
        `Stand: ${STAND[a.status]}; ${a.status === 'concept' ? TOETS[a.toetsing] : 'een jurist gaf akkoord'}. ${a.monitoringplanId ? 'Er is een plan om te meten of het werkt.' : 'Er is nog geen plan om te meten of het werkt.'}${versie}`,
      ];
    }),
  };
}
