import { copyVeld, metingVelden } from './copy-tekst';

describe('COPY text', () => {
  it('writes null as \\N and numbers as they are', () => {
    expect(copyVeld(null)).toBe('\\N');
    expect(copyVeld(12.5)).toBe('12.5');
    expect(copyVeld(0)).toBe('0');
  });

  it('escapes backslash, tab, line feed and carriage return, and leaves other text alone', () => {
    expect(copyVeld('Jeugdmonitor 2025 – één')).toBe('Jeugdmonitor 2025 – één');
    expect(copyVeld('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });

  it('lays out the fields of a measurement, the delivery’s source when the row names none', () => {
    const rij = { regel: 7, indicator: 'uitval', gemeente: null, periode: '2025-Q1', waarde: 3.5, teller: null, noemer: null, bron: null };
    expect(metingVelden(rij, 'Regiomonitor')).toBe('uitval\t\\N\t2025-Q1\t3.5\t\\N\t\\N\tRegiomonitor');
    expect(metingVelden({ ...rij, gemeente: 'GM0988', teller: 7, noemer: 200, bron: 'Eigen\tbron' }, 'Regiomonitor')).toBe(
      'uitval\tGM0988\t2025-Q1\t3.5\t7\t200\tEigen\\tbron',
    );
  });
});
