import { getal, Kijker, toon, zichtbareWaarde } from '@koers/domain';
import type { DoelRichting } from '../koersdoel/koersdoel.entity';
import { buitenDoel } from '../koersdoel/koersdoel.rules';
import { leesPeriode, vergelijkPeriodes } from '../meting/periode.rules';
import type { PlanIndicatorOpslag } from './monitoringplan.entity';
import { evalueer, Meetpunt, Oordeel, samenvatting, vulNulmetingAan } from './monitoringplan.rules';
import { Namen, toonEvaluatie } from './monitoringplan-weergave.rules';

/**
 * Where a plan stands now (the follow-up of an agreement): per indicator the latest figure of each
 * plan gemeente against the target, and the verdict the rules would give on today's figures with
 * what is still missing — as this viewer may see it. Nothing is stored; the plan's own verdict
 * comes from its evaluations.
 */

export interface PlanVoorStand {
  gemeenten: string[];
  vergelijkingsgemeenten: string[];
  indicatoren: PlanIndicatorOpslag[];
  nulmetingTot: string;
  nulmetingPerioden: number;
  meetmomenten: string[];
}

export interface LaatsteMeting {
  gemeente: string;
  naam?: string;
  periode: string;
  /** null when it rests on a small teller of another gemeente than the viewer's. */
  waarde: number | null;
  weergave: string;
  doelBereikt: boolean;
  onderdrukt?: true;
}

export interface IndicatorStand {
  indicator: string;
  doelwaarde: number;
  richting: DoelRichting;
  oordeel: Oordeel;
  /** Per plan gemeente its latest figure since the baseline; a gemeente without one is in `ontbrekend`. */
  laatsteMetingen: LaatsteMeting[];
  ontbrekend: string[];
  toelichting: string;
}

export interface PlanStand {
  oordeel: Oordeel;
  indicatoren: IndicatorStand[];
}

export function standVan(plan: PlanVoorStand, reeksen: Map<string, Map<string, Meetpunt[]>>, namen: Namen, kijker: Kijker): PlanStand {
  const alle = [...plan.gemeenten, ...plan.vergelijkingsgemeenten];
  const indicatoren = plan.indicatoren.map((i): IndicatorStand => {
    const perGemeente = reeksen.get(i.indicator);
    const { nulmeting } = vulNulmetingAan(i.nulmeting, perGemeente, alle, plan.nulmetingTot, plan.nulmetingPerioden);
    const evaluatie = evalueer({
      plan: { ...i, nulmeting, gemeenten: plan.gemeenten, vergelijkingsgemeenten: plan.vergelijkingsgemeenten },
      meetmomenten: plan.meetmomenten,
      reeksen: Object.fromEntries(perGemeente ?? []),
      namen,
    });
    const getoond = toonEvaluatie(evaluatie, { indicator: i.indicator, beslissend: plan.meetmomenten.at(-1), kijker, namen });
    return {
      indicator: i.indicator,
      doelwaarde: i.doelwaarde,
      richting: i.richting,
      oordeel: evaluatie.oordeel,
      laatsteMetingen: plan.gemeenten.flatMap((gemeente) => {
        const punt = laatsteNa(perGemeente?.get(gemeente) ?? [], plan.nulmetingTot);
        if (!punt) return [];
        const zichtbaar = getal(punt.waarde, { gemeente, teller: punt.teller ?? null }, kijker);
        return [{
          gemeente,
          ...(namen[gemeente] ? { naam: namen[gemeente] } : {}),
          periode: punt.periode,
          waarde: zichtbareWaarde(zichtbaar),
          weergave: toon(zichtbaar),
          doelBereikt: !buitenDoel(punt.waarde, i),
          ...(zichtbaar.onderdrukt ? { onderdrukt: true as const } : {}),
        }];
      }),
      ontbrekend: getoond.ontbrekend,
      toelichting: getoond.toelichting,
    };
  });
  return { oordeel: samenvatting(indicatoren.map((i) => i.oordeel)), indicatoren };
}

/** The latest point after the baseline, of the baseline's kind of period. */
function laatsteNa(reeks: Meetpunt[], tot: string): Meetpunt | undefined {
  const grens = leesPeriode(tot);
  if (!grens) return undefined;
  let laatste: { punt: Meetpunt; periode: NonNullable<ReturnType<typeof leesPeriode>> } | undefined;
  for (const punt of reeks) {
    const periode = leesPeriode(punt.periode);
    if (!periode || periode.soort !== grens.soort || vergelijkPeriodes(periode, grens) <= 0) continue;
    if (!laatste || vergelijkPeriodes(periode, laatste.periode) > 0) laatste = { punt, periode };
  }
  return laatste?.punt;
}
