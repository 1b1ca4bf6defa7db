/**
 * Whether the receiving server refused the recipient for good: a 5xx reply to RCPT TO that says the
 * mailbox does not exist or is not allowed (RFC 5321: 550, 551, 553). Trying again cannot help.
 * Every other failure — 4xx, a down or misconfigured server, even a 5xx to the whole message — is
 * retried, because it can be mended on the sending side without losing the message.
 */
export function isAdresGeweigerd(fout: unknown): boolean {
  const { code, responseCode } = (fout ?? {}) as { code?: string; responseCode?: number };
  return code === 'EENVELOPE' && (responseCode === 550 || responseCode === 551 || responseCode === 553);
}

/**
 * When to try a refused or failed e-mail again: the wait doubles per failed attempt up to a ceiling,
 * and never ends in giving up — a mail is only ever done when the SMTP server has accepted it.
 */
export function volgendePoging(nu: Date, pogingen: number, eersteHerhalingMs: number, maxHerhalingMs: number): Date {
  const wachttijd = Math.min(eersteHerhalingMs * 2 ** Math.max(pogingen - 1, 0), maxHerhalingMs);
  return new Date(nu.getTime() + wachttijd);
}

export interface Tijdstip {
  uur: number;
  minuut: number;
}

/**
 * The most recent daily digest moment at or before `nu`: today's `tijd` in `tijdzone` when that has
 * passed, otherwise yesterday's. Everything collected before it belongs in that digest, so a service
 * that was down at the moment itself still sends it when it is back.
 */
export function laatsteDagoverzichtMoment(nu: Date, tijd: Tijdstip, tijdzone: string): Date {
  const vandaag = lokaleDatum(nu, tijdzone);
  const moment = wandtijdNaarUtc(vandaag.jaar, vandaag.maand, vandaag.dag, tijd, tijdzone);
  if (moment.getTime() <= nu.getTime()) return moment;
  const gisteren = new Date(Date.UTC(vandaag.jaar, vandaag.maand - 1, vandaag.dag - 1));
  return wandtijdNaarUtc(gisteren.getUTCFullYear(), gisteren.getUTCMonth() + 1, gisteren.getUTCDate(), tijd, tijdzone);
}

function lokaleDatum(moment: Date, tijdzone: string): { jaar: number; maand: number; dag: number } {
  const delen = onderdelen(moment, tijdzone);
  return { jaar: delen.year, maand: delen.month, dag: delen.day };
}

/** The UTC instant at which the clocks in `tijdzone` show this date and time. */
function wandtijdNaarUtc(jaar: number, maand: number, dag: number, tijd: Tijdstip, tijdzone: string): Date {
  const alsUtc = Date.UTC(jaar, maand - 1, dag, tijd.uur, tijd.minuut);
  // The offset at the guess can differ from the one at the answer around a DST change; a second pass settles it.
  let moment = alsUtc - verschuivingMs(new Date(alsUtc), tijdzone);
  moment = alsUtc - verschuivingMs(new Date(moment), tijdzone);
  return new Date(moment);
}

/** How far the clocks in `tijdzone` are ahead of UTC at this instant. */
function verschuivingMs(moment: Date, tijdzone: string): number {
  const d = onderdelen(moment, tijdzone);
  const wand = Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second);
  return wand - Math.floor(moment.getTime() / 1000) * 1000;
}

function onderdelen(moment: Date, tijdzone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: tijdzone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const delen = Object.fromEntries(formatter.formatToParts(moment).map((p) => [p.type, Number(p.value)]));
  return { year: delen.year, month: delen.month, day: delen.day, hour: delen.hour, minute: delen.minute, second: delen.second };
}
