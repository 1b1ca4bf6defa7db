/**
 * Streaming reader of measurement CSV (the Koers layout and the CBS StatLine open-data layout).
 * Yields one result per row (or per value, for StatLine) while reading: the input is never held
 * whole in memory. Row problems are yielded as fouten so the caller can list every bad row;
 * problems with the file as a whole are thrown as CsvBestandFout. See apps/monitoring/docs/csv.md.
 */
import { isUtf8 } from 'node:buffer';
import { canoniekePeriode, statlinePeriode } from '../periode.rules';
import { tellerNoemerFouten, type MetingRij } from '../meting.rules';

/** One row of a delivery, as the intake takes it (see meting.rules.ts). */
export type CsvMeting = MetingRij;

export interface CsvFout {
  regel: number;
  kolom?: string;
  /** Dutch, plain, e.g. "waarde 'abc' is geen getal". */
  reden: string;
}

/** What could be read of a row with faults: the intake still checks it against the region, so every fault is named at once. */
export interface CsvDeel {
  regel: number;
  indicator?: string;
  gemeente?: string | null;
  bron: string | null;
}

export type CsvRegel = { meting: CsvMeting } | { fout: CsvFout } | { deel: CsvDeel };

export interface CsvOpties {
  /** After the faults of a row, also yield what could be read of it (`{ deel }`). */
  delen?: boolean;
}

export interface StatlineKolommen {
  /** Column with the region code; default 'RegioS'. */
  regio?: string;
  /** Column with the StatLine period code; default 'Perioden'. */
  periode?: string;
  /** CSV column → indicator code. */
  waarden: Record<string, string>;
  /** Default 'CBS StatLine'. */
  bron?: string;
}

export type CsvFormaat = { soort: 'koers' } | { soort: 'statline'; kolommen: StatlineKolommen };

/** Thrown for problems with the file as a whole (header, encoding): the caller answers 400 naming it. */
export class CsvBestandFout extends Error {
  override readonly name = 'CsvBestandFout';

  constructor(
    readonly reden: string,
    readonly regel?: number,
  ) {
    super(regel === undefined ? reden : `${reden} (regel ${regel})`);
  }
}

export async function* leesMetingenCsv(
  input: NodeJS.ReadableStream | AsyncIterable<Buffer | string>,
  formaat: CsvFormaat,
  opties: CsvOpties = {},
): AsyncGenerator<CsvRegel> {
  const teksten = utf8Teksten(input);
  const { voorloop, kopregel } = await leesVoorloop(teksten);
  if (kopregel === undefined) throw new CsvBestandFout(LEEG);
  const scheiding = scheidingsteken(kopregel);
  const records = new CsvRecords(scheiding);
  const verwerking = new Verwerking(formaat, scheiding, opties);
  for await (const tekst of metVoorloop(voorloop, teksten)) yield* verwerking.verwerk(records.lees(tekst));
  yield* verwerking.verwerk(records.einde());
  if (!verwerking.heeftKopregel) throw new CsvBestandFout(LEEG);
}

const LEEG = 'het bestand is leeg: de kopregel ontbreekt';

/** Turns records into results; the first record that is not empty is the header. */
class Verwerking {
  private lezer?: RegelLezer;

  constructor(
    private readonly formaat: CsvFormaat,
    private readonly scheiding: Scheiding,
    private readonly opties: CsvOpties,
  ) {}

  get heeftKopregel(): boolean {
    return this.lezer !== undefined;
  }

  *verwerk(records: CsvRecord[]): Generator<CsvRegel> {
    for (const { velden, regel, fout } of records) {
      if (isLeeg(velden)) continue;
      if (this.lezer === undefined) {
        if (fout !== undefined) throw new CsvBestandFout(fout, regel);
        this.lezer = maakLezer(this.formaat, velden, regel, this.scheiding, this.opties);
      } else if (fout !== undefined) {
        yield { fout: { regel, reden: fout } };
      } else {
        yield* this.lezer(velden, regel);
      }
    }
  }
}

