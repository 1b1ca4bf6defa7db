import { beoordeelReeks, goedeRichting, Punt } from './trend.rules';

const reeks = (...waarden: number[]): Punt[] => waarden.map((waarde, i) => ({ periode: `2024-${String(i + 1).padStart(2, '0')}`, waarde }));
const regels = (...args: Parameters<typeof beoordeelReeks>) => beoordeelReeks(...args).map((a) => a.regel);

describe('trend rule (a): latest value on the wrong side of the target', () => {
  it('fires above a maximum and below a minimum, not on the target itself', () => {
    expect(regels(reeks(1.2, 1.6), 'lager_is_beter', { doelwaarde: 1.5, richting: 'maximaal' })).toContain('verkeerde_kant_van_doel');
    expect(regels(reeks(1.2, 1.5), 'lager_is_beter', { doelwaarde: 1.5, richting: 'maximaal' })).not.toContain('verkeerde_kant_van_doel');
    expect(regels(reeks(72, 69), 'hoger_is_beter', { doelwaarde: 70, richting: 'minimaal' })).toContain('verkeerde_kant_van_doel');
  });
  it('only judges the latest value, and needs a target', () => {
    expect(regels(reeks(1.9, 1.4), 'lager_is_beter', { doelwaarde: 1.5, richting: 'maximaal' })).not.toContain('verkeerde_kant_van_doel');
    expect(regels(reeks(9, 9, 9), 'lager_is_beter', null)).not.toContain('verkeerde_kant_van_doel');
  });
  it('names the numbers in plain Dutch', () => {
    const [afwijking] = beoordeelReeks(reeks(1.6), 'neutraal', { doelwaarde: 1.5, richting: 'maximaal' });
    expect(afwijking.toelichting).toBe('De waarde over 2024-01 is 1,6; het koersdoel is maximaal 1,5.');
  });
});

describe('trend rule (b): consecutive periods in the wrong direction', () => {
  it('fires after three rises when lower is better, not after two', () => {
    expect(regels(reeks(1.0, 1.1, 1.2, 1.3), 'lager_is_beter', null)).toContain('opeenvolgend_verkeerde_richting');
    expect(regels(reeks(1.0, 1.0, 1.2, 1.3), 'lager_is_beter', null)).not.toContain('opeenvolgend_verkeerde_richting');
  });
  it('fires after three falls when higher is better, and the target’s direction overrides the indicator’s', () => {
    expect(regels(reeks(80, 78, 75, 71), 'hoger_is_beter', null)).toContain('opeenvolgend_verkeerde_richting');
    expect(regels(reeks(80, 78, 75, 71), 'neutraal', { doelwaarde: 60, richting: 'minimaal' })).toContain('opeenvolgend_verkeerde_richting');
    expect(regels(reeks(80, 78, 75, 71), 'hoger_is_beter', { doelwaarde: 90, richting: 'maximaal' })).not.toContain('opeenvolgend_verkeerde_richting');
  });
  it('does not judge a neutral indicator without a target', () => {
    expect(regels(reeks(1, 2, 3, 4, 5), 'neutraal', null)).not.toContain('opeenvolgend_verkeerde_richting');
  });
  it('counts only periods that follow each other without a gap', () => {
    const metGat: Punt[] = [
      { periode: '2024-01', waarde: 1.0 },
      { periode: '2024-02', waarde: 1.1 },
      { periode: '2024-04', waarde: 1.2 },
      { periode: '2024-05', waarde: 1.3 },
    ];
    expect(regels(metGat, 'lager_is_beter', null)).not.toContain('opeenvolgend_verkeerde_richting');
  });
  it('takes the number of periods from the settings', () => {
    expect(regels(reeks(1.0, 1.1, 1.2), 'lager_is_beter', null, { opeenvolgend: 2, uitschieterFactor: 3, minimaleGeschiedenis: 4 })).toContain(
      'opeenvolgend_verkeerde_richting',
    );
  });
});

describe('trend rule (c): the latest change far outside the series’ own variation (z-score of period-to-period changes)', () => {
  const rustig = [10, 10.2, 10.1, 10.3, 10.2, 10.4];
  it('fires on a jump in the wrong direction', () => {
    expect(regels(reeks(...rustig, 12), 'lager_is_beter', null)).toContain('uitschieter');
  });
  it('does not fire on a jump in the good direction, nor on an ordinary change', () => {
    expect(regels(reeks(...rustig, 8.5), 'lager_is_beter', null)).not.toContain('uitschieter');
    expect(regels(reeks(...rustig, 10.5), 'lager_is_beter', null)).not.toContain('uitschieter');
  });
  it('fires either way for a neutral indicator', () => {
    expect(regels(reeks(...rustig, 8.5), 'neutraal', null)).toContain('uitschieter');
  });
  it('needs enough history, and some variation to judge against', () => {
    expect(regels(reeks(10, 10.2, 10.1, 13), 'lager_is_beter', null)).not.toContain('uitschieter');
    expect(regels(reeks(10, 10, 10, 10, 10, 13), 'lager_is_beter', null)).not.toContain('uitschieter');
  });
  it('states the statistic', () => {
    const afwijking = beoordeelReeks(reeks(...rustig, 12), 'lager_is_beter', null).find((a) => a.regel === 'uitschieter');
    expect(afwijking?.toelichting).toMatch(/standaardafwijkingen van de gebruikelijke verandering \(gemiddeld 0,08, standaardafwijking 0,16\)/);
  });
});

describe('good direction', () => {
  it.each([
    ['lager_is_beter', null, 'omlaag'],
    ['hoger_is_beter', null, 'omhoog'],
    ['neutraal', null, undefined],
    ['lager_is_beter', { doelwaarde: 1, richting: 'minimaal' as const }, 'omhoog'],
  ] as const)('%s with target %o → %s', (richting, doel, verwacht) => {
    expect(goedeRichting(richting, doel)).toBe(verwacht);
  });
});

describe('explanations leave a gemeente: suppressed points show as "< 5", and nothing derived from them', () => {
  const metKlein = (waarden: number[], klein: number[]): Punt[] => reeks(...waarden).map((p, i) => (klein.includes(i) ? { ...p, onderdrukt: true } : p));

  it('rule (b) names a suppressed period without its value', () => {
    const [afwijking] = beoordeelReeks(metKlein([1, 6.5, 7, 8], [1]), 'lager_is_beter', null);
    expect(afwijking.toelichting).toBe('3 perioden achter elkaar gestegen, terwijl lager beter is: 2024-01 1 → 2024-02 < 5 → 2024-03 7 → 2024-04 8.');
  });

  it('rule (c) gives no change, mean or spread computed from a suppressed point', () => {
    const afwijking = beoordeelReeks(metKlein([10, 10.2, 10.1, 10.3, 10.2, 10.4, 12], [2]), 'lager_is_beter', null).find((a) => a.regel === 'uitschieter');
    expect(afwijking?.toelichting).toBe('Van 2024-06 (10,4) naar 2024-07 (12) is de verandering veel groter dan gebruikelijk in deze reeks.');
    expect(afwijking?.toelichting).not.toContain('10,1');
  });

  it('rule (a) never shows a suppressed latest value', () => {
    const [afwijking] = beoordeelReeks(metKlein([1.6], [0]), 'neutraal', { doelwaarde: 1.5, richting: 'maximaal' });
    expect(afwijking.toelichting).toBe('De waarde over 2024-01 is < 5; het koersdoel is maximaal 1,5.');
  });
});
