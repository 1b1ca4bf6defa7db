import type { UserManagerSettings } from 'oidc-client-ts';
import type { PortaalConfig } from '../config/config';

/**
 * Login through Keycloak's public PKCE client (`koers-portaal`). The browser navigates to Keycloak
 * for the login page and the logout; the code and refresh-token exchanges go to `/oidc/token` on
 * the portal's own origin, which the proxy forwards to Keycloak (vite.config.ts) — so Keycloak
 * needs no CORS and the portal makes no cross-origin call. The metadata is given here, so no
 * discovery document is fetched either.
 */
export function oidcInstellingen(config: PortaalConfig, origin: string): UserManagerSettings {
  const { url, realm, clientId } = config.keycloak;
  const issuer = `${url.replace(/\/+$/, '')}/realms/${realm}`;
  const keycloak = `${issuer}/protocol/openid-connect`;
  return {
    authority: issuer,
    client_id: clientId,
    redirect_uri: `${origin}/`,
    popup_redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/uitgelogd`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    loadUserInfo: false,
    metadata: {
      issuer,
      authorization_endpoint: `${keycloak}/auth`,
      end_session_endpoint: `${keycloak}/logout`,
      token_endpoint: `${origin}/oidc/token`,
      revocation_endpoint: `${origin}/oidc/revoke`,
      userinfo_endpoint: `${origin}/oidc/userinfo`,
    },
  };
}
