import { bepaalNulmeting, evalueer, EvaluatieInvoer, groepeerReeksen, Meetpunt, Nulmeting, OORDELEN, PlanIndicator, samenvatting, vulNulmetingAan } from './monitoringplan.rules';

const nul = (waarde: number): Nulmeting => ({ waarde, periodes: ['2024-Q3', '2024-Q4'] });
const punten = (waarden: Record<string, number>): Meetpunt[] => Object.entries(waarden).map(([periode, waarde]) => ({ periode, waarde }));

const MOMENTEN = ['2025-Q2', '2025-Q4'];

/** One plan gemeente GM0988, baseline 2,1, target maximaal 1,8, measured 1,9 then 1,6. */
function invoer(wijziging: { plan?: Partial<PlanIndicator>; meetmomenten?: string[]; reeksen?: Record<string, Meetpunt[]> } = {}): EvaluatieInvoer {
  return {
    plan: {
      indicator: 'jz_aandeel',
      gemeenten: ['GM0988'],
      vergelijkingsgemeenten: [],
      nulmeting: { GM0988: nul(2.1) },
      doelwaarde: 1.8,
      richting: 'maximaal',
      ...wijziging.plan,
    },
    meetmomenten: wijziging.meetmomenten ?? MOMENTEN,
    reeksen: wijziging.reeksen ?? { GM0988: punten({ '2025-Q2': 1.9, '2025-Q4': 1.6 }) },
  };
}

/** Plan gemeenten GM0001/GM0002 and comparison gemeenten GM0101/GM0102, all measured over 2025-Q4. */
function metVergelijking(
  waarden: { plan: [number, number][]; vergelijking: [number, number][] },
  doel: Pick<PlanIndicator, 'doelwaarde' | 'richting'> = { doelwaarde: 1.8, richting: 'maximaal' },
): EvaluatieInvoer {
  const nulmeting: Record<string, Nulmeting> = {};
  const reeksen: Record<string, Meetpunt[]> = {};
  const vul = (codes: string[], paren: [number, number][]) =>
    paren.forEach(([nulwaarde, laatste], i) => {
      nulmeting[codes[i]] = nul(nulwaarde);
      reeksen[codes[i]] = punten({ '2025-Q4': laatste });
    });
  vul(['GM0001', 'GM0002'], waarden.plan);
  vul(['GM0101', 'GM0102'], waarden.vergelijking);
  return {
    plan: {
      indicator: 'jz_aandeel',
      gemeenten: ['GM0001', 'GM0002'].slice(0, waarden.plan.length),
      vergelijkingsgemeenten: ['GM0101', 'GM0102'].slice(0, waarden.vergelijking.length),
      nulmeting,
      ...doel,
    },
    meetmomenten: ['2025-Q4'],
    reeksen,
  };
}

describe('OORDELEN', () => {
  it('are the three verdicts of domain.md §6', () => {
    expect(OORDELEN).toEqual(['effect_bereikt', 'niet_bereikt', 'onvoldoende_data']);
  });
});