/** Lines of only spaces or only delimiters (as spreadsheets leave behind) count as empty. */
function isLeeg(velden: string[]): boolean {
  return velden.every((veld) => veld.trim() === '');
}

// ---------------------------------------------------------------------------------------------
// Text: UTF-8 check, header line, delimiter

const GEEN_UTF8 = 'het bestand is geen UTF-8: sla het op als CSV in UTF-8';
const LF = 0x0a;
const CR = 0x0d;
const AANHALINGSTEKEN = 0x22;
/** Longer is no real row: most likely a quote that is never closed. Bounds the memory one row takes. */
const MAX_REGEL = 1_000_000;

/**
 * Decodes chunk by chunk, refusing anything but UTF-8. A character split over two chunks is carried
 * to the next one, so every chunk decoded starts and ends on a character boundary.
 */
async function* utf8Teksten(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let staart: Buffer = Buffer.alloc(0);
  let regel = 1;
  for await (const stuk of input) {
    const bytes = alsBuffer(stuk);
    const geheel = staart.length > 0 ? Buffer.concat([staart, bytes]) : bytes;
    const grens = grensVanLaatsteTeken(geheel);
    const deel = geheel.subarray(0, grens);
    staart = Buffer.from(geheel.subarray(grens));
    if (!isUtf8(deel)) throw new CsvBestandFout(GEEN_UTF8, regel + regelMetFout(deel));
    regel += telLf(deel);
    if (deel.length > 0) yield deel.toString('utf8');
  }
  if (staart.length > 0) throw new CsvBestandFout(`${GEEN_UTF8} (het laatste teken is afgebroken)`, regel);
}

/** Web streams give plain Uint8Arrays, whose toString would not decode. */
function alsBuffer(stuk: Uint8Array | string): Buffer {
  if (typeof stuk === 'string') return Buffer.from(stuk, 'utf8');
  return Buffer.isBuffer(stuk) ? stuk : Buffer.from(stuk.buffer, stuk.byteOffset, stuk.byteLength);
}

/** Where an incomplete multi-byte character at the end begins (or the length, if there is none). */
function grensVanLaatsteTeken(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0x80) return bytes.length;
    const lengte = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return bytes.length - i >= lengte ? bytes.length : i;
  }
  return bytes.length;
}

/** How many lines into the chunk the first invalid byte sits (a line feed never occurs inside a UTF-8 character). */
function regelMetFout(bytes: Buffer): number {
  let begin = 0;
  for (let regel = 0; ; regel++) {
    const eind = bytes.indexOf(LF, begin);
    if (eind === -1 || !isUtf8(bytes.subarray(begin, eind))) return regel;
    begin = eind + 1;
  }
}

function telLf(bytes: Buffer): number {
  let aantal = 0;
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) aantal++;
  return aantal;
}

/** Reads ahead until the first non-blank line is complete: the header decides the delimiter. */
async function leesVoorloop(teksten: AsyncIterator<string>): Promise<{ voorloop: string; kopregel?: string }> {
  let voorloop = '';
  for (;;) {
    const volgende = voorloop.length > MAX_REGEL ? { done: true as const } : await teksten.next();
    if (!volgende.done) voorloop += volgende.value;
    if (voorloop.startsWith('\uFEFF')) voorloop = voorloop.slice(1);
    const kopregel = eersteRegel(voorloop, volgende.done === true);
    if (kopregel !== undefined || volgende.done) return { voorloop, kopregel };
  }
}

function eersteRegel(tekst: string, compleet: boolean): string | undefined {
  const regels = tekst.split(/\r\n|\n|\r/);
  const aantalCompleet = compleet ? regels.length : regels.length - 1;
  return regels.slice(0, aantalCompleet).find((regel) => regel.trim() !== '');
}

async function* metVoorloop(voorloop: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (voorloop.length > 0) yield voorloop;
  yield* rest;
}

type Scheiding = ',' | ';';

