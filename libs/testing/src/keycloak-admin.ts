import { DEMO_PASSWORD, KEYCLOAK_URL } from './keycloak-tokens';

export interface Testgebruiker {
  id: string;
  username: string;
  verwijder(): Promise<void>;
}

/**
 * Creates a user in realm `koers` through Keycloak's Admin REST API, as a beheerder would, with the
 * demo password, one realm role and the Koers attributes (regio, gemeente, organisatie). Delete it
 * when the test is done. Uses the development admin of the master realm (tools/keycloak/start.sh).
 */
export async function maakTestgebruiker(username: string, rol: string, attributen: Record<string, string[]>): Promise<Testgebruiker> {
  const token = await adminToken();
  const admin = (pad: string, init: RequestInit = {}) =>
    fetch(`${KEYCLOAK_URL}/admin/realms/koers${pad}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  const aangemaakt = await admin('/users', {
    method: 'POST',
    body: JSON.stringify({
      username,
      enabled: true,
      email: `${username}@koers.example`,
      emailVerified: true,
      firstName: 'Test',
      lastName: username,
      attributes: attributen,
      credentials: [{ type: 'password', value: DEMO_PASSWORD, temporary: false }],
    }),
  });
  if (aangemaakt.status !== 201) throw new Error(`Keycloak refused user ${username}: ${aangemaakt.status} ${await aangemaakt.text()}`);
  const id = (aangemaakt.headers.get('location') ?? '').split('/').pop() ?? '';
  const rolRepresentatie = await (await admin(`/roles/${encodeURIComponent(rol)}`)).json();
  const koppeling = await admin(`/users/${id}/role-mappings/realm`, { method: 'POST', body: JSON.stringify([rolRepresentatie]) });
  if (!koppeling.ok) throw new Error(`Keycloak refused role ${rol} for ${username}: ${koppeling.status} ${await koppeling.text()}`);
  return {
    id,
    username,
    async verwijder() {
      await admin(`/users/${id}`, { method: 'DELETE' });
    },
  };
}

async function adminToken(): Promise<string> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? 'admin',
      password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? 'admin',
    }),
  });
  if (!response.ok) throw new Error(`Keycloak admin token refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * Ends one Keycloak session (the `sid` of its tokens) through the Admin REST API, as a logout
 * elsewhere or an administrator would: its refresh token is refused from then on. Only that
 * session: other logins of the same user (other tests) keep theirs.
 */
export async function beeindigSessie(sid: string): Promise<void> {
  const token = await adminToken();
  const response = await fetch(`${KEYCLOAK_URL}/admin/realms/koers/sessions/${encodeURIComponent(sid)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`Keycloak did not end session ${sid}: ${response.status} ${await response.text()}`);
}
