import ICAL from 'ical.js';
import type { Kalenderafspraak } from '../routering/route';
import { kalenderbijlage, leesAfzender } from './kalender';

const BIJEENKOMST = '5d2f1a3b-7c4e-4f6a-8b9c-0d1e2f3a4b5c';
const KOERS = leesAfzender('Koers <noreply@koers.example>');
const ONTVANGER = { email: 'client.mlw@koers.example', naam: 'Carla Client' };

const afspraak = (extra: Partial<Kalenderafspraak> = {}): Kalenderafspraak => ({
  uid: `${BIJEENKOMST}@koers`,
  methode: 'REQUEST',
  volgnummer: 0,
  // 10:00–12:00 on the Dutch clock, winter time (UTC+1).
  start: new Date('2026-12-08T09:00:00Z'),
  eind: new Date('2026-12-08T11:00:00Z'),
  onderwerp: 'Wachttijd jeugdhulp loopt op',
  plaats: 'Stadhuis Weert, zaal 2',
  onlineLink: 'https://vergader.example/koers-123',
  agenda: '1. Het dossier\n2. Wat is er nodig?',
  link: `/tafels/abc/bijeenkomsten/${BIJEENKOMST}`,
  gewijzigdOp: new Date('2026-12-01T08:00:00Z'),
  ...extra,
});

function lees(inhoud: string) {
  const kalender = new ICAL.Component(ICAL.parse(inhoud));
  const vevent = kalender.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('geen VEVENT');
  return { kalender, vevent, event: new ICAL.Event(vevent) };
}

describe('kalenderbijlage (the .ics of an invitation)', () => {
  it('invites with METHOD:REQUEST, a stable UID, SEQUENCE 0 and the times as UTC instants', () => {
    const bijlage = kalenderbijlage(afspraak(), ONTVANGER, KOERS, 'https://koers.example');
    expect(bijlage.contentType).toBe('text/calendar; method=REQUEST; charset=UTF-8');
    expect(bijlage.methode).toBe('REQUEST');
    const { kalender, vevent, event } = lees(bijlage.inhoud);
    expect(kalender.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(`${BIJEENKOMST}@koers`);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-08T11:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T08:00:00Z');
  });

  it('puts the place, the agenda, the online link and the portal link in, from Koers to the recipient', () => {
    const { vevent, event } = lees(kalenderbijlage(afspraak({ opmerking: 'Geef dit door aan de 2 gasten.' }), ONTVANGER, KOERS, 'https://koers.example').inhoud);
    expect(event.summary).toBe('Koerstafel: Wachttijd jeugdhulp loopt op');
    expect(event.location).toBe('Stadhuis Weert, zaal 2');
    expect(event.description).toContain('1. Het dossier\n2. Wat is er nodig?');
    expect(event.description).toContain('Online meedoen: https://vergader.example/koers-123');
    expect(event.description).toContain('Geef dit door aan de 2 gasten.');
    expect(vevent.getFirstPropertyValue('url')).toBe(`https://koers.example/tafels/abc/bijeenkomsten/${BIJEENKOMST}`);
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:noreply@koers.example');
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Koers');
    const attendee = vevent.getFirstProperty('attendee');
    expect(String(attendee?.getFirstValue()).toLowerCase()).toBe('mailto:client.mlw@koers.example');
    expect(attendee?.getParameter('cn')).toBe('Carla Client');
    expect(attendee?.getParameter('rsvp')).toBe('FALSE');
  });

  it('uses the online link as the location of a meeting without a place', () => {
    const { event } = lees(kalenderbijlage(afspraak({ plaats: undefined }), ONTVANGER, KOERS, 'https://koers.example').inhoud);
    expect(event.location).toBe('https://vergader.example/koers-123');
    expect(event.description).not.toContain('Online meedoen');
  });

  it('keeps the UID and raises SEQUENCE on a move, with the new times', () => {
    const eerst = lees(kalenderbijlage(afspraak(), ONTVANGER, KOERS, 'https://koers.example').inhoud).event;
    const verplaatst = lees(
      kalenderbijlage(afspraak({ volgnummer: 1, start: new Date('2026-12-10T13:00:00Z'), eind: new Date('2026-12-10T14:30:00Z') }), ONTVANGER, KOERS, 'https://koers.example').inhoud,
    ).event;
    expect(verplaatst.uid).toBe(eerst.uid);
    expect(verplaatst.sequence).toBe(1);
    expect(verplaatst.startDate.toJSDate().toISOString()).toBe('2026-12-10T13:00:00.000Z');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, the same UID and the raised SEQUENCE', () => {
    const bijlage = kalenderbijlage(afspraak({ methode: 'CANCEL', volgnummer: 2 }), ONTVANGER, KOERS, 'https://koers.example');
    expect(bijlage.contentType).toBe('text/calendar; method=CANCEL; charset=UTF-8');
    const { kalender, vevent, event } = lees(bijlage.inhoud);
    expect(kalender.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(`${BIJEENKOMST}@koers`);
    expect(event.sequence).toBe(2);
    expect(event.description).toContain('gaat niet door');
  });

  it('writes summer-time meetings as the right UTC instant too', () => {
    // 10:00 on the Dutch clock in June is 08:00 UTC.
    const { event } = lees(kalenderbijlage(afspraak({ start: new Date('2026-06-15T08:00:00Z'), eind: new Date('2026-06-15T09:00:00Z') }), ONTVANGER, KOERS, '').inhoud);
    expect(event.startDate.toString()).toBe('2026-06-15T08:00:00Z');
  });

  it('reads the sender with and without a name', () => {
    expect(leesAfzender('Koers <noreply@koers.example>')).toEqual({ naam: 'Koers', email: 'noreply@koers.example' });
    expect(leesAfzender('noreply@koers.example')).toEqual({ email: 'noreply@koers.example' });
  });
});
