export interface ServiceAccountOptions {
  /** e.g. http://127.0.0.1:8180/realms/koers */
  realmUrl: string;
  /** A confidential client with a service account. */
  clientId: string;
  clientSecret: string;
}

/**
 * Access tokens of a service's own service account (client credentials), for calls to Keycloak's
 * Admin REST API or to other Koers services. One token is shared until shortly before it expires;
 * concurrent callers share the request in flight, and a refused request is not remembered.
 */
export class ServiceAccount {
  private token?: { waarde: Promise<string>; tot: number };

  constructor(private readonly options: ServiceAccountOptions) {}

  accessToken(): Promise<string> {
    if (this.token && this.token.tot > Date.now()) return this.token.waarde;
    const token = { waarde: Promise.resolve(''), tot: Number.POSITIVE_INFINITY };
    token.waarde = this.vraagAan().then(
      ({ accessToken, geldigSeconden }) => {
        token.tot = Date.now() + Math.max(geldigSeconden - 30, 5) * 1000;
        return accessToken;
      },
      (error: unknown) => {
        if (this.token === token) this.token = undefined;
        throw error;
      },
    );
    this.token = token;
    return token.waarde;
  }

  private async vraagAan(): Promise<{ accessToken: string; geldigSeconden: number }> {
    const response = await fetch(`${this.options.realmUrl}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.options.clientId, client_secret: this.options.clientSecret }),
    });
    if (!response.ok) {
      throw new Error(`token for ${this.options.clientId} refused (${response.status}): ${(await response.text()).slice(0, 300)}`);
    }
    const body = (await response.json()) as { access_token: string; expires_in: number };
    return { accessToken: body.access_token, geldigSeconden: body.expires_in };
  }
}
