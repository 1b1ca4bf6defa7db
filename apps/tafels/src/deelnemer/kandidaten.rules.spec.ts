import { pastBij, zoekwoorden } from './kandidaten.rules';

describe('finding a person to seat by name or organisation', () => {
  it.each<[string, string[], boolean]>([
    ['janssen', ['Annelies Janssen'], true],
    ['Annelies JANS', ['Annelies Janssen'], true],
    ['zoe', ['Zoë Rénard'], true],
    ['Rénard zoë', ['Zoe Renard'], true],
    ['cliëntenraad mlw', ['Els Hermans', 'clientenraad-mlw'], true],
    ['van der linden', ['Joost van der Linden', 'zorggroep-horizon'], true],
    ['annelies peeters', ['Annelies Janssen'], false],
    ['horizon', ['Joost van der Linden'], false],
  ])('"%s" in %j: %s', (zoek, teksten, verwacht) => {
    expect(pastBij(zoekwoorden(zoek), teksten)).toBe(verwacht);
  });

  it('finds everyone with an empty search', () => {
    expect(zoekwoorden('   ')).toEqual([]);
    expect(pastBij(zoekwoorden(undefined), ['Annelies Janssen'])).toBe(true);
  });
});
