import { BUITENSTAANDER, Kijker } from '@koers/domain';
import { bepaalNulmeting, evalueer, EvaluatieInvoer, gatenIn, Meetpunt, Nulmeting } from './monitoringplan.rules';
import { Lezer, toonEvaluatie, toonNulmeting } from './monitoringplan-weergave.rules';

const NAMEN = { GM0946: 'Nederweert', GM1640: 'Leudal', GM0988: 'Weert' };
const NEDERWEERT: Kijker = { gemeente: 'GM0946' };
const LEUDAL: Kijker = { gemeente: 'GM1640' };
const punt = (periode: string, waarde: number, teller: number | null = 40): Meetpunt => ({ periode, waarde, teller });
const nulmeting = (reeks: Meetpunt[], tot: string, aantal: number) => bepaalNulmeting(reeks, tot, aantal) as Nulmeting;

/** Plan gemeente Nederweert, comparison gemeente Leudal whose figures rest on a teller of 3. */
function invoer(leudalTeller: number): EvaluatieInvoer {
  const nederweert = [punt('2024-Q4', 2.1), punt('2025-Q4', 1.6)];
  const leudal = [punt('2024-Q4', 6, leudalTeller), punt('2025-Q4', 6.5, leudalTeller)];
  return {
    plan: {
      indicator: 'uitval',
      gemeenten: ['GM0946'],
      vergelijkingsgemeenten: ['GM1640'],
      nulmeting: {
        GM0946: nulmeting(nederweert, '2024-Q4', 1),
        GM1640: nulmeting(leudal, '2024-Q4', 1),
      },
      doelwaarde: 1.8,
      richting: 'maximaal',
    },
    meetmomenten: ['2025-Q4'],
    reeksen: { GM0946: nederweert, GM1640: leudal },
    namen: NAMEN,
  };
}
const lezer = (kijker: Kijker): Lezer => ({ indicator: 'uitval', beslissend: '2025-Q4', kijker, namen: NAMEN });

describe('a baseline resting on small numbers', () => {
  it('remembers which of its periods had a small teller', () => {
    expect(bepaalNulmeting([punt('2024-Q3', 6, 3), punt('2024-Q4', 2, 40)], '2024-Q4', 2)).toEqual({ waarde: 4, periodes: ['2024-Q3', '2024-Q4'], klein: ['2024-Q3'] });
  });

  it('is shown to its own gemeente, and to others says so instead of a number', () => {
    const alleen = nulmeting([punt('2024-Q4', 6, 3)], '2024-Q4', 1);
    expect(toonNulmeting('GM1640', alleen, NEDERWEERT)).toEqual({ waarde: null, periodes: ['2024-Q4'], onderdrukt: true, weergave: 'niet te tonen: rust alleen op kleine aantallen (< 5)' });
    expect(toonNulmeting('GM1640', alleen, LEUDAL)).toEqual({ waarde: 6, periodes: ['2024-Q4'] });
    const deels = nulmeting([punt('2024-Q3', 6, 3), punt('2024-Q4', 2)], '2024-Q4', 2);
    expect(toonNulmeting('GM1640', deels, BUITENSTAANDER)).toMatchObject({ waarde: null, weergave: 'niet te tonen: rust deels op kleine aantallen (< 5)' });
    expect(toonNulmeting('GM1640', nulmeting([punt('2024-Q4', 6, 12)], '2024-Q4', 1), NEDERWEERT)).toEqual({ waarde: 6, periodes: ['2024-Q4'] });
  });
});

