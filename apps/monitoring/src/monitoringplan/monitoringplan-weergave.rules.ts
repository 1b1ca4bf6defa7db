import { afgeleid, Getal, isVerborgen, Kijker, nlGetal, ONDERDRUKT, toon, zichtbareWaarde } from '@koers/domain';
import type { Evaluatie, GemeenteUitkomst, Nulmeting, Vergelijking } from './monitoringplan.rules';

/**
 * What one viewer sees of a plan and its evaluation. The evaluation is stored with every number and
 * with which of them rest on a small teller; each response, event and text is made from it for its
 * reader with @koers/domain's suppression: a small figure is shown only inside its own gemeente, and
 * so is everything computed from it (a change, a mean change, the difference in differences).
 */

/** Gemeente names by code. */
export type Namen = Readonly<Record<string, string>>;

export interface Lezer {
  indicator: string;
  /** The decisive meetmoment. */
  beslissend: string | undefined;
  kijker: Kijker;
  namen: Namen;
}

interface Getallen {
  per: Map<GemeenteUitkomst, { nulmeting?: Getal; laatste?: Getal; verandering?: Getal }>;
  vergelijking?: { plan: Getal; vergelijking: Getal; verschil: Getal };
}

function getallen(evaluatie: Omit<Evaluatie, 'toelichting'>, kijker: Kijker): Getallen {
  const per: Getallen['per'] = new Map();
  for (const u of evaluatie.gemeenten) {
    const nulmeting = u.nulmeting === undefined ? undefined : { ...afgeleid(u.nulmeting), onderdrukt: isVerborgen({ gemeente: u.gemeente, klein: u.nulmetingKlein === true }, kijker) };
    const laatste = u.laatste && { waarde: u.laatste.waarde, onderdrukt: isVerborgen({ gemeente: u.gemeente, klein: u.laatste.klein === true }, kijker) };
    const verandering = u.verandering === undefined ? undefined : afgeleid(u.verandering, ...[nulmeting, laatste].filter((g): g is Getal => g !== undefined));
    per.set(u, { nulmeting, laatste, verandering });
  }
  const v = evaluatie.vergelijking;
  if (!v) return { per };
  const plan = afgeleid(v.gemiddeldeVeranderingPlan, ...[...per.values()].flatMap((g) => (g.verandering ? [g.verandering] : [])));
  const kleine = (evaluatie.kleineVergelijkingsgemeenten ?? []).map((gemeente) => ({ waarde: 0, onderdrukt: isVerborgen({ gemeente, klein: true }, kijker) }));
  const vergelijking = afgeleid(v.gemiddeldeVeranderingVergelijking, ...kleine);
  return { per, vergelijking: { plan, vergelijking, verschil: afgeleid(v.verschilInVerschillen, plan, vergelijking) } };
}

/** The toelichting of one indicator's evaluation, in plain Dutch, as this reader may read it. */
export function toelichting(evaluatie: Omit<Evaluatie, 'toelichting'>, lezer: Lezer): string {
  const { per, vergelijking } = getallen(evaluatie, lezer.kijker);
  const naam = (code: string) => lezer.namen[code] ?? code;
  const zinnen: string[] = [];
  const over = lezer.beslissend === undefined ? '' : ` over ${lezer.beslissend}`;
  if (evaluatie.oordeel === 'onvoldoende_data') {
    zinnen.push(`Nog geen oordeel over ${lezer.indicator}${over}: er zijn te weinig gegevens.`);
  } else {
    zinnen.push(`${evaluatie.oordeel === 'effect_bereikt' ? 'Effect bereikt' : 'Effect niet bereikt'} voor ${lezer.indicator}${over}.`);
  }
  const doel = `doel ${evaluatie.richting} ${nlGetal(evaluatie.doelwaarde)}`;
  for (const uitkomst of evaluatie.gemeenten) {
    const getal = per.get(uitkomst) ?? {};
    const nulmeting = getal.nulmeting ? `nulmeting ${toon(getal.nulmeting)}` : 'geen nulmeting';
    if (uitkomst.laatste && getal.laatste) {
      const bereikt = uitkomst.doelBereikt ? 'bereikt' : 'niet bereikt';
      zinnen.push(`${naam(uitkomst.gemeente)}: ${nulmeting}, laatste meting ${toon(getal.laatste)}${over}, ${doel}: ${bereikt}.`);
    } else {
      zinnen.push(`${naam(uitkomst.gemeente)}: ${nulmeting}, nog geen meting${over}, ${doel}.`);
    }
  }
  if (evaluatie.vergelijking && vergelijking) zinnen.push(vergelijkingsZin(evaluatie.vergelijking, vergelijking));
  if (evaluatie.oordeel === 'niet_bereikt') zinnen.push(waaromNiet(evaluatie.gemeenten, evaluatie.vergelijking, naam));
  if (evaluatie.ontbrekend.length > 0) zinnen.push(`Ontbreekt: ${evaluatie.ontbrekend.map((regel) => metNaam(regel, naam)).join('; ')}.`);
  return zinnen.join(' ');
}

