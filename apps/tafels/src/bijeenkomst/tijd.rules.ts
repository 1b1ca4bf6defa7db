/**
 * Meeting times as people write them: an ISO 8601 instant with an offset (`2026-03-02T10:00:00+01:00`,
 * `…Z`), or a local date and time without one (`2026-03-02T10:00`), which means the time on the
 * clock in the Netherlands. Stored as instants; shown again with the Dutch offset of that moment.
 */
const MET_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOKAAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export type Tijdstip = { soort: 'moment'; moment: Date } | { soort: 'ongeldig' } | { soort: 'bestaat_niet' };

const AMSTERDAM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall clock in the Netherlands at an instant, as numbers. */
function klokInNederland(moment: Date): { jaar: number; maand: number; dag: number; uur: number; minuut: number; seconde: number } {
  const deel = Object.fromEntries(AMSTERDAM.formatToParts(moment).map((p) => [p.type, Number(p.value)]));
  return { jaar: deel.year, maand: deel.month, dag: deel.day, uur: deel.hour, minuut: deel.minute, seconde: deel.second };
}

/** Minutes the Dutch clock is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function offsetInNederland(moment: Date): number {
  const k = klokInNederland(moment);
  const alsUtc = Date.UTC(k.jaar, k.maand - 1, k.dag, k.uur, k.minuut, k.seconde);
  return Math.round((alsUtc - Math.floor(moment.getTime() / 1000) * 1000) / 60_000);
}

/**
 * Reads a time as above. A local time that the clock skips (the hour from 02:00 on the last Sunday
 * of March) does not exist; one that it shows twice (02:00–03:00 on the last Sunday of October)
 * is taken as the first, still in summer time.
 */
export function leesTijdstip(invoer: string): Tijdstip {
  const metOffset = MET_OFFSET.exec(invoer);
  if (metOffset) {
    const [, j, m, d, u, mi, s, ms, offset] = metOffset;
    if (!geldigeKlok(+j, +m, +d, +u, +mi, +(s ?? 0)) || !geldigeOffset(offset)) return { soort: 'ongeldig' };
    const minuten = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    const utc = Date.UTC(+j, +m - 1, +d, +u, +mi, +(s ?? 0), ms ? Number(ms.padEnd(3, '0')) : 0) - minuten * 60_000;
    return { soort: 'moment', moment: new Date(utc) };
  }
  const lokaal = LOKAAL.exec(invoer);
  if (!lokaal) return { soort: 'ongeldig' };
  const [, j, m, d, u, mi, s] = lokaal;
  if (!geldigeKlok(+j, +m, +d, +u, +mi, +(s ?? 0))) return { soort: 'ongeldig' };
  const alsUtc = Date.UTC(+j, +m - 1, +d, +u, +mi, +(s ?? 0));
  // The summer offset first, so a time the clock shows twice is its first (summer) occurrence.
  for (const offset of [120, 60]) {
    const kandidaat = new Date(alsUtc - offset * 60_000);
    if (offsetInNederland(kandidaat) === offset) return { soort: 'moment', moment: kandidaat };
  }
  return { soort: 'bestaat_niet' };
}

/** An instant with the offset the Dutch clock had then: `2026-03-29T10:00:00+02:00`. */
export function nederlandsMoment(moment: Date): string {
  const k = klokInNederland(moment);
  const offset = offsetInNederland(moment);
  const twee = (n: number) => String(n).padStart(2, '0');
  const teken = offset < 0 ? '-' : '+';
  return `${k.jaar}-${twee(k.maand)}-${twee(k.dag)}T${twee(k.uur)}:${twee(k.minuut)}:${twee(k.seconde)}${teken}${twee(Math.floor(Math.abs(offset) / 60))}:${twee(Math.abs(offset) % 60)}`;
}

/** "maandag 2 maart 2026, 10.00 uur": a time as a Dutch reader writes it. */
export function leesbaarMoment(moment: Date): string {
  const datum = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(moment);
  const tijd = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment);
  return `${datum}, ${tijd.replace(':', '.')} uur`;
}

function geldigeKlok(jaar: number, maand: number, dag: number, uur: number, minuut: number, seconde: number): boolean {
  if (maand < 1 || maand > 12 || uur > 23 || minuut > 59 || seconde > 59 || dag < 1) return false;
  return dag <= new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

function geldigeOffset(offset: string): boolean {
  return offset === 'Z' || (Number(offset.slice(1, 3)) <= 14 && Number(offset.slice(4, 6)) <= 59);
}
