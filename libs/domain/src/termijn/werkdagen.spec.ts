import { feestdagen, isWerkdag, naWerkdagen, nederlandseDatum } from './werkdagen';

describe('working days (Algemene termijnenwet)', () => {
  it('knows the Dutch public holidays of 2026 (Easter 5 April)', () => {
    expect([...feestdagen(2026)].sort()).toEqual([
      '2026-01-01', // Nieuwjaarsdag
      '2026-04-06', // tweede Paasdag
      '2026-04-27', // Koningsdag
      '2026-05-05', // Bevrijdingsdag
      '2026-05-14', // Hemelvaartsdag
      '2026-05-25', // tweede Pinksterdag
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves Koningsdag to the 26th when the 27th is a Sunday (2025) and finds Easter in March (2024)', () => {
    expect(feestdagen(2025).has('2025-04-26')).toBe(true);
    expect(feestdagen(2025).has('2025-04-27')).toBe(false);
    expect(feestdagen(2024).has('2024-04-01')).toBe(true); // tweede Paasdag 2024
    expect(feestdagen(2024).has('2024-05-09')).toBe(true); // Hemelvaartsdag 2024
  });

  it('skips weekends and holidays, and Goede Vrijdag is a working day', () => {
    expect(isWerkdag('2026-11-28')).toBe(false); // Saturday
    expect(isWerkdag('2026-11-29')).toBe(false); // Sunday
    expect(isWerkdag('2026-04-06')).toBe(false); // tweede Paasdag
    expect(isWerkdag('2026-04-03')).toBe(true); // Goede Vrijdag
    expect(isWerkdag('2026-11-25')).toBe(true);
  });

  it('counts from the day after', () => {
    expect(naWerkdagen('2026-11-25', 1)).toBe('2026-11-26');
    expect(naWerkdagen('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(naWerkdagen('2026-11-25', 10)).toBe('2026-12-09');
    expect(naWerkdagen('2026-12-24', 1)).toBe('2026-12-28'); // over Christmas and a weekend
    expect(naWerkdagen('2026-04-30', 5)).toBe('2026-05-08'); // over Bevrijdingsdag and a weekend
    expect(naWerkdagen('2026-05-08', 15)).toBe('2026-06-02'); // over Hemelvaart and tweede Pinksterdag
  });

  it('takes the date in Dutch time', () => {
    expect(nederlandseDatum(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
    expect(nederlandseDatum(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(nederlandseDatum(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
