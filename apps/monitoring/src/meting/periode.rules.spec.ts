import {
  canoniekePeriode,
  leesPeriode,
  Periode,
  PERIODE_PATTERN,
  soortVanCode,
  statlinePeriode,
  vergelijkPeriodes,
  vorigePeriode,
} from './periode.rules';

function periode(code: string): Periode {
  const p = leesPeriode(code);
  if (!p) throw new Error(`testperiode ${code} is ongeldig`);
  return p;
}

describe('leesPeriode', () => {
  it.each<[string, Periode]>([
    ['2025', { code: '2025', soort: 'jaar', jaar: 2025, index: 1, begin: '2025-01-01', eind: '2026-01-01' }],
    ['2025-H1', { code: '2025-H1', soort: 'halfjaar', jaar: 2025, index: 1, begin: '2025-01-01', eind: '2025-07-01' }],
    ['2025-H2', { code: '2025-H2', soort: 'halfjaar', jaar: 2025, index: 2, begin: '2025-07-01', eind: '2026-01-01' }],
    ['2025-Q1', { code: '2025-Q1', soort: 'kwartaal', jaar: 2025, index: 1, begin: '2025-01-01', eind: '2025-04-01' }],
    ['2025-Q3', { code: '2025-Q3', soort: 'kwartaal', jaar: 2025, index: 3, begin: '2025-07-01', eind: '2025-10-01' }],
    ['2025-Q4', { code: '2025-Q4', soort: 'kwartaal', jaar: 2025, index: 4, begin: '2025-10-01', eind: '2026-01-01' }],
    ['2025-01', { code: '2025-01', soort: 'maand', jaar: 2025, index: 1, begin: '2025-01-01', eind: '2025-02-01' }],
    ['2025-07', { code: '2025-07', soort: 'maand', jaar: 2025, index: 7, begin: '2025-07-01', eind: '2025-08-01' }],
    ['2025-12', { code: '2025-12', soort: 'maand', jaar: 2025, index: 12, begin: '2025-12-01', eind: '2026-01-01' }],
    ['1900', { code: '1900', soort: 'jaar', jaar: 1900, index: 1, begin: '1900-01-01', eind: '1901-01-01' }],
    ['2099-12', { code: '2099-12', soort: 'maand', jaar: 2099, index: 12, begin: '2099-12-01', eind: '2100-01-01' }],
  ])('reads %s', (code, verwacht) => {
    expect(leesPeriode(code)).toEqual(verwacht);
  });

  it('reads every month of a year with consecutive begin and eind', () => {
    for (let maand = 1; maand <= 12; maand++) {
      const p = periode(`2024-${String(maand).padStart(2, '0')}`);
      expect(p.index).toBe(maand);
      if (maand < 12) expect(periode(`2024-${String(maand + 1).padStart(2, '0')}`).begin).toBe(p.eind);
    }
  });

  it.each([
    '2025-13',
    '2025-00',
    '2025-Q5',
    '2025-Q0',
    '2025-H3',
    '2025-H0',
    '25',
    '2025-7',
    '2025-1',
    '1899',
    '2101',
    '0000',
    '',
    ' 2025',
    '2025 ',
    '2025-q1',
    '2025-h1',
    '2025Q1',
    '2025-W01',
    '2025-07-01',
    '2025-',
    '20250',
    '２０２５',
    '2023JJ00',
  ])('refuses %j', (code) => {
    expect(leesPeriode(code)).toBeUndefined();
  });

  it('refuses non-strings from untyped callers', () => {
    expect(leesPeriode(2025 as unknown as string)).toBeUndefined();
    expect(leesPeriode(null as unknown as string)).toBeUndefined();
  });
});

describe('PERIODE_PATTERN', () => {
  const patroon = new RegExp(PERIODE_PATTERN);

  it.each(['1900', '2025', '2099', '2025-H1', '2025-H2', '2025-Q1', '2025-Q4', '2025-01', '2025-09', '2025-10', '2025-12'])(
    'accepts %s, as leesPeriode does',
    (code) => {
      expect(patroon.test(code)).toBe(true);
      expect(leesPeriode(code)).toBeDefined();
    },
  );

  it.each(['1899', '2101', '2025-13', '2025-00', '2025-Q5', '2025-H3', '25', '2025-7', ' 2025', '2025\n', '2025-q1', 'x2025'])(
    'refuses %j, as leesPeriode does',
    (code) => {
      expect(patroon.test(code)).toBe(false);
      expect(leesPeriode(code)).toBeUndefined();
    },
  );

  it('agrees with leesPeriode on every code of the form YYYY[-XX] around the edges', () => {
    const achtervoegsels = ['', '-H0', '-H1', '-H2', '-H3', '-Q0', '-Q1', '-Q4', '-Q5', '-00', '-01', '-12', '-13', '-1'];
    for (const jaar of [1000, 1899, 1900, 1999, 2000, 2099, 2100, 2101, 9999]) {
      for (const achtervoegsel of achtervoegsels) {
        const code = `${jaar}${achtervoegsel}`;
        expect([code, patroon.test(code)]).toEqual([code, leesPeriode(code) !== undefined]);
      }
    }
  });
});

