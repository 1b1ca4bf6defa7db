import { nlGetal } from './getal';

/** Below this numerator a figure could single out a small group of children (domain.md §6). */
export const ONDERDRUKKINGSGRENS = 5;

/** How a suppressed figure is shown, wherever it is shown. */
export const ONDERDRUKT = `< ${ONDERDRUKKINGSGRENS}`;

/** How a figure computed from a suppressed one is shown: it is no count, so "< 5" would mislead. */
export const NIET_TE_TONEN = 'niet te tonen (kleine aantallen)';

export interface Kijker {
  /** The viewer's own gemeente (gemeente users); others have none. */
  gemeente?: string;
}

/**
 * Whoever reads what leaves a gemeente: events, webhooks, e-mail, signal texts and logs reach
 * people of other gemeenten and organisations, so they are written for nobody's own gemeente.
 */
export const BUITENSTAANDER: Kijker = Object.freeze({});

/** What suppression needs to know of a measurement: whose figure it is and its numerator. */
export interface Telling {
  gemeente: string | null;
  teller: number | null;
}

/** What a stored figure keeps of its tellers: whose it is, and whether it rests on a small one. */
export interface Herkomst {
  gemeente: string | null;
  klein: boolean;
}

export function isKlein(teller: number | null): boolean {
  return teller !== null && teller < ONDERDRUKKINGSGRENS;
}

/**
 * A value whose teller is below the threshold is shown only inside its own gemeente. A figure about
 * the whole region has no "own gemeente": with a small teller nobody sees it.
 */
export function isOnderdrukt(telling: Telling, kijker: Kijker): boolean {
  return isVerborgen({ gemeente: telling.gemeente, klein: isKlein(telling.teller) }, kijker);
}

/** The same rule for a figure stored without its teller (a baseline, an evaluated value). */
export function isVerborgen(herkomst: Herkomst, kijker: Kijker): boolean {
  return herkomst.klein && (herkomst.gemeente === null || herkomst.gemeente !== kijker.gemeente);
}

/** A figure together with whether the one who reads it may see it. */
export interface Getal {
  waarde: number;
  onderdrukt: boolean;
  /** Computed from other figures (a mean, a change): shown in words when suppressed. */
  afgeleid?: true;
}

export function getal(waarde: number, telling: Telling, kijker: Kijker): Getal {
  return { waarde, onderdrukt: isOnderdrukt(telling, kijker) };
}

/**
 * A figure computed from others (a mean, a change, a difference) is suppressed when any of them is:
 * otherwise the hidden one could be computed back from it and the visible ones.
 */
export function afgeleid(waarde: number, ...bronnen: Getal[]): Getal {
  return { waarde, onderdrukt: bronnen.some((bron) => bron.onderdrukt), afgeleid: true };
}

/** How a figure is shown: the Dutch number, or "< 5" (in words for a computed one) when it is suppressed. */
export function toon(getal: Getal): string {
  if (!getal.onderdrukt) return nlGetal(getal.waarde);
  return getal.afgeleid ? NIET_TE_TONEN : ONDERDRUKT;
}

/** The value a response may carry: null when it is suppressed. */
export function zichtbareWaarde(getal: Getal): number | null {
  return getal.onderdrukt ? null : getal.waarde;
}
