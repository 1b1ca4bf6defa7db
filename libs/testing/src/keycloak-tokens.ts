/**
 * Real access tokens from the local Keycloak (tools/keycloak/start.sh, realms in deploy/keycloak) for
 * tests. Password grant through the dev/test-only public client `koers-tests`; client credentials
 * for system clients. No mocks: services verify these tokens exactly as they would in production.
 */

export const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
export const DEMO_PASSWORD = process.env.KOERS_DEMO_PASSWORD ?? 'koers-demo';

/** Tokens of this client live 2 seconds (to test expiry); they are never cached. */
const SHORT_LIVED_CLIENT = 'koers-tests-kort';
/** A cached token is handed out until this long before it expires. */
const MARGIN_MS = 30_000;

interface TokenResponse {
  access_token: string;
  expires_in: number;
}

const cache = new Map<string, { until: number; token: Promise<string> }>();

/**
 * An access token for a demo user (password grant). Defaults: client `koers-tests`, realm `koers`,
 * password DEMO_PASSWORD. Tokens are cached per (realm, client, username) until 30 s before they
 * expire, except for the short-lived client `koers-tests-kort`.
 */
export async function tokenFor(
  username: string,
  options: { client?: string; realm?: string; password?: string } = {},
): Promise<string> {
  const realm = options.realm ?? 'koers';
  const client = options.client ?? 'koers-tests';
  const password = options.password ?? DEMO_PASSWORD;
  const form = { grant_type: 'password', client_id: client, username, password };
  const what = `password grant for "${username}" (realm ${realm}, client ${client})`;

  if (client === SHORT_LIVED_CLIENT) return (await requestToken(realm, form, what)).access_token;

  const key = JSON.stringify([realm, client, username, password]);
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.token;

  const entry = { until: Number.POSITIVE_INFINITY, token: Promise.resolve('') };
  entry.token = requestToken(realm, form, what).then(
    (response) => {
      entry.until = Date.now() + response.expires_in * 1000 - MARGIN_MS;
      if (entry.until <= Date.now()) cache.delete(key);
      return response.access_token;
    },
    (error: unknown) => {
      cache.delete(key);
      throw error;
    },
  );
  // Concurrent callers share the request in flight.
  cache.set(key, entry);
  return entry.token;
}

/** An access token for a confidential client's service account (client credentials grant). */
export async function serviceAccountToken(clientId: string, clientSecret: string, realm = 'koers'): Promise<string> {
  const form = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
  return (await requestToken(realm, form, `client credentials grant for "${clientId}" (realm ${realm})`)).access_token;
}

/**
 * A token of a Koers service calling as itself (realm role `systeem`): client `koers-<dienst>`, its
 * secret from `KOERS_<DIENST>_CLIENT_SECRET` or the realm's development default.
 */
export function dienstToken(dienst: 'signalen' | 'notificaties' | 'tafels' | 'pilots'): Promise<string> {
  const secret = process.env[`KOERS_${dienst.toUpperCase()}_CLIENT_SECRET`] ?? `dev-only-${dienst}-secret`;
  return serviceAccountToken(`koers-${dienst}`, secret);
}

async function requestToken(realm: string, form: Record<string, string>, what: string): Promise<TokenResponse> {
  const url = `${KEYCLOAK_URL}/realms/${encodeURIComponent(realm)}/protocol/openid-connect/token`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form),
    });
  } catch (error) {
    throw new Error(
      `Keycloak ${what}: cannot reach ${url} (${(error as Error).message}). Is Keycloak running? Start it with: bash tools/keycloak/start.sh`,
    );
  }
  const body = await response.text();
  if (!response.ok) {
    throw new Error(`Keycloak refused the ${what}: HTTP ${response.status} ${body}`);
  }
  const parsed = JSON.parse(body) as Partial<TokenResponse>;
  if (typeof parsed.access_token !== 'string' || typeof parsed.expires_in !== 'number') {
    throw new Error(`Keycloak ${what}: unexpected token response: ${body.slice(0, 500)}`);
  }
  return { access_token: parsed.access_token, expires_in: parsed.expires_in };
}
