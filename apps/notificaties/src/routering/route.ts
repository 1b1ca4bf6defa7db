import type { CloudEvent, Rol } from '@koers/contracts';
import type { Categorie } from './categorieen';

/**
 * Who must hear of an event: users with this role in the event's region, narrowed by gemeente,
 * organisation or one person (`sub`, their Keycloak id).
 */
export interface Ontvangers {
  rol: Rol;
  gemeente?: string;
  organisatie?: string;
  sub?: string;
}

/** What they read: plain Dutch (B1), what happened and what they can do, with a link to the record. */
export interface Bericht {
  titel: string;
  tekst: string;
  /** Path of the record in the portal (see the README, "Links to the portal"). */
  link: string;
  /** What the reader does with the link, as the words of the link ("Bekijk het signaal"). */
  actie: string;
}

/** Messages of one kind, which the inbox shows together ("Nieuwe signalen: 300"). */
export interface Groep {
  sleutel: string;
  naam: string;
}

export interface Route {
  /** What the recipient chooses their e-mail preference about. */
  categorie: Categorie;
  groep: Groep;
  ontvangers: Ontvangers[];
  bericht: Bericht;
}

/** The names of the gemeenten of the event's region (from the region register), by CBS code. */
export type Gemeentenamen = ReadonlyMap<string, string>;

/** One entry of the routing table: the event, and the names of its region's gemeenten to speak of them by name. */
export type RouteRegel = (event: CloudEvent<never>, namen?: Gemeentenamen) => Route;
