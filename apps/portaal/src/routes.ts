/**
 * Every route of the portal, built or planned: the README's route table, the router and the browser
 * tests (each route visited, checked with axe) all read this list. Plain data, no React.
 */
export type Rol = 'gemeente' | 'aanbieder' | 'jurist' | 'clientvertegenwoordiger' | 'beheerder';

export interface Route {
  pad: string;
  titel: string;
  /** Who may open it: `publiek` needs no login; `ingelogd` is everyone with a role; otherwise these roles. */
  wie: 'publiek' | 'ingelogd' | readonly Rol[];
  /** `gebouwd`: the screen works; `gepland`: the route answers with a page that says it is coming. */
  status: 'gebouwd' | 'gepland';
  /** The message of notificaties that links here (apps/notificaties/src/routering/portaal.ts), if any. */
  gelinktDoorNotificaties?: boolean;
}

const IEDEREEN = 'ingelogd' as const;

export const ROUTES: readonly Route[] = [
  { pad: '/', titel: 'Start', wie: 'publiek', status: 'gebouwd' },
  { pad: '/toegankelijkheid', titel: 'Toegankelijkheidsverklaring', wie: 'publiek', status: 'gebouwd' },
  { pad: '/uitgelogd', titel: 'U bent uitgelogd', wie: 'publiek', status: 'gebouwd' },
  { pad: '/berichten', titel: 'Berichten', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/instellingen/e-mail', titel: 'E-mail instellen', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/signalen', titel: 'Signalen', wie: IEDEREEN, status: 'gebouwd' },
  { pad: '/signalen/nieuw', titel: 'Signaal indienen', wie: ['gemeente', 'aanbieder', 'clientvertegenwoordiger'], status: 'gebouwd' },
  { pad: '/signalen/:id', titel: 'Signaal', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/signalen/:id/consensusrondes/:rondeId', titel: 'Consensusronde', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/tafels', titel: 'Koerstafels', wie: IEDEREEN, status: 'gebouwd' },
  { pad: '/tafels/:id', titel: 'Koerstafel', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/tafels/:id/bijeenkomsten/:bijeenkomstId', titel: 'Bijeenkomst', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/tafels/:id/afspraken/:afspraakId', titel: 'Afspraak', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/afspraken', titel: 'Afspraken', wie: ['gemeente', 'aanbieder', 'clientvertegenwoordiger'], status: 'gebouwd' },
  { pad: '/overnames', titel: 'Afspraken om over te nemen', wie: ['gemeente'], status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/toetsing', titel: 'Juridische toetsing', wie: ['jurist'], status: 'gebouwd' },
  { pad: '/leerervaringen', titel: 'Leerervaringen', wie: IEDEREEN, status: 'gebouwd' },
  { pad: '/monitoring/reeksen', titel: 'Cijfers en koers', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/monitoring/plannen/:id', titel: 'Monitoringplan', wie: IEDEREEN, status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/monitoring/koersdoelen', titel: 'Koersdoelen', wie: ['gemeente', 'beheerder'], status: 'gebouwd' },
  { pad: '/monitoring/metingen/aanleveren', titel: 'Metingen aanleveren', wie: ['aanbieder', 'gemeente', 'beheerder'], status: 'gebouwd' },
  { pad: '/webhooks/abonnementen', titel: 'Webhooks', wie: ['aanbieder', 'beheerder'], status: 'gebouwd' },
  { pad: '/webhooks/abonnementen/:id/afleveringen', titel: 'Afleveringen van een webhook', wie: ['aanbieder', 'beheerder'], status: 'gebouwd', gelinktDoorNotificaties: true },
  { pad: '/beheer/indicatoren', titel: 'Indicatoren', wie: ['beheerder'], status: 'gebouwd' },
  { pad: '/beheer/gemeenten', titel: 'Gemeenten van de regio', wie: ['beheerder'], status: 'gebouwd' },
  { pad: '/beheer/termijnen', titel: 'Termijnen', wie: ['beheerder'], status: 'gebouwd' },
  { pad: '/beheer/onbestelbare-berichten', titel: 'Onbestelbare berichten', wie: ['beheerder'], status: 'gebouwd', gelinktDoorNotificaties: true },
];

/** A route's path with its parameters filled in: `/signalen/:id` with `{ id }`. */
export function vulIn(pad: string, waarden: Record<string, string>): string {
  return pad.replace(/:([a-zA-Z]+)/g, (_, naam: string) => {
    const waarde = waarden[naam];
    if (waarde === undefined) throw new Error(`geen waarde voor :${naam} in ${pad}`);
    return encodeURIComponent(waarde);
  });
}
