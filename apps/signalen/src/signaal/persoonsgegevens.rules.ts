import { InvoerFout, OngeldigeInvoer } from '@koers/domain';

/**
 * Signals and their dossiers carry no personal data (domain.md §2): free text is checked for the
 * three things people most often paste by mistake. A false positive costs a rephrase; a missed BSN
 * would sit in a record that many organisations read, so a nine-digit number passing the elfproef
 * is refused even if it was meant as something else.
 */
export type Persoonsgegeven = 'bsn' | 'e-mailadres' | 'telefoonnummer';

const OMSCHRIJVING: Record<Persoonsgegeven, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  'e-mailadres': 'een e-mailadres',
  telefoonnummer: 'een telefoonnummer',
};

/** Nine digits, also written in groups (123 456 782, 123.45.67.82), not part of a longer number. */
const NEGEN_CIJFERS = /(?<![\d.\-+])\d(?:[ .]?\d){8}(?![\d]|[.-]\d)/g;
const E_MAILADRES = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/**
 * Dutch numbers (06-12345678, 0475 123 456, +31 (0)6 1234 5678, 0031 …) and other international
 * numbers written with a country code (+32 …).
 */
const TELEFOONNUMMER = new RegExp(
  [
    String.raw`(?<![\d+])(?:\+31|0031)[ -]?(?:\(0\)[ -]?)?[1-9](?:[ -]?\d){8}(?!\d)`,
    String.raw`(?<![\d+])0[1-9](?:[ -]?\d){8}(?!\d)`,
    String.raw`(?<![\d+])\+(?!31)[1-9]\d{0,2}[ -]?\d(?:[ -]?\d){6,12}(?!\d)`,
  ].join('|'),
);

/** The elfproef of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros). */
export function isBsn(cijfers: string): boolean {
  if (!/^\d{9}$/.test(cijfers) || /^0+$/.test(cijfers)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(cijfers[i]);
  som -= Number(cijfers[8]);
  return som % 11 === 0;
}

export function vindPersoonsgegevens(tekst: string): Persoonsgegeven[] {
  const gevonden: Persoonsgegeven[] = [];
  if ([...tekst.matchAll(NEGEN_CIJFERS)].some((match) => isBsn(match[0].replace(/[ .]/g, '')))) gevonden.push('bsn');
  if (E_MAILADRES.test(tekst)) gevonden.push('e-mailadres');
  if (TELEFOONNUMMER.test(tekst)) gevonden.push('telefoonnummer');
  return gevonden;
}

/** Refuses the request (400, every field named) when any of the given texts holds personal data. */
export function weigerPersoonsgegevens(velden: Record<string, string | undefined | null>): void {
  const fouten: InvoerFout[] = Object.entries(velden).flatMap(([naam, tekst]) => {
    const gevonden = tekst ? vindPersoonsgegevens(tekst) : [];
    return gevonden.length
      ? [
          {
            naam,
            code: 'persoonsgegevens',
            reden:
              `De tekst bevat ${gevonden.map((soort) => OMSCHRIJVING[soort]).join(' en ')}. ` +
              'Signalen bevatten geen persoonsgegevens: laat dit weg of beschrijf het zonder naam of nummer.',
          },
        ]
      : [];
  });
  if (fouten.length) throw new OngeldigeInvoer(fouten);
}
