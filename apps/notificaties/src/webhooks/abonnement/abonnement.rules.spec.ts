import { overgangBezwaar } from './abonnement.rules';

describe('abonnement life cycle', () => {
  it.each([
    ['actief', 'gepauzeerd', 'eigenaar', null],
    ['actief', 'gepauzeerd', 'systeem', null],
    ['gepauzeerd', 'actief', 'eigenaar', null],
    ['gepauzeerd', 'actief', 'systeem', 'Een abonnement gaat van gepauzeerd naar actief alleen door eigenaar.'],
    ['actief', 'actief', 'eigenaar', 'Het abonnement is al actief.'],
    ['gepauzeerd', 'gepauzeerd', 'systeem', 'Het abonnement is al gepauzeerd.'],
  ] as const)('%s → %s by %s', (van, naar, door, bezwaar) => {
    expect(overgangBezwaar(van, naar, door)).toBe(bezwaar);
  });

});
