import {
  BIJEENKOMST_GEANNULEERD_V1,
  BIJEENKOMST_GEHOUDEN_V1,
  BIJEENKOMST_GEPLAND_V1,
  BIJEENKOMST_VERPLAATST_V1,
  BijeenkomstGeannuleerdV1,
  BijeenkomstGehoudenV1,
  BijeenkomstGeplandV1,
  BijeenkomstVerplaatstV1,
  CloudEvent,
} from '@koers/contracts';
import type { TafelsSchemas } from '@koers/clients';
import { PORTAAL } from './portaal';
import type { Bericht, Groep, Kalenderafspraak, Route } from './route';
import { dagInWoorden, tijdvakInWoorden, uitersteMomentInWoorden } from './taal';

/**
 * What tafels tells notificaties about a meeting (GET /v1/tafels/{id}/bijeenkomsten/{id}/uitnodiging,
 * for koers-notificaties only): the place, link and agenda that events never carry, and who gets
 * the invitation — for guests, who have no e-mail address, the client representative who brought them.
 */
export type Uitnodiging = TafelsSchemas['UitnodigingResponse'];

/** One entry per meeting event: the routes for the invitation as tafels has it now, one per kind of recipient. */
export type UitnodigingRegel = (event: CloudEvent<never>, uitnodiging: Uitnodiging) => Route[];

type Wijziging = BijeenkomstGeplandV1 | BijeenkomstVerplaatstV1 | BijeenkomstGeannuleerdV1;

const UITNODIGINGEN: Groep = { sleutel: 'tafel-uitnodiging', naam: 'Uitnodigingen voor een koerstafel' };
/** Shared with verslag.rules.ts: the concept minutes and the end of their remark term are one group. */
export const VERSLAGEN: Groep = { sleutel: 'tafel-verslag', naam: 'Conceptverslagen van een koerstafel' };

/** The UID of a meeting in every calendar: the same for the invitation, every move and the cancellation. */
export function kalenderUid(bijeenkomstId: string): string {
  return `${bijeenkomstId}@koers`;
}

/**
 * An event older than the meeting as tafels has it now (a move or cancellation came after it, for
 * instance while notificaties was down) sends nothing: the newer event brings the newest version.
 */
export function isVerouderd(event: CloudEvent<never>, uitnodiging: Uitnodiging): boolean {
  const data = (event as CloudEvent<Partial<Wijziging>>).data;
  return typeof data.volgnummer === 'number' && data.volgnummer < uitnodiging.volgnummer;
}

/** One route per number of guests a recipient brought, so each reads what is theirs to pass on. */
function perGasten(uitnodiging: Uitnodiging, route: (gasten: number) => Omit<Route, 'ontvangers'>): Route[] {
  const groepen = new Map<number, Route['ontvangers']>();
  for (const o of uitnodiging.ontvangers) {
    const gasten = o.namensGasten ?? 0;
    groepen.set(gasten, [...(groepen.get(gasten) ?? []), { rol: o.rol, sub: o.sub }]);
  }
  return [...groepen.entries()].sort(([a], [b]) => a - b).map(([gasten, ontvangers]) => ({ ...route(gasten), ontvangers }));
}

function deGasten(gasten: number): string {
  return gasten === 1 ? 'de gast' : `de ${gasten} gasten`;
}

/** Where, as sentences; a sentence that ends in a link has no full stop, so a mail program keeps the link whole. */
function waar(u: Uitnodiging): string {
  if (u.plaats && u.onlineLink) return `Waar: ${u.plaats}. Online meedoen kan ook, via ${u.onlineLink}`;
  if (u.plaats) return `Waar: ${u.plaats}.`;
  if (u.onlineLink) return `Waar: online, via ${u.onlineLink}`;
  return 'Waar: dat leest u in Koers.';
}

/** The table's subject (the start of its problem statement) as a name: without its closing full stop. */
function onderwerp(u: Uitnodiging): string {
  return u.onderwerp.trim().replace(/[.!?;:,\s]+$/, '');
}

function deTafel(u: Uitnodiging): string {
  return `de koerstafel '${onderwerp(u)}'`;
}

function zinnen(...delen: string[]): string {
  return delen.filter(Boolean).join(' ');
}

function kalender(u: Uitnodiging, methode: Kalenderafspraak['methode'], gewijzigdOp: string, opmerking: string): Kalenderafspraak {
  return {
    uid: kalenderUid(u.bijeenkomstId),
    methode,
    volgnummer: u.volgnummer,
    start: new Date(u.start),
    eind: new Date(u.eind),
    onderwerp: onderwerp(u),
    ...(u.plaats ? { plaats: u.plaats } : {}),
    ...(u.onlineLink ? { onlineLink: u.onlineLink } : {}),
    agenda: u.agenda,
    link: PORTAAL.bijeenkomst(u.tafelId, u.bijeenkomstId),
    gewijzigdOp: new Date(gewijzigdOp),
    ...(opmerking ? { opmerking } : {}),
  };
}

