import { ongeldigeAntwoordvelden, partijVan, uitkomstVan } from './consensus.rules';

describe('consensus rules', () => {
  const partijen = ['zorggroep-horizon', 'clientenraad-mlw'];

  it.each([
    ['no answers yet', [], 'open'],
    ['one party agreed', [{ organisatie: 'zorggroep-horizon', standpunt: 'eens' }], 'open'],
    ['every party agreed, one with an addition', [{ organisatie: 'zorggroep-horizon', standpunt: 'eens' }, { organisatie: 'clientenraad-mlw', standpunt: 'eens_met_aanvulling' }], 'bereikt'],
    ['the first answer is oneens', [{ organisatie: 'clientenraad-mlw', standpunt: 'oneens' }], 'niet_bereikt'],
    ['a oneens after an eens', [{ organisatie: 'zorggroep-horizon', standpunt: 'eens' }, { organisatie: 'clientenraad-mlw', standpunt: 'oneens' }], 'niet_bereikt'],
  ] as const)('%s → %s', (_naam, antwoorden, verwacht) => {
    expect(uitkomstVan(partijen, antwoorden)).toBe(verwacht);
  });

  it('finds the party of a caller only through the organisation and the role it was named with', () => {
    const genoemd = [
      { organisatie: 'zorggroep-horizon', rol: 'aanbieder' as const },
      { organisatie: 'clientenraad-mlw', rol: 'clientvertegenwoordiger' as const },
    ];
    expect(partijVan(genoemd, { organisatie: 'zorggroep-horizon', rollen: ['aanbieder'] })).toEqual(genoemd[0]);
    expect(partijVan(genoemd, { organisatie: 'jeugdhulp-kompas', rollen: ['aanbieder'] })).toBeUndefined();
    expect(partijVan(genoemd, { organisatie: 'zorggroep-horizon', rollen: ['clientvertegenwoordiger'] })).toBeUndefined();
    expect(partijVan(genoemd, { rollen: ['aanbieder'] })).toBeUndefined();
  });

  it.each([
    [{ standpunt: 'eens' }, []],
    [{ standpunt: 'eens_met_aanvulling', aanvulling: 'Let op de wachtlijst bij de GGZ.' }, []],
    [{ standpunt: 'eens_met_aanvulling' }, ['aanvulling']],
    [{ standpunt: 'eens_met_aanvulling', aanvulling: '   ' }, ['aanvulling']],
    [{ standpunt: 'oneens', redenen: ['De cijfers zijn te oud.'] }, []],
    [{ standpunt: 'oneens' }, ['redenen']],
    [{ standpunt: 'oneens', redenen: [' '] }, ['redenen']],
    [{ standpunt: 'eens', aanvulling: 'x', redenen: ['y'] }, ['aanvulling', 'redenen']],
    [{ standpunt: 'oneens', redenen: ['y'], aanvulling: 'x' }, ['aanvulling']],
  ] as const)('%j is invalid in %j', (antwoord, velden) => {
    expect(ongeldigeAntwoordvelden({ ...antwoord, redenen: 'redenen' in antwoord ? [...antwoord.redenen] : undefined }).map((f) => f.naam)).toEqual(velden);
  });
});
