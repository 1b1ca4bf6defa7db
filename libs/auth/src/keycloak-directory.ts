import type { Rol } from '@koers/contracts';
import { ServiceAccount, ServiceAccountOptions } from './service-account';

/** The service account must be allowed to view users and the realm (realm-management view-users, view-realm). */
export interface KeycloakDirectoryOptions extends ServiceAccountOptions {
  /** How long a lookup is reused; membership changes show up after at most this long. */
  cacheMs?: number;
}

export interface GezochteGebruikers {
  regio: string;
  rol: Rol;
  gemeente?: string;
  organisatie?: string;
  /** One person only, by their Keycloak id (still only when they have the role in the region). */
  sub?: string;
}

export interface Gebruiker {
  id: string;
  username: string;
  email?: string;
  /** First and last name as Keycloak has them; for API responses within the region, never for events or logs. */
  naam?: string;
  regios: string[];
  gemeente?: string;
  organisatie?: string;
}

/** An organisation of a region as its users' `organisatie` attribute names it, with the role through which it works there. */
export interface Organisatie {
  code: string;
  rol: Rol;
}

interface UserRepresentation {
  id: string;
  username: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  enabled?: boolean;
  attributes?: Record<string, string[]>;
}

const PAGE = 500;

/**
 * Finds the people behind a role in a region, through Keycloak's Admin REST API with a service
 * account. Used to address notifications; never to authorise anything (that is the token's job).
 * One role-members call and one region call per (regio, rol) per cache period, whatever the number
 * of events.
 */
export class KeycloakDirectory {
  private readonly adminUrl: string;
  private readonly cacheMs: number;
  private readonly cache = new Map<string, { until: number; value: Promise<UserRepresentation[]> }>();
  private readonly account: ServiceAccount;

  /** `account`: share the tokens of a service account the service also uses for other calls. */
  constructor(options: KeycloakDirectoryOptions, account = new ServiceAccount(options)) {
    this.account = account;
    const realm = new URL(options.realmUrl);
    this.adminUrl = `${realm.origin}${realm.pathname.replace(/\/realms\//, '/admin/realms/')}`;
    this.cacheMs = options.cacheMs ?? 60_000;
  }

  async findUsers({ regio, rol, gemeente, organisatie, sub }: GezochteGebruikers): Promise<Gebruiker[]> {
    const [inRegio, metRol] = await Promise.all([
      this.cached(`regio:${regio}`, () => this.pages(`/users?briefRepresentation=false&exact=true&q=${encodeURIComponent(`regio:${regio}`)}`)),
      this.cached(`rol:${rol}`, () => this.pages(`/roles/${encodeURIComponent(rol)}/users?briefRepresentation=true`)),
    ]);
    const rolIds = new Set(metRol.map((u) => u.id));
    return inRegio
      .filter((u) => u.enabled !== false && rolIds.has(u.id) && !u.username.startsWith('service-account-'))
      .map(toGebruiker)
      .filter((g) => (!gemeente || g.gemeente === gemeente) && (!organisatie || g.organisatie === organisatie) && (!sub || g.id === sub));
  }

  /** The region's users with each of these roles (one lookup per role, together). */
  async perRol(regio: string, rollen: readonly Rol[], sub?: string): Promise<Map<Rol, Gebruiker[]>> {
    return new Map(await Promise.all(rollen.map(async (rol) => [rol, await this.findUsers({ regio, rol, ...(sub ? { sub } : {}) })] as const)));
  }

  /**
   * The organisations of the region's users with these roles, each once, with the first of `rollen`
   * one of its users has; ordered by that role, then by code. Only organisations: never who works there.
   */
  async organisaties(regio: string, rollen: readonly Rol[]): Promise<Organisatie[]> {
    const perRol = await this.perRol(regio, rollen);
    const gevonden = new Map<string, Organisatie>();
    for (const rol of rollen) {
      for (const { organisatie } of perRol.get(rol) ?? []) if (organisatie && !gevonden.has(organisatie)) gevonden.set(organisatie, { code: organisatie, rol });
    }
    return [...gevonden.values()].sort((a, b) => rollen.indexOf(a.rol) - rollen.indexOf(b.rol) || a.code.localeCompare(b.code));
  }

  private cached(key: string, load: () => Promise<UserRepresentation[]>): Promise<UserRepresentation[]> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = load();
    this.cache.set(key, { until: Date.now() + this.cacheMs, value });
    value.catch(() => this.cache.delete(key));
    return value;
  }

  private async pages(path: string): Promise<UserRepresentation[]> {
    const all: UserRepresentation[] = [];
    for (let first = 0; ; first += PAGE) {
      const page = await this.get<UserRepresentation[]>(`${path}&first=${first}&max=${PAGE}`);
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  }

  private async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.adminUrl}${path}`, { headers: { authorization: `Bearer ${await this.account.accessToken()}` } });
    if (!response.ok) {
      throw new Error(`Keycloak directory: GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    return (await response.json()) as T;
  }
}

function toGebruiker(user: UserRepresentation): Gebruiker {
  const attributes = user.attributes ?? {};
  const naam = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return {
    id: user.id,
    username: user.username,
    ...(user.email ? { email: user.email } : {}),
    ...(naam ? { naam } : {}),
    regios: attributes.regio ?? [],
    ...(attributes.gemeente?.[0] ? { gemeente: attributes.gemeente[0] } : {}),
    ...(attributes.organisatie?.[0] ? { organisatie: attributes.organisatie[0] } : {}),
  };
}
