/**
 * Working days as the Algemene termijnenwet counts them (art. 1 and 3): not a Saturday or Sunday,
 * and not a generally recognised public holiday — Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag,
 * tweede Pinksterdag, Koningsdag (27 April, or the 26th when the 27th is a Sunday), Bevrijdingsdag
 * (5 May) and both Christmas days. Goede Vrijdag is no such day. First Easter and Whit Sunday are
 * Sundays anyway.
 *
 * Dates are calendar dates (`YYYY-MM-DD`) in Dutch time: a deadline is a day, not an instant.
 */
export type Datum = string;

const DAG_MS = 86_400_000;

export function feestdagen(jaar: number): Set<Datum> {
  const pasen = eerstePaasdag(jaar);
  const naPasen = (dagen: number) => datumVan(new Date(pasen.getTime() + dagen * DAG_MS));
  const koningsdag = new Date(Date.UTC(jaar, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  return new Set([
    `${jaar}-01-01`,
    naPasen(1),
    naPasen(39),
    naPasen(50),
    `${jaar}-04-${koningsdag}`,
    `${jaar}-05-05`,
    `${jaar}-12-25`,
    `${jaar}-12-26`,
  ]);
}

export function isWerkdag(datum: Datum): boolean {
  const dag = new Date(`${datum}T00:00:00Z`);
  const weekdag = dag.getUTCDay();
  return weekdag !== 0 && weekdag !== 6 && !feestdagenVan(dag.getUTCFullYear()).has(datum);
}

/** The date `werkdagen` working days after `vanaf`; the day itself does not count (as in the Awb). */
export function naWerkdagen(vanaf: Datum, werkdagen: number): Datum {
  let dag = new Date(`${vanaf}T00:00:00Z`);
  for (let geteld = 0; geteld < werkdagen; ) {
    dag = new Date(dag.getTime() + DAG_MS);
    if (isWerkdag(datumVan(dag))) geteld++;
  }
  return datumVan(dag);
}

/** `en-CA` writes dates as YYYY-MM-DD. */
const NEDERLANDSE_KALENDER = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in the Netherlands. */
export function nederlandseDatum(moment: Date): Datum {
  return NEDERLANDSE_KALENDER.format(moment);
}

const cache = new Map<number, Set<Datum>>();
function feestdagenVan(jaar: number): Set<Datum> {
  let dagen = cache.get(jaar);
  if (!dagen) cache.set(jaar, (dagen = feestdagen(jaar)));
  return dagen;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm of Meeus/Jones/Butcher. */
function eerstePaasdag(jaar: number): Date {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(jaar, maand - 1, dag));
}

function datumVan(dag: Date): Datum {
  return dag.toISOString().slice(0, 10);
}
