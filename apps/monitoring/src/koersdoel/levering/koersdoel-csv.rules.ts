import { leesCsvTekst, leesGetal } from '../../meting/csv/metingen-csv';
import type { RijFout } from '../../meting/meting.rules';
import { DOEL_RICHTINGEN, DoelRichting } from '../koersdoel.entity';

/**
 * A file of the course targets of a koersdocument: one row per indicator and gemeente (empty: the
 * region as a whole) with its target, direction and the section it comes from. Pure: the region's
 * catalogue and gemeenten come in, rows or every fault (line, column, reason) go out.
 */

export const KOERSDOEL_KOLOMMEN = ['indicator', 'gemeente', 'doelwaarde', 'richting', 'koersdocumentsectie'] as const;
type Kolom = (typeof KOERSDOEL_KOLOMMEN)[number];

export interface KoersdoelRij {
  regel: number;
  indicator: string;
  gemeente: string | null;
  doelwaarde: number;
  richting: DoelRichting;
  koersdocumentSectie: string;
}

export interface KoersdoelRuimte {
  regio: string;
  indicatoren: ReadonlySet<string>;
  gemeenten: ReadonlySet<string>;
}

const MAX_SECTIE = 500;

export function leesKoersdoelen(tekst: string, ruimte: KoersdoelRuimte): { rijen: KoersdoelRij[] } | { fouten: RijFout[] } {
  const { decimaleKomma, records } = leesCsvTekst(tekst);
  const [kop, ...regels] = records;
  if (!kop) return { fouten: [{ regel: 1, reden: `het bestand is leeg: de kopregel ontbreekt (${KOERSDOEL_KOLOMMEN.join(', ')})` }] };
  const kolommen = kolomIndeling(kop.velden);
  if ('fout' in kolommen) return { fouten: [{ regel: kop.regel, reden: kolommen.fout }] };

  const fouten: RijFout[] = [];
  const rijen: KoersdoelRij[] = [];
  const eerder = new Map<string, KoersdoelRij>();
  for (const { velden, regel, fout } of regels) {
    if (fout) {
      fouten.push({ regel, reden: fout });
      continue;
    }
    if (velden.length !== kop.velden.length) {
      fouten.push({ regel, reden: `de regel heeft ${velden.length} velden, de kopregel ${kop.velden.length}` });
      continue;
    }
    const gelezen = leesRij(velden, regel, kolommen.indeling, decimaleKomma, ruimte);
    if ('fouten' in gelezen) {
      fouten.push(...gelezen.fouten);
      continue;
    }
    const sleutel = `${gelezen.indicator}|${gelezen.gemeente ?? ''}`;
    const dubbel = eerder.get(sleutel);
    if (!dubbel) {
      eerder.set(sleutel, gelezen);
      rijen.push(gelezen);
    } else if (!zelfdeDoel(dubbel, gelezen)) {
      fouten.push({ regel, reden: `regels ${dubbel.regel}, ${regel} geven verschillende koersdoelen voor ${gelezen.indicator} in ${gelezen.gemeente ?? 'de regio'}` });
    }
  }
  if (!rijen.length && !fouten.length) fouten.push({ regel: kop.regel + 1, reden: 'het bestand bevat geen koersdoelen' });
  return fouten.length ? { fouten } : { rijen };
}

export function zelfdeDoel(a: Pick<KoersdoelRij, 'doelwaarde' | 'richting' | 'koersdocumentSectie'>, b: Pick<KoersdoelRij, 'doelwaarde' | 'richting' | 'koersdocumentSectie'>): boolean {
  return a.doelwaarde === b.doelwaarde && a.richting === b.richting && a.koersdocumentSectie === b.koersdocumentSectie;
}

function kolomIndeling(kop: string[]): { indeling: Record<Kolom, number> } | { fout: string } {
  const namen = kop.map((naam) => naam.trim().toLowerCase());
  const onbekend = namen.filter((naam) => !(KOERSDOEL_KOLOMMEN as readonly string[]).includes(naam));
  const ontbrekend = KOERSDOEL_KOLOMMEN.filter((kolom) => !namen.includes(kolom));
  const dubbel = namen.filter((naam, i) => namen.indexOf(naam) !== i);
  if (onbekend.length || ontbrekend.length || dubbel.length) {
    const delen = [
      ...(onbekend.length ? [`onbekende kolom(men) ${onbekend.map((n) => `'${n}'`).join(', ')}`] : []),
      ...(ontbrekend.length ? [`ontbrekende kolom(men) ${ontbrekend.map((n) => `'${n}'`).join(', ')}`] : []),
      ...(dubbel.length ? [`dubbele kolom(men) ${dubbel.map((n) => `'${n}'`).join(', ')}`] : []),
    ];
    return { fout: `${delen.join('; ')}; verwacht: indicator, gemeente, doelwaarde, richting, koersdocumentSectie` };
  }
  return { indeling: Object.fromEntries(KOERSDOEL_KOLOMMEN.map((kolom) => [kolom, namen.indexOf(kolom)])) as Record<Kolom, number> };
}

function leesRij(velden: string[], regel: number, k: Record<Kolom, number>, decimaleKomma: boolean, ruimte: KoersdoelRuimte): KoersdoelRij | { fouten: RijFout[] } {
  const fouten: RijFout[] = [];
  const fout = (kolom: string, reden: string) => fouten.push({ regel, kolom, reden });
  const veld = (kolom: Kolom) => velden[k[kolom]].trim();

  const indicator = veld('indicator');
  if (!indicator) fout('indicator', 'indicator ontbreekt');
  else if (!ruimte.indicatoren.has(indicator)) fout('indicator', `indicator '${indicator}' bestaat niet in de catalogus van ${ruimte.regio}`);
  const gemeente = veld('gemeente') || null;
  if (gemeente !== null && !ruimte.gemeenten.has(gemeente)) fout('gemeente', `gemeente ${gemeente} hoort niet bij regio ${ruimte.regio} (laat leeg voor de hele regio)`);
  const tekst = veld('doelwaarde');
  const doelwaarde = tekst ? leesGetal(tekst, decimaleKomma) : undefined;
  if (!tekst) fout('doelwaarde', 'doelwaarde ontbreekt');
  else if (doelwaarde === undefined) fout('doelwaarde', `doelwaarde '${tekst}' is geen getal`);
  const richting = veld('richting').toLowerCase();
  if (!(DOEL_RICHTINGEN as readonly string[]).includes(richting)) fout('richting', `richting moet maximaal of minimaal zijn${richting ? `, niet '${richting}'` : ''}`);
  const koersdocumentSectie = veld('koersdocumentsectie');
  if (!koersdocumentSectie) fout('koersdocumentSectie', 'koersdocumentSectie ontbreekt: noem het deel van het koersdocument');
  else if (koersdocumentSectie.length > MAX_SECTIE) fout('koersdocumentSectie', `koersdocumentSectie is langer dan ${MAX_SECTIE} tekens`);

  if (fouten.length || doelwaarde === undefined) return { fouten };
  return { regel, indicator, gemeente, doelwaarde, richting: richting as DoelRichting, koersdocumentSectie };
}