describe('bepaalNulmeting', () => {
  it('takes the mean of the last points at or before `tot`, whatever order the series is in', () => {
    const reeks = punten({ '2024-Q4': 2.0, '2024-Q2': 9, '2025-Q1': 5, '2024-Q3': 2.2 });
    expect(bepaalNulmeting(reeks, '2024-Q4', 2)).toEqual({ waarde: 2.1, periodes: ['2024-Q3', '2024-Q4'] });
    expect(bepaalNulmeting(reeks, '2024-Q4', 1)).toEqual({ waarde: 2.0, periodes: ['2024-Q4'] });
  });
  it('leaves out points after `tot`', () => {
    expect(bepaalNulmeting(punten({ '2024-Q3': 2, '2024-Q4': 4, '2025-Q1': 100 }), '2024-Q4', 2)?.waarde).toBe(3);
  });
  it('only counts points of the same period kind as `tot`', () => {
    const gemengd = punten({ '2024': 50, '2024-H2': 40, '2024-12': 30, '2024-Q3': 2, '2024-Q4': 4 });
    expect(bepaalNulmeting(gemengd, '2024-Q4', 2)).toEqual({ waarde: 3, periodes: ['2024-Q3', '2024-Q4'] });
    expect(bepaalNulmeting(gemengd, '2024-Q4', 3)).toBeUndefined();
    expect(bepaalNulmeting(gemengd, '2024', 1)).toEqual({ waarde: 50, periodes: ['2024'] });
  });
  it('is undefined with fewer points than asked for', () => {
    expect(bepaalNulmeting(punten({ '2024-Q4': 2 }), '2024-Q4', 2)).toBeUndefined();
    expect(bepaalNulmeting([], '2024-Q4', 1)).toBeUndefined();
  });
  it('does not require the points to follow each other', () => {
    expect(bepaalNulmeting(punten({ '2024-Q1': 1, '2024-Q4': 3 }), '2024-Q4', 2)).toEqual({ waarde: 2, periodes: ['2024-Q1', '2024-Q4'] });
  });
  it('is undefined for a malformed `tot` or a count that is not a positive whole number', () => {
    const reeks = punten({ '2024-Q3': 2, '2024-Q4': 4 });
    expect(bepaalNulmeting(reeks, '2024-Q5', 1)).toBeUndefined();
    expect(bepaalNulmeting(reeks, '2024q4', 1)).toBeUndefined();
    expect(bepaalNulmeting(reeks, '2024-Q4', 0)).toBeUndefined();
    expect(bepaalNulmeting(reeks, '2024-Q4', -1)).toBeUndefined();
    expect(bepaalNulmeting(reeks, '2024-Q4', 1.5)).toBeUndefined();
  });
  it('counts a period delivered twice once, with the last value', () => {
    const reeks: Meetpunt[] = [
      { periode: '2024-Q4', waarde: 9 },
      { periode: '2024-Q3', waarde: 2 },
      { periode: '2024-Q4', waarde: 4 },
    ];
    expect(bepaalNulmeting(reeks, '2024-Q4', 2)).toEqual({ waarde: 3, periodes: ['2024-Q3', '2024-Q4'] });
  });
  it('skips unreadable periods and values that are not numbers', () => {
    const reeks: Meetpunt[] = [
      { periode: '2024-Q3', waarde: 2 },
      { periode: '2024-Q4', waarde: Number.NaN },
      { periode: '2024-4', waarde: 7 },
    ];
    expect(bepaalNulmeting(reeks, '2024-Q4', 1)).toEqual({ waarde: 2, periodes: ['2024-Q3'] });
  });
  it('rounds away floating-point noise in the mean', () => {
    expect(bepaalNulmeting(punten({ '2024-Q3': 0.1, '2024-Q4': 0.2 }), '2024-Q4', 2)?.waarde).toBe(0.15);
  });
});

