// Proves that the realms in deploy/keycloak give Koers the tokens it relies on. Needs the local
// Keycloak (bash tools/keycloak/start.sh); this spec does not start it.
import { dienstToken, KEYCLOAK_URL, serviceAccountToken, tokenFor } from '../src/keycloak-tokens';

const HORIZON_SECRET = process.env.KOERS_HORIZON_CLIENT_SECRET ?? 'dev-only-horizon-secret';
const NOTIFICATIES_SECRET = process.env.KOERS_NOTIFICATIES_CLIENT_SECRET ?? 'dev-only-notificaties-secret';

interface Claims {
  iss: string;
  sub?: string;
  aud?: string | string[];
  exp: number;
  iat: number;
  azp?: string;
  client_id?: string;
  preferred_username?: string;
  realm_access?: { roles?: string[] };
  regio?: string[];
  gemeente?: string;
  organisatie?: string;
}

function claims(token: string): Claims {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
}

const audience = (c: Claims): string[] => [c.aud ?? []].flat();

describe('Keycloak realm koers (deploy/keycloak)', () => {
  it('gives a gemeente user a token for koers-api with role, regio and gemeente', async () => {
    const c = claims(await tokenFor('gemeente.weert'));
    expect(c.iss).toBe(`${KEYCLOAK_URL}/realms/koers`);
    expect(c.sub).toEqual(expect.any(String));
    expect(audience(c)).toContain('koers-api');
    expect(c.realm_access?.roles).toContain('gemeente');
    expect(c.regio).toEqual(['midden-limburg-west']);
    expect(c.gemeente).toBe('GM0988');
    expect(c.preferred_username).toBe('gemeente.weert');
  });

  it('gives the two-region provider user both regions and its organisation', async () => {
    const c = claims(await tokenFor('aanbieder.horizon'));
    expect(c.realm_access?.roles).toContain('aanbieder');
    expect([...(c.regio ?? [])].sort()).toEqual(['midden-limburg-oost', 'midden-limburg-west']);
    expect(c.organisatie).toBe('zorggroep-horizon');
  });

  it('gives zonder.regio no regio claim at all', async () => {
    const c = claims(await tokenFor('zonder.regio'));
    expect(c.realm_access?.roles).toContain('gemeente');
    expect(c.gemeente).toBe('GM0988');
    expect(c).not.toHaveProperty('regio');
  });

  it('caches user tokens, but not those of the short-lived client', async () => {
    expect(await tokenFor('gemeente.weert')).toBe(await tokenFor('gemeente.weert'));
    const kort = claims(await tokenFor('gemeente.weert', { client: 'koers-tests-kort' }));
    expect(kort.exp - kort.iat).toBe(2);
    expect(kort.azp).toBe('koers-tests-kort');
  });

  it('gives the provider system (client credentials) role aanbieder, organisation and both regions', async () => {
    const c = claims(await serviceAccountToken('systeem-zorggroep-horizon', HORIZON_SECRET));
    expect(c.iss).toBe(`${KEYCLOAK_URL}/realms/koers`);
    expect(audience(c)).toContain('koers-api');
    expect(c.client_id).toBe('systeem-zorggroep-horizon');
    expect(c.realm_access?.roles).toContain('aanbieder');
    expect(c.organisatie).toBe('zorggroep-horizon');
    expect([...(c.regio ?? [])].sort()).toEqual(['midden-limburg-oost', 'midden-limburg-west']);
  });

  it.each(['signalen', 'notificaties', 'tafels', 'pilots'] as const)(
    'gives koers-%s its own identity: realm role systeem, azp = its client id, every region, no user role',
    async (dienst) => {
      const c = claims(await dienstToken(dienst));
      expect(audience(c)).toContain('koers-api');
      expect(c.azp).toBe(`koers-${dienst}`);
      expect(c.realm_access?.roles).toContain('systeem');
      for (const rol of ['gemeente', 'aanbieder', 'jurist', 'clientvertegenwoordiger', 'beheerder']) expect(c.realm_access?.roles).not.toContain(rol);
      expect([...(c.regio ?? [])].sort()).toEqual(['flevoland', 'midden-limburg-oost', 'midden-limburg-west', 'west-brabant-west', 'zuid-kennemerland']);
      expect(c).not.toHaveProperty('organisatie');
    },
  );

  it('lets the koers-notificaties service account find users by regio and by role (Admin REST API)', async () => {
    const token = await serviceAccountToken('koers-notificaties', NOTIFICATIES_SECRET);
    const get = async (path: string) => {
      const response = await fetch(`${KEYCLOAK_URL}/admin/realms/koers${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      return (await response.json()) as { username: string; attributes?: Record<string, string[]> }[];
    };

    const inRegio = await get(`/users?briefRepresentation=false&exact=true&q=${encodeURIComponent('regio:midden-limburg-west')}`);
    const weert = inRegio.find((u) => u.username === 'gemeente.weert');
    expect(weert?.attributes).toEqual(expect.objectContaining({ gemeente: ['GM0988'], regio: ['midden-limburg-west'] }));
    expect(inRegio.map((u) => u.username)).not.toContain('gemeente.roermond');

    const gemeenten = await get('/roles/gemeente/users?briefRepresentation=true');
    expect(gemeenten.map((u) => u.username)).toEqual(expect.arrayContaining(['gemeente.weert', 'gemeente.almere', 'zonder.regio']));
  });

  it('issues tokens in realm elders under another issuer, though their claims look the same', async () => {
    const c = claims(await tokenFor('gemeente.elders', { realm: 'elders' }));
    expect(c.iss).toBe(`${KEYCLOAK_URL}/realms/elders`);
    expect(audience(c)).toContain('koers-api');
    expect(c.realm_access?.roles).toContain('gemeente');
    expect(c.regio).toEqual(['midden-limburg-west']);
  });

  it('explains a refused grant with Keycloak’s answer', async () => {
    // An unknown user, so brute-force protection never locks a demo user other tests need.
    await expect(tokenFor('bestaat.niet', { password: 'fout' })).rejects.toThrow(/HTTP 400 .*invalid_grant/);
  });
});
