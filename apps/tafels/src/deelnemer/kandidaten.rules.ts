/** Lower case, without accents, with every run of other characters as one space: "Cliëntenraad-MLW" is "clientenraad mlw". */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search, normalised; none for an empty search. */
export function zoekwoorden(zoek: string | undefined): string[] {
  const genormaliseerd = normaliseer(zoek ?? '');
  return genormaliseerd ? genormaliseerd.split(' ') : [];
}

/** Whether every word occurs in at least one of the texts (a part of a word counts: "jans" finds "Janssen"). */
export function pastBij(woorden: readonly string[], teksten: ReadonlyArray<string | undefined>): boolean {
  const waarin = normaliseer(teksten.filter(Boolean).join(' '));
  return woorden.every((woord) => waarin.includes(woord));
}