describe('rule 1: onvoldoende_data', () => {
  it('when a plan gemeente has no baseline, still showing its latest value', () => {
    const uitkomst = evalueer(invoer({ plan: { nulmeting: {} } }));
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['GM0988: geen nulmeting']);
    expect(uitkomst.gemeenten).toEqual([{ gemeente: 'GM0988', laatste: { periode: '2025-Q4', waarde: 1.6 }, doelBereikt: true }]);
    expect(uitkomst.vergelijking).toBeUndefined();
  });
  it('when a baseline is not a number', () => {
    const uitkomst = evalueer(invoer({ plan: { nulmeting: { GM0988: nul(Number.NaN) } } }));
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['GM0988: geen nulmeting']);
  });
  it('when the measurement for the last meetmoment has not arrived yet (late data)', () => {
    const uitkomst = evalueer(invoer({ reeksen: { GM0988: punten({ '2025-Q2': 1.7, '2025-Q3': 1.5 }) } }));
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['GM0988: geen meting over 2025-Q4']);
    expect(uitkomst.gemeenten).toEqual([{ gemeente: 'GM0988', nulmeting: 2.1 }]);
  });
  it('when a plan gemeente has no series at all, listing every missing meetmoment', () => {
    const uitkomst = evalueer(invoer({ reeksen: {} }));
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['GM0988: geen meting over 2025-Q2', 'GM0988: geen meting over 2025-Q4']);
  });
  it('when only one of several plan gemeenten lacks the decisive measurement', () => {
    const uitkomst = evalueer(
      invoer({
        plan: { gemeenten: ['GM0988', 'GM1507'], nulmeting: { GM0988: nul(2.1), GM1507: nul(2.5) } },
        reeksen: { GM0988: punten({ '2025-Q2': 1.9, '2025-Q4': 1.6 }), GM1507: punten({ '2025-Q2': 2.2 }) },
      }),
    );
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['GM1507: geen meting over 2025-Q4']);
    expect(uitkomst.gemeenten.map((g) => g.doelBereikt)).toEqual([true, undefined]);
  });
  it('when the decisive value is not a number', () => {
    const uitkomst = evalueer(invoer({ reeksen: { GM0988: punten({ '2025-Q2': 1.9, '2025-Q4': Number.NaN }) } }));
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['GM0988: geen meting over 2025-Q4']);
  });
  it('when comparison gemeenten were given but none has both a baseline and the decisive measurement', () => {
    const basis = metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.0, 1.9], [2.2, 2.0]] });
    const zonderNulmeting = { ...basis.plan.nulmeting };
    delete zonderNulmeting.GM0101;
    const uitkomst = evalueer({
      ...basis,
      plan: { ...basis.plan, nulmeting: zonderNulmeting },
      reeksen: { ...basis.reeksen, GM0102: punten({ '2025-Q3': 2.0 }) },
    });
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.vergelijking).toBeUndefined();
    expect(uitkomst.ontbrekend).toEqual(['GM0101 (vergelijkingsgemeente): geen nulmeting', 'GM0102 (vergelijkingsgemeente): geen meting over 2025-Q4']);
    // The plan gemeente itself is complete and reached its target; the verdict still waits.
    expect(uitkomst.gemeenten).toEqual([{ gemeente: 'GM0001', nulmeting: 2.1, laatste: { periode: '2025-Q4', waarde: 1.6 }, verandering: -0.5, doelBereikt: true }]);
  });
  it('when the plan names no gemeenten', () => {
    const uitkomst = evalueer(invoer({ plan: { gemeenten: [] } }));
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['het plan noemt geen gemeenten']);
    expect(uitkomst.gemeenten).toEqual([]);
  });
  it('when the plan has no meetmomenten', () => {
    const uitkomst = evalueer(invoer({ meetmomenten: [] }));
    expect(uitkomst.oordeel).toBe('onvoldoende_data');
    expect(uitkomst.ontbrekend).toEqual(['het plan heeft geen meetmomenten']);
    expect(uitkomst.gemeenten).toEqual([{ gemeente: 'GM0988', nulmeting: 2.1 }]);
  });
  it('lists everything that is missing, plan gemeenten first', () => {
    const uitkomst = evalueer({
      plan: { indicator: 'jz_aandeel', gemeenten: ['GM0001'], vergelijkingsgemeenten: ['GM0101'], nulmeting: {}, doelwaarde: 1, richting: 'maximaal' },
      meetmomenten: MOMENTEN,
      reeksen: {},
    });
    expect(uitkomst.ontbrekend).toEqual([
      'GM0001: geen nulmeting',
      'GM0001: geen meting over 2025-Q2',
      'GM0001: geen meting over 2025-Q4',
      'GM0101 (vergelijkingsgemeente): geen nulmeting',
      'GM0101 (vergelijkingsgemeente): geen meting over 2025-Q2',
      'GM0101 (vergelijkingsgemeente): geen meting over 2025-Q4',
    ]);
  });
});

describe('rule 1: missing data for earlier meetmomenten', () => {
  it('does not block a verdict but is listed', () => {
    const uitkomst = evalueer(invoer({ reeksen: { GM0988: punten({ '2025-Q4': 1.6 }) } }));
    expect(uitkomst.oordeel).toBe('effect_bereikt');
    expect(uitkomst.ontbrekend).toEqual(['GM0988: geen meting over 2025-Q2']);
  });
  it('only the last meetmoment decides, even when the series runs further', () => {
    const uitkomst = evalueer(invoer({ reeksen: { GM0988: punten({ '2025-Q2': 1.9, '2025-Q4': 1.9, '2026-Q1': 1.2 }) } }));
    expect(uitkomst.oordeel).toBe('niet_bereikt');
    expect(uitkomst.gemeenten[0].laatste).toEqual({ periode: '2025-Q4', waarde: 1.9 });
  });
});