/** The header decides: more semicolons than commas outside quotes means ';'. */
function scheidingsteken(kopregel: string): Scheiding {
  let komma = 0;
  let puntkomma = 0;
  let tussenAanhalingstekens = false;
  for (const teken of kopregel) {
    if (teken === '"') tussenAanhalingstekens = !tussenAanhalingstekens;
    else if (!tussenAanhalingstekens && teken === ',') komma++;
    else if (!tussenAanhalingstekens && teken === ';') puntkomma++;
  }
  return puntkomma > komma ? ';' : ',';
}

// ---------------------------------------------------------------------------------------------
// Records (RFC 4180). Own tokenizer rather than csv-parse: that one counts CR LF inside a quoted
// field as two lines, cannot say where a never-closed quote began, and is several times slower.

export interface CsvRecord {
  velden: string[];
  /** Physical line the record begins on. */
  regel: number;
  /** A quoting problem confined to this record. */
  fout?: string;
}

interface Gelezen {
  velden: string[];
  eind: number;
  regeleinden: number;
  fout?: string;
}

/** More text is needed to finish the record. */
const ONVOLLEDIG = 'onvolledig';
/** The input ended inside a quoted field. */
const OPEN = 'open';

const NIET_AFGESLOTEN = 'een veld tussen aanhalingstekens wordt nergens afgesloten';

/**
 * A whole, small CSV text (a file of course targets) as records, read by the same rules as the
 * streamed intake: quotes, either delimiter, line numbers, a byte order mark.
 */
export function leesCsvTekst(tekst: string): { decimaleKomma: boolean; records: CsvRecord[] } {
  const zonderBom = tekst.startsWith('\uFEFF') ? tekst.slice(1) : tekst;
  const scheiding = scheidingsteken(zonderBom.split(/\r?\n/, 1)[0]);
  const records = new CsvRecords(scheiding);
  return { decimaleKomma: scheiding === ';', records: [...records.lees(zonderBom), ...records.einde()].filter((r) => !isLeeg(r.velden)) };
}

/** Records from text that arrives in pieces; an incomplete last record waits for the next piece. */
class CsvRecords {
  private rest = '';
  private regel = 1;
  private readonly scheiding: number;

  constructor(scheiding: Scheiding) {
    this.scheiding = scheiding.charCodeAt(0);
  }

  lees(tekst: string): CsvRecord[] {
    return this.splits(this.rest + tekst, false);
  }

  einde(): CsvRecord[] {
    return this.splits(this.rest, true);
  }

  private splits(tekst: string, laatste: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    let pos = 0;
    while (pos < tekst.length) {
      const gelezen = leesRecord(tekst, pos, this.scheiding, laatste);
      if (gelezen === ONVOLLEDIG) break;
      if (gelezen === OPEN) throw new CsvBestandFout(NIET_AFGESLOTEN, this.regel);
      if (gelezen.eind - pos > MAX_REGEL) throw this.teLang();
      records.push({ velden: gelezen.velden, regel: this.regel, fout: gelezen.fout });
      this.regel += gelezen.regeleinden;
      pos = gelezen.eind;
    }
    this.rest = tekst.slice(pos);
    if (this.rest.length > MAX_REGEL) throw this.teLang();
    return records;
  }

  private teLang(): CsvBestandFout {
    return new CsvBestandFout('de regel is langer dan een miljoen tekens; staat er een aanhalingsteken open?', this.regel);
  }
}

function leesRecord(
  tekst: string,
  begin: number,
  scheiding: number,
  laatste: boolean,
): Gelezen | typeof ONVOLLEDIG | typeof OPEN {
  const velden: string[] = [];
  let pos = begin;
  let regeleinden = 0;
  let fout: string | undefined;
  for (;;) {
    if (tekst.charCodeAt(pos) === AANHALINGSTEKEN) {
      const veld = leesGequoteerdVeld(tekst, pos, laatste);
      if (typeof veld === 'string') return veld;
      regeleinden += telRegeleinden(veld.waarde);
      pos = veld.eind;
      const naTekst = veldEinde(tekst, pos, scheiding);
      // RFC 4180 allows nothing between the closing quote and the delimiter; keep it, refuse the row.
      if (naTekst > pos) fout ??= tekstNaAanhalingsteken(velden.length + 1);
      velden.push(veld.waarde + tekst.slice(pos, naTekst));
      pos = naTekst;
    } else {
      const eind = veldEinde(tekst, pos, scheiding);
      velden.push(tekst.slice(pos, eind));
      pos = eind;
    }
    if (pos >= tekst.length) return laatste ? { velden, eind: pos, regeleinden, fout } : ONVOLLEDIG;
    const teken = tekst.charCodeAt(pos);
    if (teken === scheiding) {
      pos++;
      continue;
    }
    if (teken === CR && pos + 1 >= tekst.length && !laatste) return ONVOLLEDIG;
    pos += teken === CR && tekst.charCodeAt(pos + 1) === LF ? 2 : 1;
    return { velden, eind: pos, regeleinden: regeleinden + 1, fout };
  }
}