function vergelijkingsZin(v: Vergelijking, getal: NonNullable<Getallen['vergelijking']>): string {
  const veranderingen = `Verandering sinds de nulmeting: gemiddeld ${toon(getal.plan)} in de plangemeenten en ${toon(getal.vergelijking)} in de vergelijkingsgemeenten. `;
  if (getal.verschil.onderdrukt) {
    return `${veranderingen}Het verschil in verschillen is ${toon(getal.verschil)}: de plangemeenten deden het ${v.gunstig ? 'beter dan' : 'niet beter dan'} de vergelijkingsgemeenten.`;
  }
  const afstand = nlGetal(Math.abs(v.verschilInVerschillen));
  // A DiD below 0,005 shows as 0 but still decides the verdict, so the words must not say "even goed".
  const bijnaNul = afstand === '0' && v.verschilInVerschillen !== 0;
  const hoeveel = bijnaNul ? 'iets' : afstand;
  const uitkomst = v.verschilInVerschillen === 0 ? 'even goed als' : v.gunstig ? `${hoeveel} beter dan` : `${hoeveel} slechter dan`;
  return (
    veranderingen +
    `Het verschil in verschillen is ${bijnaNul ? 'bijna 0' : nlGetal(v.verschilInVerschillen)}: ` +
    `de plangemeenten deden het ${uitkomst} de vergelijkingsgemeenten.`
  );
}

function waaromNiet(plannen: GemeenteUitkomst[], vergelijking: Vergelijking | undefined, naam: (code: string) => string): string {
  const gemist = plannen.filter((u) => u.doelBereikt !== true).map((u) => naam(u.gemeente));
  const redenen: string[] = [];
  if (gemist.length > 0) redenen.push(`${gemist.join(', ')} ${gemist.length === 1 ? 'haalt' : 'halen'} het doel niet`);
  if (vergelijking && !vergelijking.gunstig) {
    redenen.push('de plangemeenten deden het niet beter dan de vergelijkingsgemeenten, dus de verandering komt niet aantoonbaar door het plan');
  }
  const zin = redenen.join(', en ');
  return `${zin.charAt(0).toUpperCase()}${zin.slice(1)}.`;
}

/** A line of `ontbrekend` starts with the gemeente's code; people read its name. */
function metNaam(regel: string, naam: (code: string) => string): string {
  return regel.replace(/^GM[0-9]{4}/, (code) => naam(code));
}

export interface GetoondeUitkomst {
  gemeente: string;
  naam?: string;
  nulmeting?: number | null;
  laatste?: { periode: string; waarde: number | null; weergave: string };
  verandering?: number | null;
  doelBereikt?: boolean;
  /** Some of its numbers rest on a small teller and are not shown to this reader. */
  onderdrukt?: true;
}

export interface GetoondeVergelijking {
  gemiddeldeVeranderingPlan: number | null;
  gemiddeldeVeranderingVergelijking: number | null;
  verschilInVerschillen: number | null;
  gunstig: boolean;
  onderdrukt?: true;
}

export type GetoondeEvaluatie = Omit<Evaluatie, 'gemeenten' | 'vergelijking' | 'kleineVergelijkingsgemeenten'> & {
  gemeenten: GetoondeUitkomst[];
  vergelijking?: GetoondeVergelijking;
};

/** One indicator's evaluation as this reader may see it: numbers and toelichting alike. */
export function toonEvaluatie(evaluatie: Evaluatie, lezer: Lezer): GetoondeEvaluatie {
  const { per, vergelijking } = getallen(evaluatie, lezer.kijker);
  return {
    oordeel: evaluatie.oordeel,
    doelwaarde: evaluatie.doelwaarde,
    richting: evaluatie.richting,
    ontbrekend: evaluatie.ontbrekend,
    toelichting: toelichting(evaluatie, lezer),
    gemeenten: evaluatie.gemeenten.map((u) => {
      const getal = per.get(u) ?? {};
      const verborgen = [getal.nulmeting, getal.laatste, getal.verandering].some((g) => g?.onderdrukt);
      return {
        gemeente: u.gemeente,
        ...(lezer.namen[u.gemeente] ? { naam: lezer.namen[u.gemeente] } : {}),
        ...(getal.nulmeting ? { nulmeting: zichtbareWaarde(getal.nulmeting) } : {}),
        ...(u.laatste && getal.laatste ? { laatste: { periode: u.laatste.periode, waarde: zichtbareWaarde(getal.laatste), weergave: toon(getal.laatste) } } : {}),
        ...(getal.verandering ? { verandering: zichtbareWaarde(getal.verandering) } : {}),
        ...(u.doelBereikt !== undefined ? { doelBereikt: u.doelBereikt } : {}),
        ...(verborgen ? { onderdrukt: true as const } : {}),
      };
    }),
    ...(evaluatie.vergelijking && vergelijking
      ? {
          vergelijking: {
            gemiddeldeVeranderingPlan: zichtbareWaarde(vergelijking.plan),
            gemiddeldeVeranderingVergelijking: zichtbareWaarde(vergelijking.vergelijking),
            verschilInVerschillen: zichtbareWaarde(vergelijking.verschil),
            gunstig: evaluatie.vergelijking.gunstig,
            ...(vergelijking.verschil.onderdrukt ? { onderdrukt: true as const } : {}),
          },
        }
      : {}),
  };
}

export type GetoondeNulmeting = Omit<Nulmeting, 'klein' | 'waarde'> & { waarde: number | null; onderdrukt?: true; weergave?: string };

/** A plan's baseline of one gemeente as this reader may see it; one resting on a small teller says so instead of a number. */
export function toonNulmeting(gemeente: string, nulmeting: Nulmeting, kijker: Kijker): GetoondeNulmeting {
  const { klein, ...rest } = nulmeting;
  if (!isVerborgen({ gemeente, klein: (klein ?? []).length > 0 }, kijker)) return rest;
  const hoe = klein?.length === nulmeting.periodes.length ? 'alleen' : 'deels';
  return { ...rest, waarde: null, onderdrukt: true, weergave: `niet te tonen: rust ${hoe} op kleine aantallen (${ONDERDRUKT})` };
}
