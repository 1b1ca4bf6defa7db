import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Kalenderafspraak } from '../routering/route';

/** An attachment of an outgoing e-mail, kept in the mail outbox with it. */
export interface Bijlage {
  bestandsnaam: string;
  /** The MIME type of the part, with its parameters. */
  contentType: string;
  inhoud: string;
  /** Only for an iCalendar object: its METHOD (RFC 5546), which the part's content type names too. */
  methode?: 'REQUEST' | 'CANCEL';
}

export interface Adres {
  email: string;
  naam?: string;
}

/** `Koers <noreply@koers.example>` → name and address, for ORGANIZER. */
export function leesAfzender(afzender: string): Adres {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(afzender);
  return match ? { email: match[2].trim(), ...(match[1].trim() ? { naam: match[1].trim() } : {}) } : { email: afzender.trim() };
}

/**
 * The meeting as an iCalendar object for one recipient (RFC 5545/5546): METHOD:REQUEST for a planned
 * or moved meeting, METHOD:CANCEL with STATUS:CANCELLED for a cancelled one, the same UID every time
 * and SEQUENCE = the meeting's volgnummer. Times are written in UTC (`…Z`), which every calendar
 * shows in its own zone, so no VTIMEZONE is needed. Participants answer in Koers, not by a calendar
 * reply to the no-reply sender: RSVP is FALSE.
 */
export function kalenderbijlage(afspraak: Kalenderafspraak, ontvanger: Adres, organisator: Adres, portaalUrl: string): Bijlage {
  const adres = `${portaalUrl}${afspraak.link}`;
  const annuleren = afspraak.methode === 'CANCEL';
  const kalender = ical({
    prodId: { company: 'Koers', product: 'notificaties', language: 'NL' },
    method: annuleren ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  kalender.createEvent({
    id: afspraak.uid,
    sequence: afspraak.volgnummer,
    stamp: afspraak.gewijzigdOp,
    start: afspraak.start,
    end: afspraak.eind,
    summary: `Koerstafel: ${afspraak.onderwerp}`,
    location: afspraak.plaats ?? afspraak.onlineLink ?? null,
    url: adres,
    description: beschrijving(afspraak, adres),
    organizer: { name: organisator.naam ?? 'Koers', email: organisator.email },
    attendees: [
      {
        email: ontvanger.email,
        ...(ontvanger.naam ? { name: ontvanger.naam } : {}),
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
        rsvp: false,
      },
    ],
    status: annuleren ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  const methode = annuleren ? 'CANCEL' : 'REQUEST';
  return {
    bestandsnaam: annuleren ? 'afzegging.ics' : 'uitnodiging.ics',
    contentType: `text/calendar; method=${methode}; charset=UTF-8`,
    inhoud: kalender.toString(),
    methode,
  };
}

function beschrijving(afspraak: Kalenderafspraak, adres: string): string {
  return [
    afspraak.methode === 'CANCEL' ? 'Deze bijeenkomst gaat niet door.' : '',
    afspraak.opmerking ?? '',
    afspraak.agenda ? `Agenda:\n${afspraak.agenda}` : '',
    afspraak.plaats && afspraak.onlineLink ? `Online meedoen: ${afspraak.onlineLink}` : '',
    `In Koers: ${adres}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}
