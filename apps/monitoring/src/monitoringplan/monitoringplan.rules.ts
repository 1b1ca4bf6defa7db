import { BUITENSTAANDER, isKlein } from '@koers/domain';
import type { DoelRichting } from '../koersdoel/koersdoel.entity';
import { buitenDoel } from '../koersdoel/koersdoel.rules';
import { leesPeriode, Periode, vergelijkPeriodes, vorigePeriode } from '../meting/periode.rules';
import { Namen, toelichting } from './monitoringplan-weergave.rules';

/**
 * Evaluation of a monitoring plan (domain.md §6). Pure functions, no framework.
 *
 * Verdict rules of `evalueer`:
 *
 * 1. `onvoldoende_data` when
 *    a. the plan names no gemeenten or no meetmomenten;
 *    b. a plan gemeente has no baseline (nulmeting);
 *    c. a plan gemeente has no measurement for the LAST meetmoment, the decisive one. Late data —
 *       the measurement for that period has not arrived yet — counts as missing;
 *    d. comparison gemeenten were given, but none of them has both a baseline and a measurement for
 *       the last meetmoment: a comparison without any usable comparison gemeente supports no verdict.
 *    Missing measurements for earlier meetmomenten block nothing; all missing data is listed in
 *    `ontbrekend`.
 * 2. Otherwise, per plan gemeente: `laatste` is its value for the last meetmoment, `verandering`
 *    laatste − nulmeting, and `doelBereikt` whether laatste is on the right side of the target
 *    (maximaal: ≤ doelwaarde; minimaal: ≥ doelwaarde).
 * 3. Without comparison gemeenten: `effect_bereikt` when every plan gemeente reached the target,
 *    else `niet_bereikt`.
 * 4. With comparison gemeenten, counting the usable ones only (baseline + last-moment value):
 *    difference in differences (DiD) = mean change of the plan gemeenten − mean change of the usable
 *    comparison gemeenten. It is `gunstig` when it points the good way (maximaal: DiD < 0; minimaal:
 *    DiD > 0; exactly 0 is not). `effect_bereikt` only when every plan gemeente reached the target
 *    AND the DiD is gunstig — so a general trend that the comparison gemeenten share is not counted
 *    as the plan's effect; else `niet_bereikt`. Unusable comparison gemeenten are listed in
 *    `ontbrekend`.
 * 5. The toelichting states the verdict, then per plan gemeente (by name) baseline, latest value and
 *    target, and with comparison the mean changes and the DiD, in plain Dutch with Dutch number
 *    formatting — as a given viewer may see it (monitoringplan-weergave.rules.ts): a figure with a
 *    small teller, and whatever is computed from it, is not shown outside its own gemeente.
 * 6. A baseline whose periods do not follow each other names the missing ones in `ontbrekend`; it
 *    does not block a verdict.
 *
 * Changes, means and the DiD are rounded to 6 decimals, so that floating-point noise
 * (0.3 − 0.1 − 0.2 ≠ 0) cannot tip a DiD to one side of 0.
 */

export const OORDELEN = ['effect_bereikt', 'niet_bereikt', 'onvoldoende_data'] as const;
export type Oordeel = (typeof OORDELEN)[number];

export interface Meetpunt {
  periode: string;
  waarde: number;
  /** The numerator, when it was delivered: a small one keeps the figure inside its gemeente. */
  teller?: number | null;
}

/** The baseline, taken from the series when the plan is made: the mean of the last `aantal` points at or before `tot`. */
export interface Nulmeting {
  waarde: number;
  periodes: string[];
  /** The periods among them with a small teller. */
  klein?: string[];
  /** Periods between the first and the last that had no figure: the baseline spans a gap. */
  ontbrekendePerioden?: string[];
}

export interface PlanIndicator {
  indicator: string;
  /** The gemeenten the plan is about (≥ 1). */
  gemeenten: string[];
  /** Optional comparison gemeenten (may be empty). */
  vergelijkingsgemeenten: string[];
  /** Per gemeente (plan and comparison); a missing key means no baseline could be taken. */
  nulmeting: Record<string, Nulmeting>;
  doelwaarde: number;
  richting: DoelRichting;
}

export interface EvaluatieInvoer {
  plan: PlanIndicator;
  /** The periods at which the plan is measured, canonical codes; the last one is the decisive one. */
  meetmomenten: string[];
  /** Per gemeente: all points of the indicator, in any order. */
  reeksen: Record<string, Meetpunt[]>;
  /** Gemeente names by code, for the toelichting; a code without a name is shown as the code. */
  namen?: Namen;
}

