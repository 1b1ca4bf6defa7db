/** Building a formatter is costly (locale data); `toLocaleString` would build one per call. */
const NL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A figure as people read it in Dutch: decimal comma, at most two decimals, never "-0". */
export function nlGetal(waarde: number): string {
  const tekst = NL.format(waarde);
  return tekst === '-0' ? '0' : tekst;
}