describe('rule 2: the outcome per plan gemeente', () => {
  it('gives baseline, latest value, change and whether the target was reached', () => {
    expect(evalueer(invoer()).gemeenten).toEqual([
      { gemeente: 'GM0988', nulmeting: 2.1, laatste: { periode: '2025-Q4', waarde: 1.6 }, verandering: -0.5, doelBereikt: true },
    ]);
  });
  it('counts a value exactly on a maximum as reached, just above it as not', () => {
    expect(evalueer(invoer({ reeksen: { GM0988: punten({ '2025-Q4': 1.8 }) } })).gemeenten[0].doelBereikt).toBe(true);
    expect(evalueer(invoer({ reeksen: { GM0988: punten({ '2025-Q4': 1.81 }) } })).gemeenten[0].doelBereikt).toBe(false);
  });
  it('counts a value exactly on a minimum as reached, just below it as not', () => {
    const plan = { richting: 'minimaal' as const, doelwaarde: 70, nulmeting: { GM0988: nul(65) } };
    expect(evalueer(invoer({ plan, reeksen: { GM0988: punten({ '2025-Q4': 70 }) } })).gemeenten[0].doelBereikt).toBe(true);
    expect(evalueer(invoer({ plan, reeksen: { GM0988: punten({ '2025-Q4': 69.99 }) } })).gemeenten[0].doelBereikt).toBe(false);
  });
  it('takes the last value when a period was delivered twice', () => {
    const reeks: Meetpunt[] = [
      { periode: '2025-Q4', waarde: 2.5 },
      { periode: '2025-Q4', waarde: 1.6 },
    ];
    expect(evalueer(invoer({ reeksen: { GM0988: reeks } })).gemeenten[0].laatste?.waarde).toBe(1.6);
  });
  it('counts a gemeente named twice in the plan once', () => {
    expect(evalueer(invoer({ plan: { gemeenten: ['GM0988', 'GM0988'] } })).gemeenten).toHaveLength(1);
  });
});

describe('rule 3: verdict without comparison gemeenten', () => {
  it('effect_bereikt when every plan gemeente reached the target', () => {
    const uitkomst = evalueer(metVergelijking({ plan: [[2.1, 1.6], [2.4, 1.8]], vergelijking: [] }));
    expect(uitkomst.oordeel).toBe('effect_bereikt');
    expect(uitkomst.vergelijking).toBeUndefined();
    expect(uitkomst.ontbrekend).toEqual([]);
  });
  it('niet_bereikt when one plan gemeente missed it', () => {
    const uitkomst = evalueer(metVergelijking({ plan: [[2.1, 1.6], [2.4, 1.9]], vergelijking: [] }));
    expect(uitkomst.oordeel).toBe('niet_bereikt');
    expect(uitkomst.toelichting).toContain('GM0002 haalt het doel niet.');
  });
  it('judges a minimum target the other way round', () => {
    const doel = { doelwaarde: 70, richting: 'minimaal' as const };
    expect(evalueer(metVergelijking({ plan: [[60, 72]], vergelijking: [] }, doel)).oordeel).toBe('effect_bereikt');
    expect(evalueer(metVergelijking({ plan: [[60, 68]], vergelijking: [] }, doel)).oordeel).toBe('niet_bereikt');
  });
  it('returns the target and direction with the verdict', () => {
    expect(evalueer(invoer())).toMatchObject({ doelwaarde: 1.8, richting: 'maximaal' });
  });
});

