/** The realm roles of people (ADR 3); `systeem` belongs to services and never logs in here. */
export const ROLLEN = ['gemeente', 'aanbieder', 'jurist', 'clientvertegenwoordiger', 'beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_NAMEN: Record<Rol, string> = {
  gemeente: 'gemeente',
  aanbieder: 'aanbieder van jeugdhulp',
  jurist: 'jurist',
  clientvertegenwoordiger: 'cliëntvertegenwoordiger',
  beheerder: 'beheerder',
};

export interface Gebruiker {
  /** Keycloak's id of the person: how tafels names a participant. */
  sub: string;
  naam: string;
  rollen: Rol[];
  /** Token claim `regio`: one or more regions the person works in. */
  regios: string[];
  gemeente?: string;
  organisatie?: string;
}

/**
 * Reads the claims of an access token. The portal only reads them to choose what to show: the
 * services verify every token themselves, so a tampered token gains nothing here.
 */
export function claimsVan(jwt: string): Record<string, unknown> {
  const deel = jwt.split('.')[1];
  if (!deel) return {};
  const base64 = deel.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(deel.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function gebruikerUit(accessToken: string): Gebruiker {
  const claims = claimsVan(accessToken);
  const realmRollen = ((claims.realm_access as { roles?: unknown } | undefined)?.roles ?? []) as unknown[];
  const rollen = ROLLEN.filter((rol) => realmRollen.includes(rol));
  const regios = [claims.regio ?? []].flat().filter((r): r is string => typeof r === 'string' && r.length > 0);
  const naam = [claims.name, claims.preferred_username].find((n): n is string => typeof n === 'string' && n.length > 0) ?? 'onbekend';
  return {
    sub: typeof claims.sub === 'string' ? claims.sub : '',
    naam,
    rollen,
    regios: [...new Set(regios)],
    ...(typeof claims.gemeente === 'string' ? { gemeente: claims.gemeente } : {}),
    ...(typeof claims.organisatie === 'string' ? { organisatie: claims.organisatie } : {}),
  };
}

export function heeftRol(gebruiker: Gebruiker, rollen: readonly Rol[]): boolean {
  return rollen.some((rol) => gebruiker.rollen.includes(rol));
}

/**
 * The region the person works in now: the one they chose if it is still theirs, else their first.
 * Undefined for a token without region (the services answer 403 to it).
 */
export function actieveRegio(gebruiker: Gebruiker, gekozen: string | null): string | undefined {
  if (gekozen && gebruiker.regios.includes(gekozen)) return gekozen;
  return gebruiker.regios[0];
}
