import { BUITENSTAANDER } from '@koers/domain';
import { Meetpunt } from './monitoringplan.rules';
import { PlanVoorStand, standVan } from './monitoringplan-stand.rules';

const plan: PlanVoorStand = {
  gemeenten: ['GM0946', 'GM1640'],
  vergelijkingsgemeenten: [],
  indicatoren: [{ indicator: 'uitval', doelwaarde: 9, richting: 'maximaal', nulmeting: { GM0946: { waarde: 10, periodes: ['2024-Q4'] } } }],
  nulmetingTot: '2024-Q4',
  nulmetingPerioden: 1,
  meetmomenten: ['2025-Q2', '2025-Q4'],
};
const namen = { GM0946: 'Nederweert', GM1640: 'Leudal' };
const reeksen = (perGemeente: Record<string, Meetpunt[]>) => new Map([['uitval', new Map(Object.entries(perGemeente))]]);

describe('standVan: where a plan stands now', () => {
  it('shows each plan gemeente’s latest figure after the baseline, of the baseline’s kind, against the target', () => {
    const stand = standVan(plan, reeksen({
      GM0946: [{ periode: '2025-Q3', waarde: 8.5, teller: 40 }, { periode: '2025-Q2', waarde: 9.5, teller: 40 }, { periode: '2025', waarde: 1, teller: 40 }, { periode: '2024-Q4', waarde: 10, teller: 40 }],
      GM1640: [{ periode: '2024-Q4', waarde: 7, teller: 30 }],
    }), namen, { gemeente: 'GM0946' });
    expect(stand.indicatoren[0].laatsteMetingen).toEqual([{ gemeente: 'GM0946', naam: 'Nederweert', periode: '2025-Q3', waarde: 8.5, weergave: '8,5', doelBereikt: true }]);
  });

  it('gives the verdict the rules give today, naming what is missing; a pending baseline is taken once its figures are there', () => {
    const stand = standVan(plan, reeksen({ GM0946: [{ periode: '2025-Q4', waarde: 8 }], GM1640: [{ periode: '2024-Q4', waarde: 7 }] }), namen, BUITENSTAANDER);
    expect(stand.oordeel).toBe('onvoldoende_data');
    expect(stand.indicatoren[0].ontbrekend).toEqual(['GM0946: geen meting over 2025-Q2', 'GM1640: geen meting over 2025-Q2', 'GM1640: geen meting over 2025-Q4']);
    expect(stand.indicatoren[0].toelichting).toContain('Leudal: nulmeting 7, nog geen meting over 2025-Q4');
    const klaar = standVan(plan, reeksen({ GM0946: [{ periode: '2025-Q4', waarde: 8 }], GM1640: [{ periode: '2024-Q4', waarde: 7 }, { periode: '2025-Q4', waarde: 6 }] }), namen, BUITENSTAANDER);
    expect(klaar).toMatchObject({ oordeel: 'effect_bereikt', indicatoren: [{ oordeel: 'effect_bereikt' }] });
  });

  it('hides a figure with a small teller from everyone outside its gemeente, and from no one inside it', () => {
    const punten = reeksen({ GM0946: [{ periode: '2025-Q2', waarde: 9.5, teller: 3 }] });
    expect(standVan(plan, punten, namen, { gemeente: 'GM0946' }).indicatoren[0].laatsteMetingen[0]).toMatchObject({ waarde: 9.5, weergave: '9,5' });
    for (const kijker of [{ gemeente: 'GM1640' }, BUITENSTAANDER]) {
      const stand = standVan(plan, punten, namen, kijker);
      expect(stand.indicatoren[0].laatsteMetingen[0]).toEqual({ gemeente: 'GM0946', naam: 'Nederweert', periode: '2025-Q2', waarde: null, weergave: '< 5', doelBereikt: false, onderdrukt: true });
      expect(JSON.stringify(stand)).not.toMatch(/9[,.]5/);
    }
  });
});