export interface GemeenteUitkomst {
  gemeente: string;
  nulmeting?: number;
  /** The baseline rests on a figure with a small teller. */
  nulmetingKlein?: true;
  laatste?: { periode: string; waarde: number; klein?: true };
  /** laatste − nulmeting. */
  verandering?: number;
  doelBereikt?: boolean;
}

export interface Vergelijking {
  gemiddeldeVeranderingPlan: number;
  gemiddeldeVeranderingVergelijking: number;
  verschilInVerschillen: number;
  gunstig: boolean;
}

export interface Evaluatie {
  oordeel: Oordeel;
  /** Plain Dutch (B1), with the numbers. */
  toelichting: string;
  doelwaarde: number;
  richting: DoelRichting;
  gemeenten: GemeenteUitkomst[];
  vergelijking?: Vergelijking;
  /** Human-readable list of missing data, e.g. "GM0988: geen meting over 2025-Q4". */
  ontbrekend: string[];
  /** Usable comparison gemeenten with a small teller in their baseline or decisive value: the comparison rests on them. */
  kleineVergelijkingsgemeenten?: string[];
}

const DECIMALEN = 6;

/**
 * The baseline: the mean of the last `aantal` points at or before `tot`, counting only points of the
 * same period kind as `tot` (a year figure is no baseline for a quarterly plan). Undefined when `tot`
 * is no canonical period, `aantal` is not a positive whole number, or fewer than `aantal` such points
 * exist. A period that occurs twice counts once (the last occurrence), and unreadable periods or
 * non-finite values are skipped.
 */
export function bepaalNulmeting(reeks: Meetpunt[], tot: string, aantal: number): Nulmeting | undefined {
  const grens = leesPeriode(tot);
  if (!grens || !Number.isInteger(aantal) || aantal < 1) return undefined;
  const perPeriode = new Map<string, { periode: Periode; waarde: number; teller: number | null }>();
  for (const punt of reeks) {
    const periode = leesPeriode(punt.periode);
    if (!periode || periode.soort !== grens.soort || !Number.isFinite(punt.waarde)) continue;
    if (vergelijkPeriodes(periode, grens) > 0) continue;
    perPeriode.set(periode.code, { periode, waarde: punt.waarde, teller: punt.teller ?? null });
  }
  const gekozen = [...perPeriode.values()].sort((a, b) => vergelijkPeriodes(a.periode, b.periode)).slice(-aantal);
  if (gekozen.length < aantal) return undefined;
  const klein = gekozen.filter((p) => isKlein(p.teller)).map((p) => p.periode.code);
  return {
    waarde: afronden(gemiddelde(gekozen.map((p) => p.waarde))),
    periodes: gekozen.map((p) => p.periode.code),
    ...(klein.length ? { klein } : {}),
  };
}

/** The periods missing between the first and the last of `periodes` (canonical codes of one kind, oldest first). */
export function gatenIn(periodes: string[]): string[] {
  const gelezen = periodes.map(leesPeriode).filter((p): p is Periode => p !== undefined);
  const gaten: string[] = [];
  for (let i = gelezen.length - 1; i > 0; i--) {
    for (let p = vorigePeriode(gelezen[i]); vergelijkPeriodes(p, gelezen[i - 1]) > 0; p = vorigePeriode(p)) gaten.unshift(p.code);
  }
  return gaten;
}

