/**
 * A small Dutch readability check of our own: the Flesch-Douma score (Douma 1960, Flesch's formula
 * fitted to Dutch), 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word). Higher is
 * easier; from 60 up a text reads as "vrij makkelijk", which we take as the B1 level the portal aims
 * for, so lower scores are warned about.
 */
export const B1_GRENS = 60;

export interface Leesbaarheid {
  score: number;
  zinnen: number;
  woorden: number;
  lettergrepen: number;
  /** True when the text is harder than B1 (score under B1_GRENS). */
  bovenB1: boolean;
}

// Vowel groups are syllables; Dutch diphthongs and long vowels (ij, ei, ui, oe, ...) are one group.
const KLINKERGROEP = /(ij|[aeiouyáéíóúàèëïöüâêîôû]+)/g;

export function lettergrepen(woord: string): number {
  const schoon = woord.toLowerCase().replace(/[^a-záéíóúàèëïöüâêîôûij]/g, '');
  if (!schoon) return 0;
  return Math.max(1, schoon.match(KLINKERGROEP)?.length ?? 0);
}

/**
 * A code is not a word a person reads aloud: an event type (nl.koers.tafels.afspraak.opgesteld.v1), a
 * field name (opnemen_werkdagen), an address, or letters mixed with digits (GM0988, an id). Counting
 * its letters as syllables would score the page's prose for the data it lists.
 */
export function isCode(woord: string): boolean {
  return /[\p{L}\p{N}][._@:][\p{L}\p{N}]/u.test(woord) || (/\p{L}/u.test(woord) && /\p{N}/u.test(woord));
}

export function woordenVan(tekst: string): string[] {
  return tekst
    .split(/[\s/–—-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w) && !isCode(w));
}

export function zinnenVan(tekst: string): string[] {
  return tekst
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((zin) => zin.trim())
    .filter((zin) => woordenVan(zin).length > 0);
}

export function leesbaarheid(tekst: string): Leesbaarheid {
  const zinnen = zinnenVan(tekst).length;
  const woorden = woordenVan(tekst);
  const grepen = woorden.reduce((som, woord) => som + lettergrepen(woord), 0);
  if (!woorden.length) return { score: 100, zinnen: 0, woorden: 0, lettergrepen: 0, bovenB1: false };
  const score = 206.835 - 0.93 * (woorden.length / Math.max(1, zinnen)) - 77 * (grepen / woorden.length);
  const afgerond = Math.round(score * 10) / 10;
  return { score: afgerond, zinnen, woorden: woorden.length, lettergrepen: grepen, bovenB1: afgerond < B1_GRENS };
}