describe('rule 4: verdict with comparison gemeenten (difference in differences)', () => {
  it('effect_bereikt when the targets are reached and the plan gemeenten fell further (maximaal)', () => {
    const uitkomst = evalueer(metVergelijking({ plan: [[2.1, 1.6], [2.0, 1.7]], vergelijking: [[2.0, 1.9], [2.2, 2.1]] }));
    expect(uitkomst.vergelijking).toEqual({
      gemiddeldeVeranderingPlan: -0.4,
      gemiddeldeVeranderingVergelijking: -0.1,
      verschilInVerschillen: -0.3,
      gunstig: true,
    });
    expect(uitkomst.oordeel).toBe('effect_bereikt');
  });
  it('niet_bereikt when the comparison gemeenten fell just as far: a general trend, not the plan', () => {
    const uitkomst = evalueer(metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.3, 1.8]] }));
    expect(uitkomst.gemeenten[0].doelBereikt).toBe(true);
    expect(uitkomst.vergelijking).toEqual({ gemiddeldeVeranderingPlan: -0.5, gemiddeldeVeranderingVergelijking: -0.5, verschilInVerschillen: 0, gunstig: false });
    expect(uitkomst.oordeel).toBe('niet_bereikt');
  });
  it('niet_bereikt when the comparison gemeenten fell further', () => {
    const uitkomst = evalueer(metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.3, 1.5]] }));
    expect(uitkomst.vergelijking).toMatchObject({ verschilInVerschillen: 0.3, gunstig: false });
    expect(uitkomst.oordeel).toBe('niet_bereikt');
  });
  it('niet_bereikt when the DiD is gunstig but a plan gemeente missed the target', () => {
    const uitkomst = evalueer(metVergelijking({ plan: [[2.5, 1.9]], vergelijking: [[2.3, 2.4]] }));
    expect(uitkomst.vergelijking).toMatchObject({ verschilInVerschillen: -0.7, gunstig: true });
    expect(uitkomst.oordeel).toBe('niet_bereikt');
    expect(uitkomst.toelichting).toContain('GM0001 haalt het doel niet.');
  });
  it('for a minimum target, gunstig means the plan gemeenten rose further', () => {
    const doel = { doelwaarde: 70, richting: 'minimaal' as const };
    const beter = evalueer(metVergelijking({ plan: [[65, 72]], vergelijking: [[66, 68]] }, doel));
    expect(beter.vergelijking).toMatchObject({ verschilInVerschillen: 5, gunstig: true });
    expect(beter.oordeel).toBe('effect_bereikt');
    const slechter = evalueer(metVergelijking({ plan: [[65, 72]], vergelijking: [[60, 70]] }, doel));
    expect(slechter.vergelijking).toMatchObject({ verschilInVerschillen: -3, gunstig: false });
    expect(slechter.oordeel).toBe('niet_bereikt');
  });
  it('rounds before comparing with 0, so floating-point noise does not make a zero DiD gunstig', () => {
    // Unrounded: (0.1 − 0.3) − (0 − 0.2) = 2.8e-17, which would count as a rise.
    const uitkomst = evalueer(metVergelijking({ plan: [[0.3, 0.1]], vergelijking: [[0.2, 0]] }, { doelwaarde: 0, richting: 'minimaal' }));
    expect(uitkomst.vergelijking).toEqual({ gemiddeldeVeranderingPlan: -0.2, gemiddeldeVeranderingVergelijking: -0.2, verschilInVerschillen: 0, gunstig: false });
    expect(Object.is(uitkomst.vergelijking?.verschilInVerschillen, -0)).toBe(false);
    expect(uitkomst.oordeel).toBe('niet_bereikt');
  });
  it('averages over the usable comparison gemeenten only, listing the others', () => {
    const basis = metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.0, 1.9], [2.2, 1.0]] });
    const uitkomst = evalueer({ ...basis, reeksen: { ...basis.reeksen, GM0102: [] } });
    expect(uitkomst.vergelijking).toEqual({ gemiddeldeVeranderingPlan: -0.5, gemiddeldeVeranderingVergelijking: -0.1, verschilInVerschillen: -0.4, gunstig: true });
    expect(uitkomst.oordeel).toBe('effect_bereikt');
    expect(uitkomst.ontbrekend).toEqual(['GM0102 (vergelijkingsgemeente): geen meting over 2025-Q4']);
  });
  it('lists a comparison gemeente missing an earlier meetmoment without excluding it', () => {
    const basis = metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.0, 1.9]] });
    const uitkomst = evalueer({ ...basis, meetmomenten: ['2025-Q2', '2025-Q4'], reeksen: { ...basis.reeksen, GM0001: punten({ '2025-Q2': 1.8, '2025-Q4': 1.6 }) } });
    expect(uitkomst.ontbrekend).toEqual(['GM0101 (vergelijkingsgemeente): geen meting over 2025-Q2']);
    expect(uitkomst.vergelijking).toMatchObject({ gemiddeldeVeranderingVergelijking: -0.1 });
  });
  it('does not use a plan gemeente as its own comparison', () => {
    const basis = metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.0, 1.9]] });
    const uitkomst = evalueer({ ...basis, plan: { ...basis.plan, vergelijkingsgemeenten: ['GM0001', 'GM0101'] } });
    expect(uitkomst.vergelijking).toMatchObject({ gemiddeldeVeranderingVergelijking: -0.1, verschilInVerschillen: -0.4 });
    const alleenZichzelf = evalueer({ ...basis, plan: { ...basis.plan, vergelijkingsgemeenten: ['GM0001'] } });
    expect(alleenZichzelf.vergelijking).toBeUndefined();
    expect(alleenZichzelf.oordeel).toBe('effect_bereikt');
  });
});

