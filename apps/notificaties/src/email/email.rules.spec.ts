import { isAdresGeweigerd, laatsteDagoverzichtMoment, volgendePoging } from './email.rules';

describe('volgendePoging', () => {
  const nu = new Date('2026-11-25T12:00:00.000Z');

  it('waits the first delay after the first failure and doubles it after each next one', () => {
    expect(volgendePoging(nu, 1, 30_000, 3_600_000).toISOString()).toBe('2026-11-25T12:00:30.000Z');
    expect(volgendePoging(nu, 2, 30_000, 3_600_000).toISOString()).toBe('2026-11-25T12:01:00.000Z');
    expect(volgendePoging(nu, 4, 30_000, 3_600_000).toISOString()).toBe('2026-11-25T12:04:00.000Z');
  });

  it('never waits longer than the ceiling, however often it failed', () => {
    expect(volgendePoging(nu, 50, 30_000, 3_600_000).toISOString()).toBe('2026-11-25T13:00:00.000Z');
  });
});

describe('laatsteDagoverzichtMoment (07:00 Europe/Amsterdam)', () => {
  const zeven = { uur: 7, minuut: 0 };
  const moment = (nu: string) => laatsteDagoverzichtMoment(new Date(nu), zeven, 'Europe/Amsterdam').toISOString();

  it('is this morning once 07:00 has passed (winter time, UTC+1)', () => {
    expect(moment('2026-11-25T19:40:00.000Z')).toBe('2026-11-25T06:00:00.000Z');
  });

  it('is exactly now at 07:00 itself', () => {
    expect(moment('2026-11-25T06:00:00.000Z')).toBe('2026-11-25T06:00:00.000Z');
  });

  it('is yesterday morning before 07:00', () => {
    expect(moment('2026-11-25T05:59:59.000Z')).toBe('2026-11-24T06:00:00.000Z');
  });

  it('follows summer time (UTC+2)', () => {
    expect(moment('2026-07-01T12:00:00.000Z')).toBe('2026-07-01T05:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    expect(moment('2026-03-29T12:00:00.000Z')).toBe('2026-03-29T05:00:00.000Z');
    expect(moment('2026-10-25T12:00:00.000Z')).toBe('2026-10-25T06:00:00.000Z');
    // Before 07:00 on the day summer time starts, the last digest was the previous (winter) morning.
    expect(moment('2026-03-29T04:00:00.000Z')).toBe('2026-03-28T06:00:00.000Z');
  });

  it('crosses month and year ends', () => {
    expect(moment('2027-01-01T05:00:00.000Z')).toBe('2026-12-31T06:00:00.000Z');
  });

  it('works in another time zone', () => {
    expect(laatsteDagoverzichtMoment(new Date('2026-11-25T12:00:00.000Z'), { uur: 18, minuut: 30 }, 'UTC').toISOString()).toBe('2026-11-24T18:30:00.000Z');
  });
});

describe('isAdresGeweigerd', () => {
  it.each([
    [{ code: 'EENVELOPE', responseCode: 550 }, true],
    [{ code: 'EENVELOPE', responseCode: 551 }, true],
    [{ code: 'EENVELOPE', responseCode: 553 }, true],
    [{ code: 'EENVELOPE', responseCode: 450 }, false], // mailbox busy: later
    [{ code: 'EENVELOPE', responseCode: 552 }, false], // mailbox full: later
    [{ code: 'EMESSAGE', responseCode: 550 }, false], // the message, not the address: mend and retry
    [{ code: 'EAUTH', responseCode: 535 }, false], // our credentials: mend and retry
    [{ code: 'ECONNECTION' }, false],
    [undefined, false],
  ])('%p → %p', (fout, verwacht) => expect(isAdresGeweigerd(fout)).toBe(verwacht));
});
