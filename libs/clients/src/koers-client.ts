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