describe('vergelijkPeriodes', () => {
  it('orders chronologically by begin', () => {
    expect(vergelijkPeriodes(periode('2024-12'), periode('2025-01'))).toBeLessThan(0);
    expect(vergelijkPeriodes(periode('2025-Q2'), periode('2025-Q1'))).toBeGreaterThan(0);
    expect(vergelijkPeriodes(periode('2024'), periode('2025-01'))).toBeLessThan(0);
  });

  it('puts the shorter period first when two begin on the same day', () => {
    expect(vergelijkPeriodes(periode('2025-01'), periode('2025-Q1'))).toBeLessThan(0);
    expect(vergelijkPeriodes(periode('2025-Q1'), periode('2025-H1'))).toBeLessThan(0);
    expect(vergelijkPeriodes(periode('2025-H1'), periode('2025'))).toBeLessThan(0);
    expect(vergelijkPeriodes(periode('2025'), periode('2025-01'))).toBeGreaterThan(0);
  });

  it('gives 0 only for the same period', () => {
    expect(vergelijkPeriodes(periode('2025-Q3'), periode('2025-Q3'))).toBe(0);
    expect(vergelijkPeriodes(periode('2025-07'), periode('2025-Q3'))).not.toBe(0);
  });

  it('sorts a mixed series into one total order', () => {
    const codes = ['2025', '2024-12', '2025-Q2', '2025-01', '2025-H1', '2024', '2025-Q1', '2025-H2', '2025-07', '2025-Q3'];
    const gesorteerd = codes.map(periode).sort(vergelijkPeriodes).map((p) => p.code);
    expect(gesorteerd).toEqual(['2024', '2024-12', '2025-01', '2025-Q1', '2025-H1', '2025', '2025-Q2', '2025-07', '2025-Q3', '2025-H2']);
  });

  it('is antisymmetric and transitive over many periods', () => {
    const alle: Periode[] = [];
    for (const jaar of [2023, 2024]) {
      alle.push(periode(String(jaar)), periode(`${jaar}-H1`), periode(`${jaar}-H2`));
      for (let k = 1; k <= 4; k++) alle.push(periode(`${jaar}-Q${k}`));
      for (let m = 1; m <= 12; m++) alle.push(periode(`${jaar}-${String(m).padStart(2, '0')}`));
    }
    for (const a of alle) {
      for (const b of alle) {
        expect(Math.sign(vergelijkPeriodes(a, b))).toBe(-Math.sign(vergelijkPeriodes(b, a)) || 0);
        if (a.code !== b.code) expect(vergelijkPeriodes(a, b)).not.toBe(0);
      }
    }
    const gesorteerd = [...alle].sort(vergelijkPeriodes);
    for (let i = 1; i < gesorteerd.length; i++) {
      expect(vergelijkPeriodes(gesorteerd[i - 1], gesorteerd[i])).toBeLessThan(0);
    }
  });
});

describe('vorigePeriode', () => {
  it.each([
    ['2025', '2024'],
    ['2025-H2', '2025-H1'],
    ['2025-H1', '2024-H2'],
    ['2025-Q3', '2025-Q2'],
    ['2025-Q1', '2024-Q4'],
    ['2025-07', '2025-06'],
    ['2025-01', '2024-12'],
    ['2025-10', '2025-09'],
  ])('%s → %s', (code, vorige) => {
    expect(vorigePeriode(periode(code))).toEqual(periode(vorige));
  });

  it('ends where the given period begins, for every soort', () => {
    for (const code of ['2025', '2025-H1', '2025-H2', '2025-Q1', '2025-Q4', '2025-01', '2025-12']) {
      const p = periode(code);
      const vorige = vorigePeriode(p);
      expect(vorige.eind).toBe(p.begin);
      expect(vorige.soort).toBe(p.soort);
    }
  });

  it('steps below 1900 without failing', () => {
    expect(vorigePeriode(periode('1900-01'))).toMatchObject({ code: '1899-12', begin: '1899-12-01', eind: '1900-01-01' });
  });
});

describe('statlinePeriode', () => {
  it.each([
    ['2023JJ00', '2023'],
    ['2023HJ01', '2023-H1'],
    ['2023HJ02', '2023-H2'],
    ['2023KW01', '2023-Q1'],
    ['2023KW02', '2023-Q2'],
    ['2023KW04', '2023-Q4'],
    ['2023MM01', '2023-01'],
    ['2023MM07', '2023-07'],
    ['2023MM12', '2023-12'],
    ['  2023MM07  ', '2023-07'],
    ['\t2023JJ00\n', '2023'],
  ])('%j → %s', (code, canoniek) => {
    expect(statlinePeriode(code)).toBe(canoniek);
  });

  it.each([
    '2023X000',
    '2023KW05',
    '2023KW00',
    '2023KW10',
    '2023JJ01',
    '2023HJ00',
    '2023HJ03',
    '2023HJ10',
    '2023MM00',
    '2023MM13',
    '2023SJ00',
    '2023G200',
    '2023VJ12',
    '2023jj00',
    '2023',
    '2023-Q2',
    '23KW02',
    '2023KW2',
    '2023KW002',
    '1899JJ00',
    '2101JJ00',
    '',
    '   ',
  ])('refuses %j', (code) => {
    expect(statlinePeriode(code)).toBeUndefined();
  });

  it('refuses non-strings from untyped callers', () => {
    expect(statlinePeriode(undefined as unknown as string)).toBeUndefined();
  });
});

describe('canoniekePeriode and soortVanCode (the bulk intake’s fast path)', () => {
  it('accepts exactly what leesPeriode accepts', () => {
    for (const code of ['2025', '2025-H2', '2025-Q3', '2025-07', '1900', '2099-12', '1899', '2100', '2025-7', '2025-Q5', ' 2025', '25', '2025-13']) {
      expect(canoniekePeriode(code)).toBe(leesPeriode(code)?.code);
    }
  });

  it('names the kind of a canonical code as leesPeriode does', () => {
    for (const code of ['2025', '2025-H1', '2025-Q4', '2025-01']) expect(soortVanCode(code)).toBe(leesPeriode(code)?.soort);
  });
});