/** Evaluates one indicator of a monitoring plan; see the verdict rules at the top of this file. */
export function evalueer(invoer: EvaluatieInvoer): Evaluatie {
  const { plan, meetmomenten, reeksen } = invoer;
  const planGemeenten = uniek(plan.gemeenten);
  // A gemeente that is in the plan cannot also be its own comparison.
  const vergelijkingsGemeenten = uniek(plan.vergelijkingsgemeenten).filter((g) => !planGemeenten.includes(g));
  const beslissend = meetmomenten.at(-1);
  const basis = { doelwaarde: plan.doelwaarde, richting: plan.richting };

  const ontbrekend: string[] = [];
  if (planGemeenten.length === 0) ontbrekend.push('het plan noemt geen gemeenten');
  if (beslissend === undefined) ontbrekend.push('het plan heeft geen meetmomenten');

  const plannen = planGemeenten.map((gemeente) => uitkomstVan(gemeente, invoer, beslissend));
  const vergelijkingen = vergelijkingsGemeenten.map((gemeente) => uitkomstVan(gemeente, invoer, beslissend));
  for (const gemeente of planGemeenten) ontbrekend.push(...watOntbreekt(gemeente, plan, meetmomenten, reeksen, ''));
  for (const gemeente of vergelijkingsGemeenten) {
    ontbrekend.push(...watOntbreekt(gemeente, plan, meetmomenten, reeksen, ' (vergelijkingsgemeente)'));
  }

  const bruikbareVergelijking = vergelijkingen.filter(bruikbaar);
  const onvoldoende =
    beslissend === undefined ||
    plannen.length === 0 ||
    !plannen.every(bruikbaar) ||
    (vergelijkingsGemeenten.length > 0 && bruikbareVergelijking.length === 0);

  const tekst = (evaluatie: Omit<Evaluatie, 'toelichting'>): Evaluatie => ({
    ...evaluatie,
    toelichting: toelichting(evaluatie, { indicator: plan.indicator, beslissend, kijker: BUITENSTAANDER, namen: invoer.namen ?? {} }),
  });
  if (onvoldoende) return tekst({ ...basis, oordeel: 'onvoldoende_data', gemeenten: plannen, ontbrekend });

  const allesBereikt = plannen.every((u) => u.doelBereikt === true);
  const vergelijking = vergelijkingsGemeenten.length > 0 ? verschilInVerschillen(plannen, bruikbareVergelijking, plan.richting) : undefined;
  const oordeel: Oordeel = allesBereikt && (vergelijking === undefined || vergelijking.gunstig) ? 'effect_bereikt' : 'niet_bereikt';
  const klein = vergelijking ? bruikbareVergelijking.filter((u) => u.nulmetingKlein || u.laatste.klein).map((u) => u.gemeente) : [];
  return tekst({
    ...basis,
    oordeel,
    gemeenten: plannen,
    ...(vergelijking ? { vergelijking } : {}),
    ontbrekend,
    ...(klein.length ? { kleineVergelijkingsgemeenten: klein } : {}),
  });
}

interface BruikbareUitkomst extends GemeenteUitkomst {
  nulmeting: number;
  laatste: { periode: string; waarde: number; klein?: true };
  verandering: number;
}

function bruikbaar(uitkomst: GemeenteUitkomst): uitkomst is BruikbareUitkomst {
  return uitkomst.nulmeting !== undefined && uitkomst.laatste !== undefined && uitkomst.verandering !== undefined;
}

function uitkomstVan(gemeente: string, invoer: EvaluatieInvoer, beslissend: string | undefined): GemeenteUitkomst {
  const uitkomst: GemeenteUitkomst = { gemeente };
  const nulmeting = nulmetingVan(invoer.plan, gemeente);
  if (nulmeting !== undefined) uitkomst.nulmeting = nulmeting;
  if (nulmeting !== undefined && eigen(invoer.plan.nulmeting, gemeente)?.klein?.length) uitkomst.nulmetingKlein = true;
  const punt = beslissend === undefined ? undefined : puntOver(eigen(invoer.reeksen, gemeente), beslissend);
  if (beslissend !== undefined && punt !== undefined) {
    const waarde = punt.waarde;
    uitkomst.laatste = { periode: beslissend, waarde, ...(isKlein(punt.teller ?? null) ? { klein: true as const } : {}) };
    uitkomst.doelBereikt = !buitenDoel(waarde, invoer.plan);
    if (nulmeting !== undefined) uitkomst.verandering = afronden(waarde - nulmeting);
  }
  return uitkomst;
}

function nulmetingVan(plan: PlanIndicator, gemeente: string): number | undefined {
  const waarde = eigen(plan.nulmeting, gemeente)?.waarde;
  return waarde !== undefined && Number.isFinite(waarde) ? waarde : undefined;
}

/** The point of a series for one period; with a period delivered twice the last one counts. */
function puntOver(reeks: Meetpunt[] | undefined, periode: string): Meetpunt | undefined {
  return (reeks ?? []).filter((p) => p.periode === periode && Number.isFinite(p.waarde)).at(-1);
}

function watOntbreekt(gemeente: string, plan: PlanIndicator, meetmomenten: string[], reeksen: Record<string, Meetpunt[]>, rol: string): string[] {
  const ontbrekend: string[] = [];
  if (nulmetingVan(plan, gemeente) === undefined) ontbrekend.push(`${gemeente}${rol}: geen nulmeting`);
  const gaten = eigen(plan.nulmeting, gemeente)?.ontbrekendePerioden ?? [];
  if (nulmetingVan(plan, gemeente) !== undefined && gaten.length) ontbrekend.push(`${gemeente}${rol}: nulmeting zonder ${gaten.join(', ')}`);
  const reeks = eigen(reeksen, gemeente);
  for (const moment of uniek(meetmomenten)) {
    if (puntOver(reeks, moment) === undefined) ontbrekend.push(`${gemeente}${rol}: geen meting over ${moment}`);
  }
  return ontbrekend;
}