describe('rule 5: the toelichting', () => {
  it('names baseline, latest value and target per gemeente in Dutch number format', () => {
    expect(evalueer(invoer()).toelichting).toBe(
      'Effect bereikt voor jz_aandeel over 2025-Q4. GM0988: nulmeting 2,1, laatste meting 1,6 over 2025-Q4, doel maximaal 1,8: bereikt.',
    );
  });
  it('explains a missed target and lists what is missing', () => {
    const uitkomst = evalueer(invoer({ reeksen: { GM0988: punten({ '2025-Q4': 1.95 }) } }));
    expect(uitkomst.toelichting).toBe(
      'Effect niet bereikt voor jz_aandeel over 2025-Q4. GM0988: nulmeting 2,1, laatste meting 1,95 over 2025-Q4, doel maximaal 1,8: niet bereikt. ' +
        'GM0988 haalt het doel niet. Ontbreekt: GM0988: geen meting over 2025-Q2.',
    );
  });
  it('says why there is no verdict yet', () => {
    expect(evalueer(invoer({ plan: { nulmeting: {} }, reeksen: { GM0988: punten({ '2025-Q2': 1.9 }) } })).toelichting).toBe(
      'Nog geen oordeel over jz_aandeel over 2025-Q4: er zijn te weinig gegevens. GM0988: geen nulmeting, nog geen meting over 2025-Q4, doel maximaal 1,8. ' +
        'Ontbreekt: GM0988: geen nulmeting; GM0988: geen meting over 2025-Q4.',
    );
  });
  it('gives the mean changes and the difference in differences', () => {
    expect(evalueer(metVergelijking({ plan: [[2.1, 1.6], [2.0, 1.7]], vergelijking: [[2.0, 1.9], [2.2, 2.1]] })).toelichting).toBe(
      'Effect bereikt voor jz_aandeel over 2025-Q4. ' +
        'GM0001: nulmeting 2,1, laatste meting 1,6 over 2025-Q4, doel maximaal 1,8: bereikt. ' +
        'GM0002: nulmeting 2, laatste meting 1,7 over 2025-Q4, doel maximaal 1,8: bereikt. ' +
        'Verandering sinds de nulmeting: gemiddeld -0,4 in de plangemeenten en -0,1 in de vergelijkingsgemeenten. ' +
        'Het verschil in verschillen is -0,3: de plangemeenten deden het 0,3 beter dan de vergelijkingsgemeenten.',
    );
  });
  it('explains a verdict lost to the comparison', () => {
    const toelichting = evalueer(metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.3, 1.5]] })).toelichting;
    expect(toelichting).toContain('Het verschil in verschillen is 0,3: de plangemeenten deden het 0,3 slechter dan de vergelijkingsgemeenten.');
    expect(toelichting).toContain('De plangemeenten deden het niet beter dan de vergelijkingsgemeenten, dus de verandering komt niet aantoonbaar door het plan.');
    const gelijk = evalueer(metVergelijking({ plan: [[2.1, 1.6]], vergelijking: [[2.3, 1.8]] })).toelichting;
    expect(gelijk).toContain('de plangemeenten deden het even goed als de vergelijkingsgemeenten.');
  });
  it('names both reasons when the target was missed and the comparison is not gunstig', () => {
    const toelichting = evalueer(metVergelijking({ plan: [[2.1, 1.9], [2.0, 1.95]], vergelijking: [[2.3, 1.5]] })).toelichting;
    expect(toelichting).toContain('GM0001, GM0002 halen het doel niet, en de plangemeenten deden het niet beter');
  });
  it('formats large numbers the Dutch way, to two decimals, and never shows a tiny DiD as "-0"', () => {
    const groot = evalueer(metVergelijking({ plan: [[1500.5, 1234.5678]], vergelijking: [[1500, 1400]] }, { doelwaarde: 1250, richting: 'maximaal' }));
    expect(groot.toelichting).toContain('GM0001: nulmeting 1.500,5, laatste meting 1.234,57 over 2025-Q4, doel maximaal 1.250: bereikt.');
    const nietig = evalueer(metVergelijking({ plan: [[2, 1.6]], vergelijking: [[2, 1.601]] }));
    expect(nietig.vergelijking).toMatchObject({ verschilInVerschillen: -0.001, gunstig: true });
    expect(nietig.oordeel).toBe('effect_bereikt');
    expect(nietig.toelichting).toContain('Het verschil in verschillen is bijna 0: de plangemeenten deden het iets beter dan de vergelijkingsgemeenten.');
    const bijnaGelijk = evalueer(metVergelijking({ plan: [[2, 1.999]], vergelijking: [[2, 2.5]] }, { doelwaarde: 2, richting: 'maximaal' }));
    expect(bijnaGelijk.vergelijking).toMatchObject({ gemiddeldeVeranderingPlan: -0.001 });
    expect(bijnaGelijk.toelichting).toContain('gemiddeld 0 in de plangemeenten en 0,5 in de vergelijkingsgemeenten');
  });
});