function tekstNaAanhalingsteken(veldnummer: number): string {
  return (
    `na het afsluitende aanhalingsteken van veld ${veldnummer} staat nog tekst; ` +
    'schrijf een aanhalingsteken binnen een veld dubbel ("")'
  );
}

/** A field in quotes, from its opening quote; "" inside stands for one quote. */
function leesGequoteerdVeld(
  tekst: string,
  begin: number,
  laatste: boolean,
): { waarde: string; eind: number } | typeof ONVOLLEDIG | typeof OPEN {
  let waarde = '';
  let pos = begin + 1;
  for (;;) {
    const quote = tekst.indexOf('"', pos);
    if (quote === -1) return laatste ? OPEN : ONVOLLEDIG;
    // Whether this quote is doubled shows only in the next character.
    if (quote + 1 >= tekst.length && !laatste) return ONVOLLEDIG;
    if (tekst.charCodeAt(quote + 1) !== AANHALINGSTEKEN) {
      return { waarde: waarde + tekst.slice(pos, quote), eind: quote + 1 };
    }
    waarde += tekst.slice(pos, quote + 1);
    pos = quote + 2;
  }
}

/** Where an unquoted field ends: at the delimiter, a line break or the end of the text. */
function veldEinde(tekst: string, begin: number, scheiding: number): number {
  for (let pos = begin; pos < tekst.length; pos++) {
    const teken = tekst.charCodeAt(pos);
    if (teken === scheiding || teken === LF || teken === CR) return pos;
  }
  return tekst.length;
}

/** Line breaks inside a quoted field: CR LF, LF and a lone CR each count once. */
function telRegeleinden(tekst: string): number {
  let aantal = 0;
  for (let pos = 0; pos < tekst.length; pos++) {
    const teken = tekst.charCodeAt(pos);
    if (teken === LF || (teken === CR && tekst.charCodeAt(pos + 1) !== LF)) aantal++;
  }
  return aantal;
}

// ---------------------------------------------------------------------------------------------
// Rows: one lezer per layout, built from the header

type RegelLezer = (velden: string[], regel: number) => CsvRegel[];

function maakLezer(formaat: CsvFormaat, kop: string[], regel: number, scheiding: Scheiding, opties: CsvOpties): RegelLezer {
  const lezer =
    formaat.soort === 'koers' ? koersLezer(kop, regel, scheiding === ';', opties) : statlineLezer(kop, regel, formaat.kolommen);
  return (velden, regel) => (velden.length === kop.length ? lezer(velden, regel) : [veldAantalFout(velden, kop, regel)]);
}

function veldAantalFout(velden: string[], kop: string[], regel: number): CsvRegel {
  return { fout: { regel, reden: `de regel heeft ${velden.length} velden, de kopregel ${kop.length}` } };
}

/** Collects the problems of one row; a row yields either its results or all its fouten. */
class RegelFouten {
  readonly lijst: CsvFout[] = [];

  constructor(private readonly regel: number) {}

  meld(kolom: string, reden: string): undefined {
    this.lijst.push({ regel: this.regel, kolom, reden });
    return undefined;
  }

  alsRegels(): CsvRegel[] {
    return this.lijst.map((fout) => ({ fout }));
  }
}