function verschilInVerschillen(plannen: BruikbareUitkomst[], vergelijkingen: BruikbareUitkomst[], richting: DoelRichting): Vergelijking {
  const gemiddeldeVeranderingPlan = afronden(gemiddelde(plannen.map((u) => u.verandering)));
  const gemiddeldeVeranderingVergelijking = afronden(gemiddelde(vergelijkingen.map((u) => u.verandering)));
  const verschil = afronden(gemiddeldeVeranderingPlan - gemiddeldeVeranderingVergelijking);
  return {
    gemiddeldeVeranderingPlan,
    gemiddeldeVeranderingVergelijking,
    verschilInVerschillen: verschil,
    gunstig: richting === 'maximaal' ? verschil < 0 : verschil > 0,
  };
}

function gemiddelde(waarden: number[]): number {
  return waarden.reduce((som, w) => som + w, 0) / waarden.length;
}

function afronden(waarde: number): number {
  const factor = 10 ** DECIMALEN;
  // `|| 0` turns -0 into 0, so a DiD of "minus nothing" is never reported or compared as negative.
  return Math.round(waarde * factor) / factor || 0;
}

/** A record entry by gemeente code, never one inherited from Object.prototype. */
function eigen<T>(perGemeente: Record<string, T>, gemeente: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(perGemeente, gemeente) ? perGemeente[gemeente] : undefined;
}

function uniek(waarden: string[]): string[] {
  return [...new Set(waarden)];
}

/** The verdict of a plan from those of its indicators: any without enough data holds it back. */
export function samenvatting(oordelen: Oordeel[]): Oordeel {
  if (oordelen.includes('onvoldoende_data')) return 'onvoldoende_data';
  return oordelen.every((o) => o === 'effect_bereikt') ? 'effect_bereikt' : 'niet_bereikt';
}

/** A stored figure as far as a plan needs it. */
export interface PlanMeting extends Meetpunt {
  indicator: string;
  gemeente: string | null;
  bron: string;
}

/**
 * Per indicator and gemeente the points that count: of the indicator's source when the plan names
 * one, else per period the figure changed last (`metingen` ordered by change time, oldest first).
 */
export function groepeerReeksen(metingen: PlanMeting[], indicatoren: ReadonlyArray<{ indicator: string; bron?: string }>): Map<string, Map<string, Meetpunt[]>> {
  const result = new Map<string, Map<string, Meetpunt[]>>();
  for (const { indicator, bron } of indicatoren) {
    const perGemeente = new Map<string, Map<string, Meetpunt>>();
    for (const m of metingen) {
      if (m.indicator !== indicator || m.gemeente === null || (bron && m.bron !== bron)) continue;
      const punten = perGemeente.get(m.gemeente) ?? new Map<string, Meetpunt>();
      punten.set(m.periode, { periode: m.periode, waarde: m.waarde, teller: m.teller });
      perGemeente.set(m.gemeente, punten);
    }
    result.set(indicator, new Map([...perGemeente].map(([gemeente, punten]) => [gemeente, [...punten.values()]])));
  }
  return result;
}

/**
 * A baseline that could not be taken when the plan was made — a new indicator without figures, as
 * an outcome criterion's — is taken once the figures up to `nulmetingTot` are there; one that was
 * taken stays as it was. Returns the baselines per gemeente, and whether any was added.
 */
export function vulNulmetingAan(
  bestaand: Record<string, Nulmeting>,
  reeksen: Map<string, Meetpunt[]> | undefined,
  gemeenten: readonly string[],
  tot: string,
  aantal: number,
): { nulmeting: Record<string, Nulmeting>; aangevuld: boolean } {
  const nulmeting = { ...bestaand };
  let aangevuld = false;
  for (const gemeente of gemeenten) {
    if (eigen(nulmeting, gemeente)) continue;
    const genomen = bepaalNulmeting(reeksen?.get(gemeente) ?? [], tot, aantal);
    if (!genomen) continue;
    const gaten = gatenIn(genomen.periodes);
    nulmeting[gemeente] = gaten.length ? { ...genomen, ontbrekendePerioden: gaten } : genomen;
    aangevuld = true;
  }
  return { nulmeting, aangevuld };
}
