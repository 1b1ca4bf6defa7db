import createClient, { Client } from 'openapi-fetch';

export interface KoersClientOptions {
  /** Where the service runs (`http://127.0.0.1:3005`); its API is under `/v1` there, as its OpenAPI `servers` say. */
  baseUrl: string;
  /** The bearer token for each request: a service account's, or the token of the person the call is made for. */
  token: () => string | Promise<string>;
}

/** An openapi-fetch client for the paths of one service's OpenAPI document, with a bearer token on every request. */
export function createKoersClient<Paths extends object>({ baseUrl, token }: KoersClientOptions): Client<Paths> {
  const client = createClient<Paths>({ baseUrl: `${baseUrl.replace(/\/+$/, '')}/v1`, headers: { accept: 'application/json' } });
  client.use({
    async onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${await token()}`);
      return request;
    },
  });
  return client;
}

/** What a read from another service came to: its body, a 404, or why it could not be read (no answer, or a refusal). */
export type Leesuitkomst<T> =
  | { soort: 'gelezen'; data: T }
  | { soort: 'niet_gevonden' }
  | { soort: 'onbereikbaar'; status?: number; reden: string };

/**
 * Runs one request of a generated client and sorts its answer. A 400/401/403 means our request or
 * our account is wrong and a 5xx that the other service is in trouble: for the caller both are
 * `onbereikbaar` — it can only wait (NietBeschikbaar) — and `reden` says which, for the log.
 */
export async function lees<T>(request: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Leesuitkomst<T>> {
  let antwoord: Awaited<ReturnType<typeof request>>;
  try {
    antwoord = await request();
  } catch (error) {
    return { soort: 'onbereikbaar', reden: String(error) };
  }
  const { data, error, response } = antwoord;
  if (response.status === 404) return { soort: 'niet_gevonden' };
  if (data === undefined) return { soort: 'onbereikbaar', status: response.status, reden: JSON.stringify(error ?? null).slice(0, 500) };
  return { soort: 'gelezen', data };
}