function dubbeleKolom(naam: string, regel: number): CsvBestandFout {
  return new CsvBestandFout(`kolom '${naam}' staat twee keer in de kopregel`, regel);
}

function normaal(naam: string): string {
  return naam.trim().toLowerCase();
}

function veld(velden: string[], index: number | undefined): string {
  return index === undefined ? '' : velden[index].trim();
}

function lijst(namen: readonly string[]): string {
  return namen.map((naam) => `'${naam}'`).join(', ');
}

// --- Koers layout

const VERPLICHT = ['indicator', 'gemeente', 'periode', 'waarde'] as const;
const OPTIONEEL = ['teller', 'noemer', 'bron'] as const;
type KoersKolom = (typeof VERPLICHT)[number] | (typeof OPTIONEEL)[number];
type KoersIndeling = Partial<Record<KoersKolom, number>>;

const GEMEENTE = /^GM[0-9]{4}$/;
const VERWACHT = `verwacht: ${VERPLICHT.join(', ')} (verplicht) en ${OPTIONEEL.join(', ')} (optioneel)`;

function koersLezer(kop: string[], regel: number, decimaleKomma: boolean, opties: CsvOpties): RegelLezer {
  const indeling = koersIndeling(kop, regel);
  return (velden, regel) => leesKoersRegel(velden, regel, indeling, decimaleKomma, opties);
}

function koersIndeling(kop: string[], regel: number): KoersIndeling {
  const indeling: KoersIndeling = {};
  const onbekend: string[] = [];
  kop.forEach((naam, index) => {
    const kolom = normaal(naam);
    if (kolom === '') throw new CsvBestandFout(`kolom ${index + 1} van de kopregel heeft geen naam; ${VERWACHT}`, regel);
    if (!isKoersKolom(kolom)) onbekend.push(naam.trim());
    else if (indeling[kolom] !== undefined) throw dubbeleKolom(kolom, regel);
    else indeling[kolom] = index;
  });
  const ontbrekend = VERPLICHT.filter((kolom) => indeling[kolom] === undefined);
  if (onbekend.length > 0 || ontbrekend.length > 0) {
    throw new CsvBestandFout(kopregelFout(onbekend, ontbrekend, Object.keys(indeling).length === 0), regel);
  }
  return indeling;
}

function isKoersKolom(naam: string): naam is KoersKolom {
  return (VERPLICHT as readonly string[]).includes(naam) || (OPTIONEEL as readonly string[]).includes(naam);
}

function kopregelFout(onbekend: string[], ontbrekend: string[], nietsHerkend: boolean): string {
  const delen: string[] = [];
  if (onbekend.length > 0) delen.push(`onbekende ${onbekend.length === 1 ? 'kolom' : 'kolommen'} ${lijst(onbekend)}`);
  if (ontbrekend.length === 1) delen.push(`verplichte kolom ${lijst(ontbrekend)} ontbreekt`);
  if (ontbrekend.length > 1) delen.push(`verplichte kolommen ${lijst(ontbrekend)} ontbreken`);
  delen.push(VERWACHT);
  return `${delen.join('; ')}${nietsHerkend ? ' (ontbreekt de kopregel?)' : ''}`;
}

function leesKoersRegel(velden: string[], regel: number, k: KoersIndeling, decimaleKomma: boolean, opties: CsvOpties): CsvRegel[] {
  const fouten = new RegelFouten(regel);
  const indicator = veld(velden, k.indicator) || fouten.meld('indicator', 'indicator ontbreekt');
  const gemeente = leesGemeente(veld(velden, k.gemeente), fouten);
  const periode = leesKoersPeriode(veld(velden, k.periode), fouten);
  const waarde = leesWaarde(veld(velden, k.waarde), decimaleKomma, fouten);
  const teller = leesAantal('teller', veld(velden, k.teller), decimaleKomma, fouten);
  const noemer = leesAantal('noemer', veld(velden, k.noemer), decimaleKomma, fouten);
  controleerTellerNoemer(teller, noemer, fouten);
  if (
    fouten.lijst.length > 0 ||
    indicator === undefined ||
    gemeente === undefined ||
    periode === undefined ||
    waarde === undefined ||
    teller === undefined ||
    noemer === undefined
  ) {
    const deel = { regel, ...(indicator !== undefined ? { indicator } : {}), ...(gemeente !== undefined ? { gemeente } : {}), bron: veld(velden, k.bron) || null };
    return [...fouten.alsRegels(), ...(opties.delen ? [{ deel }] : [])];
  }
  const bron = veld(velden, k.bron) || null;
  return [{ meting: { regel, indicator, gemeente, periode, waarde, teller, noemer, bron } }];
}

