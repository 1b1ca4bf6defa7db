/**
 * Periods of measurements: a year, half year, quarter or month, written in one canonical code
 * ('2025', '2025-H1', '2025-Q3', '2025-07'). Pure functions, no framework.
 */

export type PeriodeSoort = 'jaar' | 'halfjaar' | 'kwartaal' | 'maand';

export interface Periode {
  /** Canonical: '2025', '2025-H1', '2025-Q3', '2025-07'. */
  code: string;
  soort: PeriodeSoort;
  jaar: number;
  /** 1 for jaar; 1–2 halfjaar; 1–4 kwartaal; 1–12 maand. */
  index: number;
  /** First day of the period, 'YYYY-MM-DD'. */
  begin: string;
  /** First day AFTER the period, 'YYYY-MM-DD' (half-open, so consecutive periods touch). */
  eind: string;
}

const EERSTE_JAAR = 1900;
const LAATSTE_JAAR = 2099;

const MAANDEN: Record<PeriodeSoort, number> = { jaar: 12, halfjaar: 6, kwartaal: 3, maand: 1 };

/**
 * Regex source accepting exactly the canonical codes, years 1900–2099: one pattern for the API,
 * the event contracts and the database CHECK, so they can never disagree.
 */
export { PERIODE_PATTERN } from '@koers/contracts';

const CANONIEK = /^([0-9]{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;
const STATLINE = /^([0-9]{4})(JJ|HJ|KW|MM)([0-9]{2})$/;

/** Reads a canonical period code; anything else (also '2025-7', '25', ' 2025') gives undefined. */
export function leesPeriode(code: string): Periode | undefined {
  if (typeof code !== 'string') return undefined;
  const delen = CANONIEK.exec(code);
  if (!delen) return undefined;
  const jaar = Number(delen[1]);
  if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) return undefined;
  if (delen[2]) return maakPeriode('halfjaar', jaar, Number(delen[2]));
  if (delen[3]) return maakPeriode('kwartaal', jaar, Number(delen[3]));
  if (delen[4]) return maakPeriode('maand', jaar, Number(delen[4]));
  return maakPeriode('jaar', jaar, 1);
}

/**
 * The same check as leesPeriode without building the period: the code itself, or undefined. For
 * the hot path of a bulk intake, where only validity counts.
 */
export function canoniekePeriode(code: string): string | undefined {
  const delen = CANONIEK.exec(code);
  if (!delen) return undefined;
  const jaar = Number(delen[1]);
  return jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR ? undefined : code;
}

/** The kind of a canonical period code (the same as soortSql in trend-detectie.service.ts). */
export function soortVanCode(code: string): PeriodeSoort {
  if (code.length === 4) return 'jaar';
  const letter = code.charAt(5);
  return letter === 'H' ? 'halfjaar' : letter === 'Q' ? 'kwartaal' : 'maand';
}

/**
 * Total order for sorting a series: by begin; periods that begin on the same day go shorter first
 * (2025-01, 2025-Q1, 2025-H1, 2025), so a month sorts before the quarter, half year and year it
 * opens. Two periods with the same begin and eind are the same period, hence 0.
 */
export function vergelijkPeriodes(a: Periode, b: Periode): number {
  return vergelijk(a.begin, b.begin) || vergelijk(a.eind, b.eind) || vergelijk(a.code, b.code);
}

/**
 * The period of the same soort just before p ('2025-01' → '2024-12', '2025-Q1' → '2024-Q4').
 * Not bounded by 1900: the previous period of '1900' is '1899', which leesPeriode would refuse.
 */
export function vorigePeriode(p: Periode): Periode {
  if (p.index > 1) return maakPeriode(p.soort, p.jaar, p.index - 1);
  return maakPeriode(p.soort, p.jaar - 1, aantalPerJaar(p.soort));
}

/**
 * CBS StatLine period codes to canonical codes: '2023JJ00' → '2023', '2023HJ02' → '2023-H2',
 * '2023KW02' → '2023-Q2', '2023MM07' → '2023-07'. Surrounding spaces are ignored; other CBS period
 * kinds (school years 'SJ', multi-year averages 'G2'…, 'X0'…) and out-of-range numbers give undefined.
 */
export function statlinePeriode(code: string): string | undefined {
  if (typeof code !== 'string') return undefined;
  const delen = STATLINE.exec(code.trim());
  if (!delen) return undefined;
  const [, jaar, soort, nummer] = delen;
  return leesPeriode(canoniekeCode(jaar, soort, nummer))?.code;
}

function canoniekeCode(jaar: string, soort: string, nummer: string): string {
  switch (soort) {
    case 'JJ':
      return nummer === '00' ? jaar : '';
    case 'HJ':
      return nummer.startsWith('0') ? `${jaar}-H${nummer.slice(1)}` : '';
    case 'KW':
      return nummer.startsWith('0') ? `${jaar}-Q${nummer.slice(1)}` : '';
    default:
      return `${jaar}-${nummer}`;
  }
}

function maakPeriode(soort: PeriodeSoort, jaar: number, index: number): Periode {
  const maanden = MAANDEN[soort];
  const beginMaand = (index - 1) * maanden + 1;
  const eindMaand = beginMaand + maanden;
  return {
    code: periodeCode(soort, jaar, index),
    soort,
    jaar,
    index,
    begin: datum(jaar, beginMaand),
    eind: eindMaand > 12 ? datum(jaar + 1, eindMaand - 12) : datum(jaar, eindMaand),
  };
}

function periodeCode(soort: PeriodeSoort, jaar: number, index: number): string {
  switch (soort) {
    case 'jaar':
      return String(jaar);
    case 'halfjaar':
      return `${jaar}-H${index}`;
    case 'kwartaal':
      return `${jaar}-Q${index}`;
    case 'maand':
      return `${jaar}-${twee(index)}`;
  }
}

function aantalPerJaar(soort: PeriodeSoort): number {
  return 12 / MAANDEN[soort];
}

function datum(jaar: number, maand: number): string {
  return `${String(jaar).padStart(4, '0')}-${twee(maand)}-01`;
}

function twee(getal: number): string {
  return String(getal).padStart(2, '0');
}

function vergelijk(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
