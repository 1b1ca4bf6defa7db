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
  /** Everyone of the role but the people of this organisation (a jurist does not check their own organisation's agreement). */
  behalveOrganisatie?: string;
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
  /** Only for invitations and cancellations of a meeting. */
  kalender?: Kalenderafspraak;
}

/** The names of the gemeenten of the event's region (from the region register), by CBS code. */
export type Gemeentenamen = ReadonlyMap<string, string>;

/** One entry of the routing table: the event, and the names of its region's gemeenten to speak of them by name. */
export type RouteRegel = (event: CloudEvent<never>, namen?: Gemeentenamen) => Route;

/**
 * A meeting for the recipient's calendar. The e-mail carries it as an iCalendar attachment
 * (RFC 5545, built per recipient in email/kalender.ts) and goes out at once, whatever the recipient
 * chose for the category: a digest cannot carry it, and a cancellation must arrive in time.
 */
export interface Kalenderafspraak {
  /** Stable per meeting, so a move or cancellation replaces what the calendar already has. */
  uid: string;
  methode: 'REQUEST' | 'CANCEL';
  /** SEQUENCE: raised by every change, so the calendar knows which version is the newest. */
  volgnummer: number;
  start: Date;
  eind: Date;
  onderwerp: string;
  plaats?: string;
  onlineLink?: string;
  agenda: string;
  /** Path of the meeting in the portal. */
  link: string;
  /** When tafels made this version (DTSTAMP): the same on every retry of the same change. */
  gewijzigdOp: Date;
  /** A line for this recipient only, e.g. that they pass the invitation on to the guests they brought. */
  opmerking?: string;
}
