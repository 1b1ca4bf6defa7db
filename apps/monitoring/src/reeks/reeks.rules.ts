import { nlGetal } from '../getal';

/** Below this numerator a figure could single out a small group of children (domain.md §6). */
export const ONDERDRUKKINGSGRENS = 5;

export interface Kijker {
  /** The caller's own gemeente (gemeente users); others have none. */
  gemeente?: string;
}

/**
 * A value whose teller is below the threshold is shown only inside its own gemeente. A figure about
 * the whole region has no "own gemeente": with a small teller nobody sees it.
 */
export function isOnderdrukt(meting: { gemeente: string | null; teller: number | null }, kijker: Kijker): boolean {
  if (meting.teller === null || meting.teller >= ONDERDRUKKINGSGRENS) return false;
  return meting.gemeente === null || meting.gemeente !== kijker.gemeente;
}

/** How a value is shown: the figure, or "< 5" when it is suppressed. */
export function weergave(waarde: number, onderdrukt: boolean): string {
  return onderdrukt ? `< ${ONDERDRUKKINGSGRENS}` : nlGetal(waarde);
}