/** A new or moved meeting: the (changed) invitation, with the meeting for the calendar. */
function uitnodigen(soort: 'gepland' | 'verplaatst'): UitnodigingRegel {
  return (event, u) => {
    const data = (event as CloudEvent<BijeenkomstGeplandV1 | BijeenkomstVerplaatstV1>).data;
    const gewijzigdOp = 'geplandOp' in data ? data.geplandOp : data.verplaatstOp;
    const dag = dagInWoorden(new Date(u.start));
    return perGasten(u, (gasten) => {
      const doorgeven = gasten
        ? `U krijgt deze uitnodiging ook voor ${deGasten(gasten)} die u heeft aangemeld. ${
            gasten === 1 ? 'Die gast krijgt geen e-mail van Koers. Wilt u de uitnodiging doorgeven?' : 'Zij krijgen geen e-mail van Koers. Wilt u de uitnodiging aan hen doorgeven?'
          }`
        : '';
      const wanneer = tijdvakInWoorden(new Date(u.start), new Date(u.eind));
      const bericht: Bericht =
        soort === 'gepland'
          ? {
              titel: `Uitnodiging: koerstafel '${onderwerp(u)}' op ${dag}`,
              tekst: zinnen(
                `U bent uitgenodigd voor een bijeenkomst van ${deTafel(u)}.`,
                `Wanneer: ${wanneer}.`,
                waar(u),
                doorgeven,
                `Op de agenda: ${u.agenda}`,
                'In de bijlage zit de afspraak voor uw agenda. Laat in Koers weten of u komt.',
              ),
              link: PORTAAL.bijeenkomst(u.tafelId, u.bijeenkomstId),
              actie: 'Laat weten of u komt',
            }
          : {
              titel: `Gewijzigd: koerstafel '${onderwerp(u)}' is nu op ${dag}`,
              tekst: zinnen(
                `De bijeenkomst van ${deTafel(u)} is veranderd.`,
                `Dit is de nieuwe afspraak: ${wanneer}.`,
                waar(u),
                doorgeven,
                `Op de agenda: ${u.agenda}`,
                'Met de bijlage zet u de nieuwe tijd in uw agenda. Laat in Koers weten of u dan komt.',
              ),
              link: PORTAAL.bijeenkomst(u.tafelId, u.bijeenkomstId),
              actie: 'Laat weten of u komt',
            };
      return { categorie: 'tafels', groep: UITNODIGINGEN, bericht, kalender: kalender(u, 'REQUEST', gewijzigdOp, doorgeven) };
    });
  };
}

/**
 * Routes of a table's meetings (domain.md §3, §7): invitations, moves and cancellations with the
 * meeting for the calendar, and the concept minutes — to everyone at the table, guests through the
 * client representative who brought them.
 */
export const BIJEENKOMST_ROUTERING: Readonly<Record<string, UitnodigingRegel>> = {
  [BIJEENKOMST_GEPLAND_V1]: uitnodigen('gepland'),
  [BIJEENKOMST_VERPLAATST_V1]: uitnodigen('verplaatst'),
  [BIJEENKOMST_GEANNULEERD_V1]: (event, u) => {
    const data = (event as CloudEvent<BijeenkomstGeannuleerdV1>).data;
    return perGasten(u, (gasten) => {
      const doorgeven = gasten ? `Wilt u dit ook doorgeven aan ${deGasten(gasten)} die u heeft aangemeld?` : '';
      return {
        categorie: 'tafels',
        groep: UITNODIGINGEN,
        bericht: {
          titel: `Gaat niet door: koerstafel '${onderwerp(u)}' op ${dagInWoorden(new Date(u.start))}`,
          tekst: zinnen(
            `De bijeenkomst van ${deTafel(u)} op ${tijdvakInWoorden(new Date(u.start), new Date(u.eind))} gaat niet door.`,
            doorgeven,
            'Met de bijlage haalt u de afspraak uit uw agenda. In Koers ziet u of er een nieuwe bijeenkomst komt.',
          ),
          link: PORTAAL.bijeenkomst(u.tafelId, u.bijeenkomstId),
          actie: 'Bekijk de koerstafel',
        },
        kalender: kalender(u, 'CANCEL', data.geannuleerdOp, doorgeven),
      };
    });
  },
  [BIJEENKOMST_GEHOUDEN_V1]: (event, u) => {
    const data = (event as CloudEvent<BijeenkomstGehoudenV1>).data;
    const tot = uitersteMomentInWoorden(new Date(data.reactiesTot));
    return perGasten(u, (gasten) => ({
      categorie: 'tafels',
      groep: VERSLAGEN,
      bericht: {
        titel: `Het conceptverslag staat klaar — reageer vóór ${tot}`,
        tekst: zinnen(
          `De gemeente heeft het verslag geschreven van de bijeenkomst van ${deTafel(u)} op ${dagInWoorden(new Date(u.start))}.`,
          `Lees het conceptverslag in Koers. Klopt er iets niet, of mist er iets? Reageer dan vóór ${tot}. Daarna stelt de gemeente het verslag vast.`,
          gasten ? `Bespreek het verslag ook met ${deGasten(gasten)} die u heeft aangemeld: hun reactie kunt u doorgeven.` : '',
        ),
        link: PORTAAL.bijeenkomst(u.tafelId, u.bijeenkomstId),
        actie: 'Lees het conceptverslag',
      },
    }));
  },
};

export function bijeenkomstEventTypes(): string[] {
  return Object.keys(BIJEENKOMST_ROUTERING);
}
