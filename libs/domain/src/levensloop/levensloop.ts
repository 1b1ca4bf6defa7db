import { NietBevoegd, OngeldigeInvoer, Statusconflict, Weigering } from '../weigering/weigeringen';
import type { Afwijzing, Declaratie, EisRegel, Oordeel, Stap } from './levensloop.types';

/**
 * A life cycle as data: the declaring service gives its table, the descriptions and the checks;
 * this judges every step against it, the same way for every service.
 */
export class Levensloop<S extends string, A extends string, W extends string, E extends string, T extends { status: S }, X, F> {
  constructor(private readonly declaratie: Declaratie<S, A, W, E, T, X, F>) {
    controleerTabel(declaratie);
  }

  get stappen(): readonly Stap<S, A, W, E>[] {
    return this.declaratie.stappen;
  }

  volgendeStappen(status: S): readonly Stap<S, A, W, E>[] {
    return this.declaratie.stappen.filter((stap) => stap.van === status);
  }

  /** Judges one step: who asks (`actor`), on which record (`toestand`), with which facts the service looked up. */
  beoordeel(toestand: T, naar: S, aanleiding: A, actor: X, feiten: F): Oordeel<S, A, W, E> {
    const { onderwerp, aanleidingen, wie, eisen } = this.declaratie;
    const van = toestand.status;
    const stap = this.declaratie.stappen.find((s) => s.van === van && s.naar === naar);
    if (!stap) {
      const mogelijk = this.volgendeStappen(van).map((s) => s.naar);
      const verder = mogelijk.length
        ? `Vanuit '${van}' kan ${onderwerp.voornaamwoord ?? (onderwerp.lidwoord === 'het' ? 'het' : 'hij')} alleen naar: ${mogelijk.join(', ')}.`
        : `'${van}' is een eindstatus.`;
      return geweigerd(`Een ${onderwerp.naam} met status '${van}' kan niet naar '${naar}'. ${verder}`, van, []);
    }
    if (stap.aanleiding !== aanleiding) {
      return geweigerd(`Van '${van}' naar '${naar}' gaat ${aanleidingen[stap.aanleiding]}.`, van, stap.eisen.map((eis) => eisen[eis].omschrijving));
    }
    const wieVanStap = lijst(stap.wie);
    if (!wieVanStap.some((w) => wie[w].mag(toestand, actor))) {
      return { uitkomst: 'niet_bevoegd', reden: `Van '${van}' naar '${naar}' mag alleen ${wieVanStap.map((w) => wie[w].omschrijving).join(' of ')}.` };
    }
    const regels = stap.eisen.map((eis) => eisen[eis]);
    const velden = regels.flatMap((regel) =>
      regel.veld && ontbrekend(regel, feiten, toestand).length
        ? [{ naam: regel.veld.naam, code: 'verplicht', reden: typeof regel.veld.reden === 'string' ? regel.veld.reden : regel.veld.reden(naar) }]
        : [],
    );
    if (velden.length) return { uitkomst: 'onvolledig', velden };
    const ontbreekt = regels.flatMap((regel) => ontbrekend(regel, feiten, toestand));
    if (ontbreekt.length) {
      const de = onderwerp.lidwoord === 'het' ? 'Het' : 'De';
      return geweigerd(`${de} ${onderwerp.naam} heeft status '${van}'; voor '${naar}' ontbreekt: ${ontbreekt.join('; ')}.`, van, ontbreekt);
    }
    return { uitkomst: 'toegestaan', stap };
  }

  /** The step when the verdict is toegestaan; otherwise throws the refusal that belongs to it. */
  toegestaneStap(toestand: T, naar: S, aanleiding: A, actor: X, feiten: F): Stap<S, A, W, E> {
    const oordeel = this.beoordeel(toestand, naar, aanleiding, actor, feiten);
    weigerTenzijToegestaan(oordeel);
    return (oordeel as Extract<Oordeel<S, A, W, E>, { uitkomst: 'toegestaan' }>).stap;
  }
}

/** The refusal that belongs to a verdict: onvolledig (400), niet bevoegd (403), geweigerd (409). */
export function weigeringVoor<S extends string>(afwijzing: Afwijzing<S>): Weigering {
  switch (afwijzing.uitkomst) {
    case 'onvolledig':
      return new OngeldigeInvoer(afwijzing.velden);
    case 'niet_bevoegd':
      return new NietBevoegd(afwijzing.reden, 'niet-bevoegd');
    case 'geweigerd':
      return new Statusconflict(afwijzing.reden, afwijzing.huidigeStatus, afwijzing.ontbreekt);
  }
}

export function weigerTenzijToegestaan<S extends string>(oordeel: Afwijzing<S> | { uitkomst: 'toegestaan' }): void {
  if (oordeel.uitkomst !== 'toegestaan') throw weigeringVoor(oordeel);
}

function geweigerd<S extends string>(reden: string, huidigeStatus: S, ontbreekt: string[]): Afwijzing<S> {
  return { uitkomst: 'geweigerd', reden, huidigeStatus, ontbreekt };
}

function ontbrekend<S extends string, T, F>(regel: EisRegel<S, T, F>, feiten: F, toestand: T): readonly string[] {
  if ('ontbreekt' in regel) return regel.ontbreekt(feiten, toestand);
  return regel.voldaan(feiten, toestand) ? [] : [regel.omschrijving];
}

function lijst<W>(wie: W | readonly W[]): readonly W[] {
  return Array.isArray(wie) ? wie : [wie as W];
}

/** A table that names an unknown status, a step twice, or nobody who may take it is a programming error. */
function controleerTabel<S extends string, A extends string, W extends string, E extends string, T extends { status: S }, X, F>(
  declaratie: Declaratie<S, A, W, E, T, X, F>,
): void {
  const gezien = new Set<string>();
  for (const stap of declaratie.stappen) {
    const naam = `${stap.van} → ${stap.naar}`;
    const fout = (waarom: string) => new Error(`life cycle of ${declaratie.onderwerp.naam}: step ${naam} ${waarom}`);
    if (!declaratie.statussen.includes(stap.van) || !declaratie.statussen.includes(stap.naar)) throw fout('names an unknown status');
    if (gezien.has(naam)) throw fout('is declared twice');
    gezien.add(naam);
    if (!(stap.aanleiding in declaratie.aanleidingen)) throw fout(`has an undescribed aanleiding '${stap.aanleiding}'`);
    const wie = lijst(stap.wie);
    if (!wie.length || wie.some((w) => !(w in declaratie.wie))) throw fout('names nobody, or somebody without a rule, who may take it');
    if (stap.eisen.some((eis) => !(eis in declaratie.eisen))) throw fout('has a requirement without a rule');
  }
}
