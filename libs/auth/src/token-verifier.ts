import { Injectable } from '@nestjs/common';
// keycloak-connect ships no types for its auth utilities; these are its own, stable since v4.
const GrantManager = require('keycloak-connect/middleware/auth-utils/grant-manager');
const Rotation = require('keycloak-connect/middleware/auth-utils/rotation');
const Token = require('keycloak-connect/middleware/auth-utils/token');
import type { KoersClaims } from './tenant-context';

export interface TokenVerifierOptions {
  /** Where the realm's keys are fetched (reachable from this service). */
  realmUrl: string;
  /** What tokens name as `iss`; differs from realmUrl when Keycloak sits behind a proxy. */
  issuerUrl?: string;
  /** The audience every access token must carry (the API's resource-server client). */
  clientId: string;
  /** Least seconds between two fetches of the realm's keys (an unknown `kid` triggers one). */
  minSecondsBetweenKeyFetches?: number;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

interface KeycloakToken {
  content?: KoersClaims & { exp?: number };
}

interface KeycloakGrantManager {
  validateToken(token: KeycloakToken, expectedType: string): Promise<KeycloakToken>;
  rotation: unknown;
}

/**
 * Verifies access tokens locally with keycloak-connect: signature against the realm's JWKS (fetched
 * once and cached, refetched only for an unknown key id), expiry, type, issuer and audience.
 * No call to Keycloak per request.
 */
@Injectable()
export class TokenVerifier {
  private readonly grants: KeycloakGrantManager;

  constructor(private readonly options: TokenVerifierOptions) {
    const minTimeBetweenJwksRequests = options.minSecondsBetweenKeyFetches ?? 10;
    this.grants = new GrantManager({
      realmUrl: options.issuerUrl ?? options.realmUrl,
      clientId: options.clientId,
      bearerOnly: true,
      verifyTokenAudience: true,
      minTimeBetweenJwksRequests,
    });
    // The grant manager checks `iss` against its realmUrl and fetches keys from the same URL; split
    // them so a service can reach Keycloak on an internal address while tokens name the public one.
    this.grants.rotation = new Rotation({ realmUrl: options.realmUrl, minTimeBetweenJwksRequests });
  }

  async verify(rawToken: string): Promise<KoersClaims> {
    const token: KeycloakToken = new Token(rawToken, this.options.clientId);
    if (!token.content) throw new InvalidTokenError('invalid token (unreadable)');
    try {
      const verified = await this.grants.validateToken(token, 'Bearer');
      return verified.content as KoersClaims;
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : String(error));
    }
  }
}
