import { ROLLEN, Rol } from '@koers/contracts';
import { NietBevoegd, OngeldigeInvoer } from '@koers/domain';

/**
 * Who is calling and on behalf of which tenant. Built from the verified access token only — never
 * from a header, query or body the caller chooses.
 */
export interface TenantContext {
  /** The Keycloak user id (`sub`); for a provider system, its service-account user. */
  subject: string;
  username?: string;
  /** The regions the caller works in (token claim `regio`, one or more). */
  regios: readonly string[];
  /** CBS code of the caller's gemeente, for gemeente users. */
  gemeente?: string;
  /** The caller's organisation (provider, client council), where it applies. */
  organisatie?: string;
  rollen: readonly Rol[];
  /** Set when the token was issued to a system through client credentials. */
  clientId?: string;
  /**
   * The client id (`azp`) of a Koers service calling as itself: set only for tokens with realm role
   * `systeem`. Such a caller has no user roles; routes name the services they admit (`@Systeem`).
   */
  systeem?: string;
}

/** The realm role of the service accounts of Koers's own services. */
export const SYSTEEM_ROL = 'systeem';

/** The claims Koers reads from a Keycloak access token (mapped by the `koers` client scope). */
export interface KoersClaims {
  sub?: string;
  preferred_username?: string;
  regio?: string | string[];
  gemeente?: string;
  organisatie?: string;
  realm_access?: { roles?: string[] };
  client_id?: string;
  azp?: string;
}

export function tenantFromClaims(claims: KoersClaims): TenantContext {
  const regios = [claims.regio ?? []].flat().filter((r) => typeof r === 'string' && r.length > 0);
  const realmRollen = claims.realm_access?.roles ?? [];
  const systeem = realmRollen.includes(SYSTEEM_ROL) ? (claims.azp ?? claims.client_id ?? '') : undefined;
  const rollen = systeem === undefined ? realmRollen.filter((rol): rol is Rol => (ROLLEN as readonly string[]).includes(rol)) : [];
  const username = claims.preferred_username;
  return {
    subject: claims.sub ?? '',
    ...(username ? { username } : {}),
    regios: [...new Set(regios)],
    ...(claims.gemeente ? { gemeente: claims.gemeente } : {}),
    ...(claims.organisatie ? { organisatie: claims.organisatie } : {}),
    rollen,
    // Keycloak marks client-credentials tokens with `client_id` (older versions: `clientId`).
    ...(claims.client_id ? { clientId: claims.client_id } : {}),
    ...(systeem !== undefined ? { systeem } : {}),
  };
}

/**
 * The region a request acts in: the caller's only region, or the one they name among theirs. A
 * caller in two regions must say which; naming a region that is not theirs is refused.
 */
export function kiesRegio(tenant: TenantContext, gevraagd: string | undefined): string {
  if (gevraagd) {
    if (!tenant.regios.includes(gevraagd)) throw new NietBevoegd(`U werkt niet in regio '${gevraagd}'.`, 'andere-regio');
    return gevraagd;
  }
  if (tenant.regios.length === 1) return tenant.regios[0];
  throw new OngeldigeInvoer([{ naam: 'regio', code: 'verplicht', reden: `u werkt in meer regio's (${tenant.regios.join(', ')}): noem er één` }]);
}