/** Empty: the whole region (null). */
function leesGemeente(tekst: string, fouten: RegelFouten): string | null | undefined {
  if (tekst === '') return null;
  if (GEMEENTE.test(tekst)) return tekst;
  const reden = `gemeente '${tekst}' is geen CBS-gemeentecode (GM gevolgd door vier cijfers, bijvoorbeeld GM0988)`;
  return fouten.meld('gemeente', reden);
}

function leesKoersPeriode(tekst: string, fouten: RegelFouten): string | undefined {
  if (tekst === '') return fouten.meld('periode', 'periode ontbreekt');
  return (
    canoniekePeriode(tekst) ??
    fouten.meld('periode', `periode '${tekst}' is ongeldig: gebruik 2025, 2025-H1, 2025-Q3 of 2025-07 (jaren 1900–2100)`)
  );
}

function leesWaarde(tekst: string, decimaleKomma: boolean, fouten: RegelFouten): number | undefined {
  if (tekst === '') return fouten.meld('waarde', 'waarde ontbreekt');
  return leesGetal(tekst, decimaleKomma) ?? fouten.meld('waarde', geenGetal('waarde', tekst, decimaleKomma));
}

/** Teller and noemer: empty is null, otherwise a number ≥ 0. */
function leesAantal(
  kolom: 'teller' | 'noemer',
  tekst: string,
  decimaleKomma: boolean,
  fouten: RegelFouten,
): number | null | undefined {
  if (tekst === '') return null;
  const getal = leesGetal(tekst, decimaleKomma);
  if (getal === undefined) return fouten.meld(kolom, geenGetal(kolom, tekst, decimaleKomma));
  if (getal < 0) return fouten.meld(kolom, `${kolom} ${tekst} is negatief`);
  return getal;
}

/** The shared rule (meting.rules.ts), once both columns could be read. */
function controleerTellerNoemer(teller: number | null | undefined, noemer: number | null | undefined, fouten: RegelFouten): void {
  if (teller === undefined || noemer === undefined) return;
  for (const { kolom, reden } of tellerNoemerFouten(teller, noemer)) fouten.meld(kolom, reden);
}

const GETAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/** A decimal point always; a decimal comma only in ';' files. Never thousands separators. */
export function leesGetal(tekst: string, decimaleKomma: boolean): number | undefined {
  const metPunt = decimaleKomma && !tekst.includes('.') ? tekst.replace(',', '.') : tekst;
  if (!GETAL.test(metPunt)) return undefined;
  const getal = Number(metPunt);
  // + 0 turns -0 into 0.
  return Number.isFinite(getal) ? getal + 0 : undefined;
}

function geenGetal(kolom: string, tekst: string, decimaleKomma: boolean): string {
  const reden = `${kolom} '${tekst}' is geen getal`;
  if (!decimaleKomma && tekst.includes(',')) return `${reden}: gebruik een punt als decimaalteken`;
  if (decimaleKomma && tekst.includes(',') && tekst.includes('.')) {
    return `${reden}: gebruik geen scheidingsteken voor duizendtallen`;
  }
  return reden;
}

// --- StatLine layout

/** CBS symbols for unknown ('.'), secret ('x') or not applicable (empty): no figure, no fout. */
const GEEN_CIJFER = new Set(['', '.', 'x']);
/** CBS symbol for nihil: the figure is zero. */
const NIHIL = new Set(['-', '–']);

interface StatlineIndeling {
  regio: { naam: string; index: number };
  periode: { naam: string; index: number };
  waarden: { naam: string; index: number; indicator: string }[];
  bron: string;
}