describe('an evaluation with a comparison gemeente that has small numbers', () => {
  it('shows nothing computed from them outside that gemeente: no mean change, no difference in differences', () => {
    const evaluatie = evalueer(invoer(3));
    expect(evaluatie.kleineVergelijkingsgemeenten).toEqual(['GM1640']);
    const getoond = toonEvaluatie(evaluatie, lezer(NEDERWEERT));
    expect(getoond.vergelijking).toEqual({
      gemiddeldeVeranderingPlan: -0.5,
      gemiddeldeVeranderingVergelijking: null,
      verschilInVerschillen: null,
      gunstig: true,
      onderdrukt: true,
    });
    expect(getoond.gemeenten[0]).toEqual({ gemeente: 'GM0946', naam: 'Nederweert', nulmeting: 2.1, laatste: { periode: '2025-Q4', waarde: 1.6, weergave: '1,6' }, verandering: -0.5, doelBereikt: true });
    expect(getoond.toelichting).toBe(
      'Effect bereikt voor uitval over 2025-Q4. Nederweert: nulmeting 2,1, laatste meting 1,6 over 2025-Q4, doel maximaal 1,8: bereikt. ' +
        'Verandering sinds de nulmeting: gemiddeld -0,5 in de plangemeenten en niet te tonen (kleine aantallen) in de vergelijkingsgemeenten. ' +
        'Het verschil in verschillen is niet te tonen (kleine aantallen): de plangemeenten deden het beter dan de vergelijkingsgemeenten.',
    );
    // What leaves the gemeente (event, e-mail) is written the same way.
    expect(evaluatie.toelichting).toBe(toonEvaluatie(evaluatie, lezer(BUITENSTAANDER)).toelichting);
    for (const tekst of [getoond.toelichting, JSON.stringify(getoond)]) expect(tekst).not.toMatch(/-1|6,5|0,5 beter/);
  });

  it('shows them to the comparison gemeente itself', () => {
    const getoond = toonEvaluatie(evalueer(invoer(3)), lezer(LEUDAL));
    expect(getoond.vergelijking).toEqual({ gemiddeldeVeranderingPlan: -0.5, gemiddeldeVeranderingVergelijking: 0.5, verschilInVerschillen: -1, gunstig: true });
    expect(getoond.toelichting).toContain('Het verschil in verschillen is -1');
  });

  it('hides a plan gemeente’s own small figures from others, and the change made from them', () => {
    const basis = invoer(40);
    const klein = { ...basis, reeksen: { ...basis.reeksen, GM0946: [punt('2024-Q4', 2.1), punt('2025-Q4', 1.6, 2)] } };
    const getoond = toonEvaluatie(evalueer(klein), lezer(LEUDAL));
    expect(getoond.gemeenten[0]).toMatchObject({ nulmeting: 2.1, laatste: { waarde: null, weergave: '< 5' }, verandering: null, onderdrukt: true });
    expect(getoond.vergelijking).toMatchObject({ gemiddeldeVeranderingPlan: null, verschilInVerschillen: null });
    expect(getoond.toelichting).toContain('Nederweert: nulmeting 2,1, laatste meting < 5 over 2025-Q4');
    expect(getoond.toelichting).not.toContain('1,6');
  });

  it('names gemeenten in the words, also in what is missing', () => {
    const basis = invoer(40);
    const evaluatie = evalueer({ ...basis, reeksen: { ...basis.reeksen, GM1640: [] } });
    expect(evaluatie.toelichting).toContain('Ontbreekt: Leudal (vergelijkingsgemeente): geen meting over 2025-Q4.');
    expect(evaluatie.ontbrekend).toEqual(['GM1640 (vergelijkingsgemeente): geen meting over 2025-Q4']);
  });
});

describe('a baseline that spans a gap', () => {
  it('names the missing periods', () => {
    expect(gatenIn(['2024-Q4', '2025-Q2'])).toEqual(['2025-Q1']);
    expect(gatenIn(['2024-Q1', '2024-Q4'])).toEqual(['2024-Q2', '2024-Q3']);
    expect(gatenIn(['2024-Q3', '2024-Q4'])).toEqual([]);
    expect(gatenIn(['2023', '2025'])).toEqual(['2024']);
  });

  it('is stated in the verdict without blocking it', () => {
    const basis = invoer(40);
    const metGat = { ...basis.plan.nulmeting, GM0946: { waarde: 2, periodes: ['2024-Q4', '2025-Q2'], ontbrekendePerioden: ['2025-Q1'] } };
    const evaluatie = evalueer({ ...basis, plan: { ...basis.plan, nulmeting: metGat } });
    expect(evaluatie.oordeel).toBe('effect_bereikt');
    expect(evaluatie.ontbrekend).toEqual(['GM0946: nulmeting zonder 2025-Q1']);
    expect(evaluatie.toelichting).toContain('Ontbreekt: Nederweert: nulmeting zonder 2025-Q1.');
  });
});