describe('groepeerReeksen', () => {
  const m = (indicator: string, gemeente: string | null, periode: string, waarde: number, bron = 'A') => ({ indicator, gemeente, periode, waarde, teller: null, bron });

  it('groups per indicator and gemeente, the figure changed last winning per period, regional figures left out', () => {
    const reeksen = groepeerReeksen([m('uitval', 'GM0988', '2025-Q1', 5), m('uitval', 'GM0988', '2025-Q1', 6, 'B'), m('uitval', null, '2025-Q1', 9), m('verblijf', 'GM0988', '2025-Q1', 2)], [{ indicator: 'uitval' }]);
    expect([...reeksen.keys()]).toEqual(['uitval']);
    expect(reeksen.get('uitval')?.get('GM0988')).toEqual([{ periode: '2025-Q1', waarde: 6, teller: null }]);
  });

  it('counts only the source a plan indicator names', () => {
    const reeksen = groepeerReeksen([m('uitval', 'GM0988', '2025-Q1', 5), m('uitval', 'GM0988', '2025-Q1', 6, 'B')], [{ indicator: 'uitval', bron: 'A' }]);
    expect(reeksen.get('uitval')?.get('GM0988')).toEqual([{ periode: '2025-Q1', waarde: 5, teller: null }]);
  });
});

describe('vulNulmetingAan', () => {
  const genomen: Nulmeting = { waarde: 10, periodes: ['2024-Q4'] };

  it('takes a pending baseline once its figures are there, and keeps one that was taken', () => {
    const reeksen = new Map<string, Meetpunt[]>([
      ['GM0988', [{ periode: '2024-Q4', waarde: 3 }]],
      ['GM1640', [{ periode: '2024-Q2', waarde: 4 }, { periode: '2024-Q4', waarde: 6 }]],
    ]);
    const { nulmeting, aangevuld } = vulNulmetingAan({ GM0988: genomen }, reeksen, ['GM0988', 'GM1640', 'GM0946'], '2024-Q4', 2);
    expect(aangevuld).toBe(true);
    expect(nulmeting).toEqual({ GM0988: genomen, GM1640: { waarde: 5, periodes: ['2024-Q2', '2024-Q4'], ontbrekendePerioden: ['2024-Q3'] } });
  });

  it('changes nothing while the figures are missing', () => {
    expect(vulNulmetingAan({}, undefined, ['GM0988'], '2024-Q4', 1)).toEqual({ nulmeting: {}, aangevuld: false });
  });
});

describe('samenvatting', () => {
  it('holds a plan back while any indicator lacks data, else needs every indicator to reach its effect', () => {
    expect(samenvatting(['effect_bereikt', 'onvoldoende_data', 'niet_bereikt'])).toBe('onvoldoende_data');
    expect(samenvatting(['effect_bereikt', 'niet_bereikt'])).toBe('niet_bereikt');
    expect(samenvatting(['effect_bereikt', 'effect_bereikt'])).toBe('effect_bereikt');
  });
});
