/** A figure as people read it in Dutch: decimal comma, at most two decimals, never "-0". */
export function nlGetal(waarde: number): string {
  const tekst = waarde.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
  return tekst === '-0' ? '0' : tekst;
}
