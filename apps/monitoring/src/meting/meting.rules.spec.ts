import { controleerRij, leveringGeweigerd } from './meting.rules';

describe('a row without a source', () => {
  const ruimte = { regio: 'midden-limburg-west', indicatoren: new Set(['uitval']), gemeenten: new Set(['GM0988']), standaardBron: null };

  it('is refused at regel N: bron, in words that name the column and the choice of one source for the delivery, not a query string', () => {
    const fouten = controleerRij({ regel: 3, bron: null, indicator: 'uitval', gemeente: 'GM0988' }, ruimte);
    const [param] = leveringGeweigerd(fouten, fouten.length, 'ongeldige-meting').velden;
    expect(param).toMatchObject({ naam: 'regel 3: bron', code: 'ongeldige-meting' });
    expect(param.reden).toBe('bron ontbreekt: zet in de kolom bron waar dit cijfer vandaan komt, of geef één bron op voor de hele levering');
    expect(param.reden).not.toMatch(/[?=]/);
  });

  it('is accepted when the delivery names one source', () => {
    expect(controleerRij({ regel: 3, bron: null, indicator: 'uitval', gemeente: 'GM0988' }, { ...ruimte, standaardBron: 'Vektis' })).toEqual([]);
  });
});
