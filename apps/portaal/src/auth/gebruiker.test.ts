import { describe, expect, it } from 'vitest';
import { actieveRegio, gebruikerUit } from './gebruiker';

function token(claims: Record<string, unknown>): string {
  const deel = (o: object) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${deel({ alg: 'RS256' })}.${deel(claims)}.handtekening`;
}

describe('the person behind an access token', () => {
  it('takes the Keycloak id, the roles of people from realm_access, the regions, gemeente and organisatie from the Koers claims', () => {
    const gebruiker = gebruikerUit(
      token({ sub: '6f1d0c52-8f0e-4d0b-9f3a-2a1c5e7b9d10', name: 'Joost van der Linden', realm_access: { roles: ['default-roles-koers', 'aanbieder', 'offline_access'] }, regio: ['midden-limburg-west', 'midden-limburg-oost'], organisatie: 'zorggroep-horizon' }),
    );
    expect(gebruiker).toEqual({ sub: '6f1d0c52-8f0e-4d0b-9f3a-2a1c5e7b9d10', naam: 'Joost van der Linden', rollen: ['aanbieder'], regios: ['midden-limburg-west', 'midden-limburg-oost'], organisatie: 'zorggroep-horizon' });
  });

  it('reads one region given as a string, and a token without region as none', () => {
    expect(gebruikerUit(token({ preferred_username: 'gemeente.weert', regio: 'midden-limburg-west', gemeente: 'GM0988' }))).toMatchObject({ naam: 'gemeente.weert', regios: ['midden-limburg-west'], gemeente: 'GM0988', rollen: [] });
    expect(gebruikerUit(token({ name: 'Zonder Regio' })).regios).toEqual([]);
  });

  it('works in the chosen region only while it is one of the token\'s', () => {
    const horizon = gebruikerUit(token({ regio: ['midden-limburg-west', 'midden-limburg-oost'] }));
    expect(actieveRegio(horizon, 'midden-limburg-oost')).toBe('midden-limburg-oost');
    expect(actieveRegio(horizon, 'flevoland')).toBe('midden-limburg-west');
    expect(actieveRegio(horizon, null)).toBe('midden-limburg-west');
    expect(actieveRegio(gebruikerUit(token({})), 'flevoland')).toBeUndefined();
  });
});
