import { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it.each([
    ['regio', 'regio'],
    ['behandelaarGemeente', 'behandelaar_gemeente'],
    ['pogingenInReeks', 'pogingen_in_reeks'],
    ['duurMs', 'duur_ms'],
    ['TermijnInstelling', 'termijn_instelling'],
  ])('%s → %s', (name, snake) => {
    expect(snakeCase(name)).toBe(snake);
  });

  it('keeps a name a decorator gives, for tables and columns', () => {
    expect(strategy.tableName('Abonnement', 'webhook_abonnement')).toBe('webhook_abonnement');
    expect(strategy.tableName('TermijnInstelling', undefined)).toBe('termijn_instelling');
    expect(strategy.columnName('volgendePoging', undefined, [])).toBe('volgende_poging');
    expect(strategy.columnName('volgendePoging', 'volgende', [])).toBe('volgende');
    expect(strategy.joinColumnName('signaal', 'id')).toBe('signaal_id');
  });
});
