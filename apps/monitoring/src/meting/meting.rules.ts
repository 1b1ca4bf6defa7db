import { GEMEENTECODE_PATTERN, PERIODE_PATTERN } from '@koers/contracts';
import { OngeldigeInvoer } from '@koers/domain';

/** One row of a delivery, after its syntax was checked (CSV line, JSON array item or event entry). */
export interface MetingRij {
  /** Line number in a CSV file, or position (1-based) in a JSON array or event. */
  regel: number;
  indicator: string;
  gemeente: string | null;
  periode: string;
  waarde: number;
  teller: number | null;
  noemer: number | null;
  bron: string | null;
}

export interface RijFout {
  regel: number;
  kolom?: string;
  reden: string;
}

/** A delivery refused whole: every bad row as `regel N: kolom` with its reason, the total in the detail. */
export function leveringGeweigerd(fouten: RijFout[], totaal: number, code: string): OngeldigeInvoer {
  return new OngeldigeInvoer(
    fouten.map((fout) => ({ naam: `regel ${fout.regel}${fout.kolom ? `: ${fout.kolom}` : ''}`, code, reden: fout.reden })),
    `De levering is geweigerd: ${totaal} ${totaal === 1 ? 'fout' : 'fouten'}${totaal > fouten.length ? ` (de eerste ${fouten.length} staan hieronder)` : ''}. Er is niets opgeslagen.`,
  );
}

/** What a delivery may refer to: the indicators and gemeenten of the region it is delivered in. */
export interface Aanleverruimte {
  regio: string;
  indicatoren: ReadonlySet<string>;
  gemeenten: ReadonlySet<string>;
  /** Source for rows that name none. */
  standaardBron: string | null;
}

/** What could be read of a row with faults; a field that could not be read is absent. */
export type GelezenDeel = Pick<MetingRij, 'regel' | 'bron'> & Partial<Pick<MetingRij, 'indicator' | 'gemeente'>>;

/** The checks that need the region: a known indicator, a gemeente of the region, a source; on a row with faults, of the fields that could be read. */
export function controleerRij(rij: GelezenDeel, ruimte: Aanleverruimte): RijFout[] {
  const fouten: RijFout[] = [];
  if (rij.indicator !== undefined && !ruimte.indicatoren.has(rij.indicator)) {
    fouten.push({ regel: rij.regel, kolom: 'indicator', reden: `indicator '${rij.indicator}' bestaat niet in de catalogus van ${ruimte.regio}` });
  }
  if (rij.gemeente !== undefined && rij.gemeente !== null && !ruimte.gemeenten.has(rij.gemeente)) {
    fouten.push({ regel: rij.regel, kolom: 'gemeente', reden: `gemeente ${rij.gemeente} hoort niet bij regio ${ruimte.regio}` });
  }
  if (!rij.bron && !ruimte.standaardBron) {
    fouten.push({ regel: rij.regel, kolom: 'bron', reden: 'bron ontbreekt: zet in de kolom bron waar dit cijfer vandaan komt, of geef één bron op voor de hele levering' });
  }
  return fouten;
}

const JSON_VELDEN = new Set(['indicator', 'gemeente', 'periode', 'waarde', 'teller', 'noemer', 'bron']);
const GEMEENTECODE = new RegExp(GEMEENTECODE_PATTERN);
const PERIODE = new RegExp(PERIODE_PATTERN);