function statlineLezer(kop: string[], regel: number, kolommen: StatlineKolommen): RegelLezer {
  const indeling = statlineIndeling(kop, regel, kolommen);
  return (velden, regel) => leesStatlineRegel(velden, regel, indeling);
}

function statlineIndeling(kop: string[], regel: number, kolommen: StatlineKolommen): StatlineIndeling {
  const waardeKolommen = Object.entries(kolommen.waarden ?? {});
  if (waardeKolommen.length === 0) throw new CsvBestandFout('de StatLine-koppeling noemt geen waardekolommen');
  const regio = kolommen.regio ?? 'RegioS';
  const periode = kolommen.periode ?? 'Perioden';
  const gezocht = [regio, periode, ...waardeKolommen.map(([naam]) => naam)];
  const [regioIndex, periodeIndex, ...waardeIndexen] = zoekKolommen(kop, gezocht, regel);
  return {
    regio: { naam: regio, index: regioIndex },
    periode: { naam: periode, index: periodeIndex },
    waarden: waardeKolommen.map(([naam, indicator], i) => ({ naam, indicator, index: waardeIndexen[i] })),
    bron: kolommen.bron ?? 'CBS StatLine',
  };
}

/** Where the wanted columns are (case-insensitive); other StatLine columns are ignored. */
function zoekKolommen(kop: string[], gezocht: string[], regel: number): number[] {
  const namen = kop.map(normaal);
  const ontbrekend = gezocht.filter((naam) => !namen.includes(normaal(naam)));
  if (ontbrekend.length > 0) {
    const wat = ontbrekend.length === 1 ? `kolom ${lijst(ontbrekend)}` : `kolommen ${lijst(ontbrekend)}`;
    const ontbreekt = ontbrekend.length === 1 ? 'ontbreekt' : 'ontbreken';
    const gevonden = lijst(kop.map((naam) => naam.trim()));
    throw new CsvBestandFout(`${wat} uit de StatLine-koppeling ${ontbreekt} in de kopregel; gevonden: ${gevonden}`, regel);
  }
  return gezocht.map((naam) => {
    const plek = namen.indexOf(normaal(naam));
    if (namen.lastIndexOf(normaal(naam)) !== plek) throw dubbeleKolom(naam, regel);
    return plek;
  });
}

function leesStatlineRegel(velden: string[], regel: number, s: StatlineIndeling): CsvRegel[] {
  const fouten = new RegelFouten(regel);
  const regio = veld(velden, s.regio.index);
  const gemeente = GEMEENTE.test(regio)
    ? regio
    : fouten.meld(s.regio.naam, `regio '${regio}' is geen gemeente: alleen gemeenten (GMxxxx) worden ingelezen`);
  const periodeCode = veld(velden, s.periode.index);
  const periode =
    statlinePeriode(periodeCode) ??
    fouten.meld(
      s.periode.naam,
      `periode '${periodeCode}' is geen StatLine-periode voor jaar, halfjaar, kwartaal of maand ` +
        '(zoals 2023JJ00, 2023HJ01, 2023KW02, 2023MM07)',
    );
  const waarden = s.waarden.flatMap(({ naam, index, indicator }) => {
    const waarde = leesStatlineWaarde(veld(velden, index), naam, fouten);
    return waarde === undefined ? [] : [{ indicator, waarde }];
  });
  if (fouten.lijst.length > 0 || gemeente === undefined || periode === undefined) return fouten.alsRegels();
  return waarden.map(({ indicator, waarde }) => ({
    meting: { regel, indicator, gemeente, periode, waarde, teller: null, noemer: null, bron: s.bron },
  }));
}

/** Undefined for a missing figure (silently) and for a fout (reported). */
function leesStatlineWaarde(tekst: string, kolom: string, fouten: RegelFouten): number | undefined {
  if (GEEN_CIJFER.has(tekst)) return undefined;
  if (NIHIL.has(tekst)) return 0;
  return leesGetal(tekst, false) ?? fouten.meld(kolom, geenGetal('waarde', tekst, false));
}
