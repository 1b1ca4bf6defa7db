import type { AfwijkingRegel } from '@koers/contracts';
import type { Richting } from '../indicator/indicator.entity';
import { afgeleid, Getal, nlGetal, toon } from '@koers/domain';
import { buitenDoel } from '../koersdoel/koersdoel.rules';
import { leesPeriode, vorigePeriode } from '../meting/periode.rules';

/** One point of a series: periods of one kind (all months, all quarters…), oldest first. */
export interface Punt {
  periode: string;
  waarde: number;
  /** Suppressed for whoever reads the explanation (a small teller): judged, never shown. */
  onderdrukt?: boolean;
}

function cijfer(punt: Punt): Getal {
  return { waarde: punt.waarde, onderdrukt: punt.onderdrukt === true };
}

export interface Doel {
  doelwaarde: number;
  richting: 'maximaal' | 'minimaal';
}

export interface TrendInstellingen {
  /** Rule (b): this many consecutive period-to-period changes in the wrong direction. */
  opeenvolgend: number;
  /** Rule (c): the latest change lies more than this many standard deviations from the earlier changes' mean. */
  uitschieterFactor: number;
  /** Rule (c) needs at least this many earlier changes to know the series' own variation. */
  minimaleGeschiedenis: number;
}

export const STANDAARD_INSTELLINGEN: TrendInstellingen = { opeenvolgend: 3, uitschieterFactor: 3, minimaleGeschiedenis: 4 };

export interface Afwijking {
  regel: AfwijkingRegel;
  toelichting: string;
}

type Goed = 'omlaag' | 'omhoog' | undefined;

/**
 * The direction that is good for this series: the course target decides when there is one
 * (maximaal → down is good), else the indicator's own direction; `neutraal` without a target has none.
 */
export function goedeRichting(richting: Richting, doel: Doel | null): Goed {
  if (doel) return doel.richting === 'maximaal' ? 'omlaag' : 'omhoog';
  if (richting === 'lager_is_beter') return 'omlaag';
  if (richting === 'hoger_is_beter') return 'omhoog';
  return undefined;
}

/**
 * Judges the latest state of a series against its course (domain.md §6). Each rule stands alone;
 * a series can break several at once. Documented in apps/monitoring/README.md.
 */
export function beoordeelReeks(reeks: Punt[], richting: Richting, doel: Doel | null, instellingen = STANDAARD_INSTELLINGEN): Afwijking[] {
  if (reeks.length === 0) return [];
  const goed = goedeRichting(richting, doel);
  return [verkeerdeKantVanDoel(reeks, doel), opeenvolgendVerkeerd(reeks, goed, instellingen), uitschieter(reeks, goed, instellingen)].filter(
    (afwijking): afwijking is Afwijking => afwijking !== undefined,
  );
}

/** (a) The latest value is on the wrong side of the target. */
function verkeerdeKantVanDoel(reeks: Punt[], doel: Doel | null): Afwijking | undefined {
  const laatste = reeks[reeks.length - 1];
  if (!doel || !buitenDoel(laatste.waarde, doel)) return undefined;
  return {
    regel: 'verkeerde_kant_van_doel',
    toelichting: `De waarde over ${laatste.periode} is ${toon(cijfer(laatste))}; het koersdoel is ${doel.richting} ${nlGetal(doel.doelwaarde)}.`,
  };
}

/** (b) The last N changes between consecutive periods all went the wrong way. */
function opeenvolgendVerkeerd(reeks: Punt[], goed: Goed, { opeenvolgend }: TrendInstellingen): Afwijking | undefined {
  if (!goed) return undefined;
  const staart = aaneengesloten(reeks).slice(-(opeenvolgend + 1));
  if (staart.length < opeenvolgend + 1) return undefined;
  const verkeerd = staart.slice(1).every((punt, i) => (goed === 'omlaag' ? punt.waarde > staart[i].waarde : punt.waarde < staart[i].waarde));
  if (!verkeerd) return undefined;
  return {
    regel: 'opeenvolgend_verkeerde_richting',
    toelichting:
      `${opeenvolgend} perioden achter elkaar ${goed === 'omlaag' ? 'gestegen' : 'gedaald'}, terwijl ${goed === 'omlaag' ? 'lager' : 'hoger'} beter is: ` +
      staart.map((p) => `${p.periode} ${toon(cijfer(p))}`).join(' → ') + '.',
  };
}

/**
 * (c) The latest change is far outside the series' own variation: its z-score against the mean
 * and sample standard deviation of the earlier period-to-period changes exceeds the factor, in the
 * wrong direction (either direction when none is good). A series without variation is not judged.
 */
function uitschieter(reeks: Punt[], goed: Goed, { uitschieterFactor, minimaleGeschiedenis }: TrendInstellingen): Afwijking | undefined {
  const stappen = reeks.slice(1).map((punt, i) => punt.waarde - reeks[i].waarde);
  const laatste = stappen[stappen.length - 1];
  const eerder = stappen.slice(0, -1);
  if (laatste === undefined || eerder.length < minimaleGeschiedenis) return undefined;
  const gemiddelde = eerder.reduce((som, x) => som + x, 0) / eerder.length;
  const sd = Math.sqrt(eerder.reduce((som, x) => som + (x - gemiddelde) ** 2, 0) / (eerder.length - 1));
  if (sd === 0) return undefined;
  const z = (laatste - gemiddelde) / sd;
  const verkeerd = goed === 'omlaag' ? z > uitschieterFactor : goed === 'omhoog' ? z < -uitschieterFactor : Math.abs(z) > uitschieterFactor;
  if (!verkeerd) return undefined;
  const [voor, na] = reeks.slice(-2);
  const van = `Van ${voor.periode} (${toon(cijfer(voor))}) naar ${na.periode} (${toon(cijfer(na))})`;
  // The change, its mean and spread are computed from every point: with one suppressed they would give it away.
  if (afgeleid(laatste, ...reeks.map(cijfer)).onderdrukt) {
    return { regel: 'uitschieter', toelichting: `${van} is de verandering veel groter dan gebruikelijk in deze reeks.` };
  }
  return {
    regel: 'uitschieter',
    toelichting:
      `${van} is een verandering van ${nlGetal(laatste)}: ` +
      `${nlGetal(Math.abs(z))} standaardafwijkingen van de gebruikelijke verandering (gemiddeld ${nlGetal(gemiddelde)}, standaardafwijking ${nlGetal(sd)}).`,
  };
}

/** The trailing run of points whose periods follow each other without a gap. */
function aaneengesloten(reeks: Punt[]): Punt[] {
  let begin = reeks.length - 1;
  while (begin > 0) {
    const huidige = leesPeriode(reeks[begin].periode);
    if (!huidige || vorigePeriode(huidige).code !== reeks[begin - 1].periode) break;
    begin--;
  }
  return reeks.slice(begin);
}