/** Checks the shape of one item of a JSON delivery; `regel` is its 1-based position in the array. */
export function leesJsonMeting(item: unknown, regel: number): { rij: MetingRij } | { fouten: RijFout[]; deel?: GelezenDeel } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { fouten: [{ regel, reden: 'een meting is een object met indicator, periode en waarde' }] };
  }
  const velden = item as Record<string, unknown>;
  const fouten: RijFout[] = Object.keys(velden)
    .filter((veld) => !JSON_VELDEN.has(veld))
    .map((veld) => ({ regel, kolom: veld, reden: `${veld} is geen bekend veld` }));
  const tekst = (veld: string, verplicht: boolean): string | null => {
    const waarde = velden[veld];
    if (waarde === undefined || waarde === null) {
      if (verplicht) fouten.push({ regel, kolom: veld, reden: `${veld} ontbreekt` });
      return null;
    }
    if (typeof waarde !== 'string' || waarde.trim() === '') {
      fouten.push({ regel, kolom: veld, reden: `${veld} moet tekst zijn` });
      return null;
    }
    return waarde.trim();
  };
  const getal = (veld: string, verplicht: boolean): number | null => {
    const waarde = velden[veld];
    if (waarde === undefined || waarde === null) {
      if (verplicht) fouten.push({ regel, kolom: veld, reden: `${veld} ontbreekt` });
      return null;
    }
    if (typeof waarde !== 'number' || !Number.isFinite(waarde)) {
      fouten.push({ regel, kolom: veld, reden: `${veld} moet een getal zijn` });
      return null;
    }
    return waarde;
  };
  const indicator = tekst('indicator', true);
  const gemeente = tekst('gemeente', false);
  const periode = tekst('periode', true);
  const waarde = getal('waarde', true);
  const teller = getal('teller', false);
  const noemer = getal('noemer', false);
  const bron = tekst('bron', false);
  if (gemeente !== null && !GEMEENTECODE.test(gemeente)) fouten.push({ regel, kolom: 'gemeente', reden: `'${gemeente}' is geen CBS-gemeentecode (GM en vier cijfers)` });
  if (periode !== null && !PERIODE.test(periode)) {
    fouten.push({ regel, kolom: 'periode', reden: `'${periode}' is geen periode (2025, 2025-H1, 2025-Q3 of 2025-07)` });
  }
  fouten.push(...controleerTellerNoemer(regel, teller, noemer));
  if (fouten.length || indicator === null || periode === null || waarde === null) {
    const gelezen = fouten.some((f) => f.kolom === 'gemeente') ? {} : { gemeente };
    return { fouten, deel: { regel, bron, ...(indicator !== null ? { indicator } : {}), ...gelezen } };
  }
  return { rij: { regel, indicator, gemeente, periode, waarde, teller, noemer, bron } };
}

const SAMEN = 'geef teller en noemer samen, of geen van beide';

/**
 * The one rule for teller and noemer, whichever way figures come in (JSON, CSV, the bus): both or
 * neither — a teller means nothing without the noemer it is a share of — never negative, a noemer
 * of 0 is no share, and the teller is not larger than the noemer.
 */
export function tellerNoemerFouten(teller: number | null, noemer: number | null): Array<{ kolom: 'teller' | 'noemer'; reden: string }> {
  const negatief = [
    ...(teller !== null && teller < 0 ? [{ kolom: 'teller' as const, reden: `teller ${teller} is negatief` }] : []),
    ...(noemer !== null && noemer < 0 ? [{ kolom: 'noemer' as const, reden: `noemer ${noemer} is negatief` }] : []),
  ];
  if (negatief.length) return negatief;
  if (teller !== null && noemer === null) return [{ kolom: 'noemer', reden: `noemer ontbreekt: ${SAMEN}` }];
  if (teller === null && noemer !== null) return [{ kolom: 'teller', reden: `teller ontbreekt: ${SAMEN}` }];
  if (teller !== null && noemer === 0) return [{ kolom: 'noemer', reden: 'noemer is 0: daar is geen aandeel van te maken' }];
  if (teller !== null && noemer !== null && teller > noemer) return [{ kolom: 'teller', reden: `teller (${teller}) is groter dan noemer (${noemer})` }];
  return [];
}

export function controleerTellerNoemer(regel: number, teller: number | null, noemer: number | null): RijFout[] {
  return tellerNoemerFouten(teller, noemer).map((fout) => ({ regel, ...fout }));
}
