import { InvoerFout, OngeldigeInvoer } from '../weigering/weigeringen';
import { isBsn, isIban } from './controlegetallen';
import { NAAM_NA_AANSPREEKVORM } from './namen';

/**
 * Free text about young people, families and cases carries no personal data (domain.md §2, §8):
 * it is read by many organisations. A false positive costs a rephrase; a missed address or name
 * sits in a record for years. So the checks look for the shapes people paste by mistake, each
 * with the context that tells it apart from policy text (a date is refused only after "geboren",
 * a capitalised word only after a salutation or kinship word).
 */
export type Persoonsgegeven = 'bsn' | 'e-mailadres' | 'telefoonnummer' | 'iban' | 'postcode' | 'adres' | 'geboortedatum' | 'naam';

const OMSCHRIJVING: Record<Persoonsgegeven, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  'e-mailadres': 'een e-mailadres',
  telefoonnummer: 'een telefoonnummer',
  iban: 'een rekeningnummer (IBAN)',
  postcode: 'een postcode',
  adres: 'een straat met huisnummer',
  geboortedatum: 'een geboortedatum',
  naam: 'een naam na een aanspreekvorm of familieband (zoals ‘mevrouw …’ of ‘zoon …’)',
};

/** Nine digits, also written in groups (123 456 782, 123.45.67.82), not part of a longer number. */
const NEGEN_CIJFERS = /(?<![\d.\-+])\d(?:[ .]?\d){8}(?![\d]|[.-]\d)/g;
const E_MAILADRES = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/**
 * Dutch numbers (06-12345678, 0475 123 456, +31 (0)6 1234 5678, 0031 …) and other international
 * numbers written with a country code (+32 …).
 */
const TELEFOONNUMMER = new RegExp(
  [
    String.raw`(?<![\p{L}\d+])(?:\+31|0031)[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){8}(?!\d)`,
    String.raw`(?<![\p{L}\d+])0[1-9](?:[ -]?\d){8}(?!\d)`,
    String.raw`(?<![\d+])\+(?!31)[1-9]\d{0,2}[ -]?\d(?:[ -]?\d){6,12}(?!\d)`,
  ].join('|'),
  'u',
);
/** Two letters, two check digits and 11–30 letters or digits, in groups of four or not. */
const IBAN_KANDIDAAT = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![\p{L}\d])/gu;
/**
 * 1234 AB or 1234AB; lowercase only when written together (1234ab), since "2025 en" is common.
 * Postcodes never end in SA, SD or SS; units (1000kg, 500ml) are not postcodes.
 */
const POSTCODE = new RegExp(
  [
    String.raw`(?<![\p{L}\d])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])[1-9]\d{3}(?!sa|sd|ss|km|kg|mg|ml|cl|dl|cm|mm|kb|mb|gb|tb|hz|kw|mw|gw)[a-z]{2}(?![\p{L}\d])`,
  ].join('|'),
  'u',
);
/**
 * A street name and its number (Dorpsstraat 12, Kerkstraat 3a, Hoofdweg 120-2). Suffixes that end
 * ordinary words too (onderweg, fietspad, gerechtshof) count only in a capitalised name, and not
 * before a year, so "Parkweg 2025" is no address while "Parkweg 20" is.
 */
const HUISNUMMER = String.raw` \d{1,5}(?: ?[a-zA-Z](?![\p{L}]))?(?:[-/]\d{1,4})?(?![\d,.]\d)`;
const STRAAT_MET_NUMMER = new RegExp(
  String.raw`(?<![\p{L}])\p{L}[\p{L}'-]*(?:straat|laan|gracht|steeg|singel|kade|dreef|plantsoen|boulevard|allee)${HUISNUMMER}` +
    String.raw`|(?<![\p{L}])\p{Lu}[\p{L}'-]*(?:weg|pad|hof|park|plein|dijk|ring|wal|markt|baan)(?! (?:19|20)\d\d(?!\d))${HUISNUMMER}`,
  'u',
);
const MAANDEN = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATUM = String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2} (?:${MAANDEN})\.? (?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})`;
/** A full date after a word that says it is a birth date ("geboren op 3 mei 2012", "geb. 03-05-2012", "*03-05-2012"). */
const GEBOORTEDATUM = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:geboren|geb\.|geboortedatum|geboortedag|geb\.datum)[^.\n\d]{0,20}?|\*\s?)${DATUM}(?!\d)`,
  'iu',
);

/** Stands in for an IBAN once found, so its digit groups are not read as a phone number as well. */
const IBAN_GEVONDEN = '\u0000iban\u0000';

const HERKENNERS: ReadonlyArray<[Persoonsgegeven, (tekst: string) => boolean]> = [
  ['bsn', (tekst) => [...tekst.matchAll(NEGEN_CIJFERS)].some((match) => isBsn(match[0].replace(/[ .]/g, '')))],
  ['e-mailadres', (tekst) => E_MAILADRES.test(tekst)],
  ['telefoonnummer', (tekst) => TELEFOONNUMMER.test(tekst)],
  ['iban', (tekst) => tekst.includes(IBAN_GEVONDEN)],
  ['postcode', (tekst) => POSTCODE.test(tekst)],
  ['adres', (tekst) => STRAAT_MET_NUMMER.test(tekst)],
  ['geboortedatum', (tekst) => GEBOORTEDATUM.test(tekst)],
  ['naam', (tekst) => NAAM_NA_AANSPREEKVORM.test(tekst)],
];

/** The kinds of personal data in a text, in a fixed order; empty when none. */
export function vindPersoonsgegevens(tekst: string): Persoonsgegeven[] {
  // Line breaks and runs of spaces count as one space, so a name split over two lines is still found.
  const genormaliseerd = tekst.replace(/[\s\u00a0]+/g, ' ').replace(IBAN_KANDIDAAT, (kandidaat) => (isIban(kandidaat) ? IBAN_GEVONDEN : kandidaat));
  return HERKENNERS.filter(([, herken]) => herken(genormaliseerd)).map(([soort]) => soort);
}

/**
 * Refuses the request (400, every field named with the kinds of data found, never the data itself)
 * when any of the given texts holds personal data.
 */
export function weigerPersoonsgegevens(velden: Record<string, string | undefined | null>): void {
  const fouten: InvoerFout[] = Object.entries(velden).flatMap(([naam, tekst]) => {
    const gevonden = tekst ? vindPersoonsgegevens(tekst) : [];
    return gevonden.length
      ? [
          {
            naam,
            code: 'persoonsgegevens',
            reden:
              `De tekst bevat ${opsomming(gevonden.map((soort) => OMSCHRIJVING[soort]))}. ` +
              'Vrije tekst in Koers bevat geen persoonsgegevens: laat dit weg, of noem een rol of organisatie in plaats van een naam, adres, datum of nummer.',
          },
        ]
      : [];
  });
  if (fouten.length) throw new OngeldigeInvoer(fouten);
}

function opsomming(delen: string[]): string {
  return delen.length < 2 ? delen.join('') : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}
