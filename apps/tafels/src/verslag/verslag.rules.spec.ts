import { Statusconflict } from '@koers/domain';
import type { Actor } from '../tafel/tafel.rules';
import { reactietermijn, tenMet, VERSLAG_LEVENSLOOP, weigerOpmerkingBuitenTermijn } from './verslag.rules';

const behandelaar: Actor = { soort: 'persoon', subject: 'sub-weert', rollen: ['gemeente'] };

describe('the remark term of concept minutes', () => {
  it('counts working days after the day the minutes were recorded, to the end of the last one in Dutch time', () => {
    // Thursday 3 December 2026, 16:00 in Weert: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10.
    const { laatsteDag, tot } = reactietermijn(new Date('2026-12-03T15:00:00Z'), 5);
    expect(laatsteDag).toBe('2026-12-10');
    expect(tot.toISOString()).toBe('2026-12-10T23:00:00.000Z');
    expect(tenMet(tot)).toBe('tot en met donderdag 10 december 2026');
  });

  it('skips the public holidays of the Algemene termijnenwet and uses the Dutch day, not the UTC one', () => {
    // 23:30 Dutch time on Wednesday 23 December 2026 is still the 23rd; 25 and 26 December and the weekend do not count.
    expect(reactietermijn(new Date('2026-12-23T22:30:00Z'), 2).laatsteDag).toBe('2026-12-28');
    // Just after midnight in the Netherlands it is the 24th already.
    expect(reactietermijn(new Date('2026-12-23T23:30:00Z'), 2).laatsteDag).toBe('2026-12-29');
  });

  it('ends at midnight in summer time too', () => {
    expect(reactietermijn(new Date('2026-06-01T08:00:00Z'), 1).tot.toISOString()).toBe('2026-06-02T22:00:00.000Z');
  });

  it('takes remarks on a concept until the term is over, then refuses naming it', () => {
    const verslag = { status: 'concept' as const, reactiesTot: new Date('2026-12-10T23:00:00Z') };
    expect(() => weigerOpmerkingBuitenTermijn(verslag, new Date('2026-12-10T22:59:59Z'))).not.toThrow();
    expect(() => weigerOpmerkingBuitenTermijn(verslag, new Date('2026-12-10T23:00:00Z'))).toThrow(Statusconflict);
    expect(() => weigerOpmerkingBuitenTermijn(verslag, new Date('2026-12-11T09:00:00Z'))).toThrow(/tot en met donderdag 10 december 2026/);
    expect(() => weigerOpmerkingBuitenTermijn({ ...verslag, status: 'vastgesteld' }, new Date('2026-12-05T09:00:00Z'))).toThrow(/vastgesteld/);
  });
});

describe('adopting the minutes', () => {
  const verslag = { status: 'concept' as const, behandelaarSub: 'sub-weert', reactiesTot: new Date('2026-12-10T23:00:00Z') };
  const na = new Date('2026-12-11T09:00:00Z');
  const opmerking = (id: string, beantwoord: boolean) => ({ id, tekst: 'De wachttijd is langer dan in het verslag staat.', beantwoord });

  it('is allowed for the behandelaar after the term, with every remark answered', () => {
    expect(VERSLAG_LEVENSLOOP.beoordeel(verslag, 'vastgesteld', 'vaststellen', behandelaar, { nu: na, opmerkingen: [opmerking('o1', true)] }).uitkomst).toBe('toegestaan');
  });

  it('names each unanswered remark', () => {
    const oordeel = VERSLAG_LEVENSLOOP.beoordeel(verslag, 'vastgesteld', 'vaststellen', behandelaar, { nu: na, opmerkingen: [opmerking('o1', false), opmerking('o2', true), opmerking('o3', false)] });
    expect(oordeel).toMatchObject({
      uitkomst: 'geweigerd',
      huidigeStatus: 'concept',
      ontbreekt: ["een antwoord op opmerking o1 (‘De wachttijd is langer dan in het versl…’)", "een antwoord op opmerking o3 (‘De wachttijd is langer dan in het versl…’)"],
    });
  });

  it('waits for the end of the term', () => {
    const oordeel = VERSLAG_LEVENSLOOP.beoordeel(verslag, 'vastgesteld', 'vaststellen', behandelaar, { nu: new Date('2026-12-10T12:00:00Z'), opmerkingen: [] });
    expect(oordeel).toMatchObject({ uitkomst: 'geweigerd', ontbreekt: ['het einde van de reactietermijn (tot en met donderdag 10 december 2026)'] });
  });

  it('is not for another gemeente user, and adopted minutes are not adopted again', () => {
    const ander: Actor = { soort: 'persoon', subject: 'sub-leudal', rollen: ['gemeente'] };
    expect(VERSLAG_LEVENSLOOP.beoordeel(verslag, 'vastgesteld', 'vaststellen', ander, { nu: na, opmerkingen: [] }).uitkomst).toBe('niet_bevoegd');
    expect(VERSLAG_LEVENSLOOP.beoordeel({ ...verslag, status: 'vastgesteld' }, 'vastgesteld', 'vaststellen', behandelaar, { nu: na, opmerkingen: [] })).toMatchObject({
      uitkomst: 'geweigerd',
      huidigeStatus: 'vastgesteld',
    });
  });
});
