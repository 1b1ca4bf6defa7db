/**
 * Rows in PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes. Built per row
 * on the hot path of a bulk intake, so a field is only escaped when it holds a special character.
 */
import type { MetingRij } from '../meting.rules';

const SPECIAAL = /[\\\t\n\r]/;

export function copyVeld(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (!SPECIAAL.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** The fields every table the intake copies into shares: indicator … bron (without line ending). */
export function metingVelden(rij: MetingRij, standaardBron: string | null): string {
  return (
    copyVeld(rij.indicator) +
    '\t' +
    copyVeld(rij.gemeente) +
    '\t' +
    copyVeld(rij.periode) +
    '\t' +
    copyVeld(rij.waarde) +
    '\t' +
    copyVeld(rij.teller) +
    '\t' +
    copyVeld(rij.noemer) +
    '\t' +
    copyVeld(rij.bron ?? standaardBron)
  );
}
