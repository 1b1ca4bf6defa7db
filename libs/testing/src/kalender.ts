import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';

/** The calendar part (.ics) of a real e-mail, parsed with ical.js; undefined when it has none. */
export function kalenderVan(mail: ParsedMail) {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'));
  if (!ics) return undefined;
  const kalender = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
  const vevent = kalender.getFirstSubcomponent('vevent');
  if (!vevent) return undefined;
  const event = new ICAL.Event(vevent);
  const kop = ics.headers.get('content-type') as { value: string; params: Record<string, string> } | undefined;
  return {
    // The MIME part's own Content-Type with its parameters: calendars act on its method.
    contentType: kop ? `${kop.value}; ${Object.entries(kop.params).map(([k, v]) => `${k}=${v}`).join('; ')}` : ics.contentType,
    method: kalender.getFirstPropertyValue('method'),
    status: vevent.getFirstPropertyValue('status'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    eind: event.endDate.toJSDate().toISOString(),
    locatie: event.location,
    beschrijving: event.description,
    attendee: String(vevent.getFirstPropertyValue('attendee')).toLowerCase(),
  };
}
