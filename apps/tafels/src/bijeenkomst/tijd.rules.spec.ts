import { leesbaarMoment, leesTijdstip, nederlandsMoment, offsetInNederland } from './tijd.rules';

const moment = (invoer: string) => {
  const tijd = leesTijdstip(invoer);
  if (tijd.soort !== 'moment') throw new Error(`${invoer}: ${tijd.soort}`);
  return tijd.moment.toISOString();
};

describe('meeting times in Europe/Amsterdam', () => {
  it('reads a local time as the Dutch clock: winter +01:00, summer +02:00', () => {
    expect(moment('2026-01-15T10:00')).toBe('2026-01-15T09:00:00.000Z');
    expect(moment('2026-07-15T10:00:00')).toBe('2026-07-15T08:00:00.000Z');
  });

  it('takes an instant with an offset as it is', () => {
    expect(moment('2026-01-15T10:00:00+01:00')).toBe('2026-01-15T09:00:00.000Z');
    expect(moment('2026-01-15T10:00:00Z')).toBe('2026-01-15T10:00:00.000Z');
    expect(moment('2026-07-15T10:00:00.250-04:30')).toBe('2026-07-15T14:30:00.250Z');
  });

  it('on the day summer time starts (29 March 2026): 01:59 is winter, 03:00 summer, and 02:30 does not exist', () => {
    expect(moment('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(moment('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(leesTijdstip('2026-03-29T02:30')).toEqual({ soort: 'bestaat_niet' });
  });

  it('on the day summer time ends (25 October 2026): 02:30 happens twice and is read as the first, in summer time', () => {
    expect(moment('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(moment('2026-10-25T03:30')).toBe('2026-10-25T02:30:00.000Z');
    expect(moment('2026-10-25T02:30:00+01:00')).toBe('2026-10-25T01:30:00.000Z');
  });

  it.each(['2026-02-30T10:00', '2026-13-01T10:00', '2026-01-15T24:00', '2026-01-15', '15-01-2026 10:00', '2026-01-15T10:00+25:00', 'morgen'])('refuses %s', (invoer) => {
    expect(leesTijdstip(invoer)).toEqual({ soort: 'ongeldig' });
  });

  it('shows an instant with the offset the Dutch clock had, on both sides of a change', () => {
    expect(nederlandsMoment(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29T01:59:00+01:00');
    expect(nederlandsMoment(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00+02:00');
    expect(nederlandsMoment(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(nederlandsMoment(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
    expect(offsetInNederland(new Date('2026-10-25T01:30:00.999Z'))).toBe(60);
  });

  it('round-trips what it shows', () => {
    for (const iso of ['2026-03-29T01:00:00.000Z', '2026-10-25T00:30:00.000Z', '2026-12-31T23:30:00.000Z']) {
      expect(moment(nederlandsMoment(new Date(iso)))).toBe(iso);
    }
  });

  it('writes a time for a Dutch reader', () => {
    expect(leesbaarMoment(new Date('2026-03-02T09:00:00Z'))).toBe('maandag 2 maart 2026, 10.00 uur');
  });
});
