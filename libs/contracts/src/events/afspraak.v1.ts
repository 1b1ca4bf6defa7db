import { GEMEENTECODE_PATTERN, INDICATOR_RICHTINGEN, INDICATORCODE_PATTERN, ORGANISATIE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const AFSPRAAK_OPGESTELD_V1 = 'nl.koers.tafels.afspraak.opgesteld.v1';
export const AFSPRAAK_VASTGELEGD_V1 = 'nl.koers.tafels.afspraak.vastgelegd.v1';
export const AFSPRAAK_GETOETST_V1 = 'nl.koers.tafels.afspraak.getoetst.v1';
export const AFSPRAAK_PILOT_VOORGESTELD_V1 = 'nl.koers.tafels.afspraak.pilot_voorgesteld.v1';
export const AFSPRAAK_INGETROKKEN_V1 = 'nl.koers.tafels.afspraak.ingetrokken.v1';
export const AFSPRAAK_OVERNAME_AANGEBODEN_V1 = 'nl.koers.tafels.afspraak.overname_aangeboden.v1';
export const AFSPRAAK_OVERGENOMEN_V1 = 'nl.koers.tafels.afspraak.overgenomen.v1';
export const AFSPRAAK_OVERNAME_AFGESLAGEN_V1 = 'nl.koers.tafels.afspraak.overname_afgeslagen.v1';
export const AFSPRAAK_DEADLINE_VERSTREKEN_V1 = 'nl.koers.tafels.afspraak.deadline_verstreken.v1';

/** A jurist's verdict on an agreement: it fits law and the fundamental rights of young people and parents, or not. */
export const TOETSING_OORDELEN = ['akkoord', 'bezwaar'] as const;
export type ToetsingOordeel = (typeof TOETSING_OORDELEN)[number];

/** domain.md §3, plus `outcomecriterium`: outcome criteria formulated together with the providers (Haarlem seed). */
export const AFSPRAAK_SOORTEN = ['contractaanpassing', 'deskundigheidsbevordering', 'werkafspraak', 'pilot', 'outcomecriterium', 'overig'] as const;
export type AfspraakSoort = (typeof AFSPRAAK_SOORTEN)[number];

const ids = {
  afspraakId: { type: 'string', format: 'uuid' },
  tafelId: { type: 'string', format: 'uuid' },
  regio: { type: 'string', pattern: REGIO_PATTERN },
  versie: { type: 'integer', minimum: 1, description: 'Telt op wanneer de afspraak na bijsturen wordt gewijzigd (een nieuwe versie met een nieuw monitoringplan)' },
} as const;

/** The organisation at the table that carries the agreement out. */
const eigenaar = { type: 'string', pattern: ORGANISATIE_PATTERN, maxLength: 100, description: 'De organisatie aan tafel die de afspraak uitvoert' } as const;

const gemeentecodes = (description: string) =>
  ({ type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: GEMEENTECODE_PATTERN }, description }) as const;

/**
 * An agreement exists from the moment it is drafted, so monitoring knows the subject of a plan. No
 * description or other free text travels: only what monitoring needs to make a plan — and for an
 * outcome criterion, the regional indicator it defines, which monitoring adds to the catalogue.
 */
export const afspraakOpgesteldV1 = defineContract({
  type: AFSPRAAK_OPGESTELD_V1,
  description: 'Een afspraak van een koerstafel is opgesteld (concept); monitoring kan er een monitoringplan bij maken (domain.md §3, §6).',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'soort', 'bijeenkomstId', 'eigenaar', 'gemeenten', 'deadline', 'opgesteldOp'],
    properties: {
      ...ids,
      soort: { enum: AFSPRAAK_SOORTEN },
      bijeenkomstId: { type: 'string', format: 'uuid', description: 'De bijeenkomst waarin de afspraak is gemaakt (zo leidt elke afspraak naar haar verslag)' },
      eigenaar,
      gemeenten: gemeentecodes('Voor welke gemeenten de afspraak geldt: één gemeente, of alle gemeenten van de regio'),
      voorDeHeleRegio: { type: 'boolean' },
      deadline: { type: 'string', format: 'date' },
      vorigeVersieId: { type: 'string', format: 'uuid', description: 'Bij een gewijzigde afspraak: de versie die zij vervangt' },
      overgenomenVanId: { type: 'string', format: 'uuid', description: 'Bij een overgenomen afspraak: de geslaagde afspraak van een andere gemeente' },
      outcomecriterium: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'naam', 'definitie', 'eenheid', 'richting', 'doelwaarde'],
        description: 'Alleen bij soort outcomecriterium: de regionale indicator die de afspraak definieert',
        properties: {
          code: { type: 'string', pattern: INDICATORCODE_PATTERN, maxLength: 100 },
          naam: { type: 'string', minLength: 1, maxLength: 200 },
          definitie: { type: 'string', minLength: 1, maxLength: 2000 },
          eenheid: { type: 'string', minLength: 1, maxLength: 50 },
          richting: { enum: INDICATOR_RICHTINGEN },
          doelwaarde: { type: 'number' },
        },
      },
      opgesteldOp: { type: 'string', format: 'date-time' },
    },
  },
});

/** The table recorded its agreements (`afspraken_vastgelegd`): one fact per agreement, with its plan. */
export const afspraakVastgelegdV1 = defineContract({
  type: AFSPRAAK_VASTGELEGD_V1,
  description: 'Een afspraak is vastgelegd met haar monitoringplan en het akkoord van een jurist; monitoring bevestigt dan het plan.',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'monitoringplanId', 'vastgelegdOp'],
    properties: {
      ...ids,
      monitoringplanId: { type: 'string', format: 'uuid' },
      vastgelegdOp: { type: 'string', format: 'date-time' },
    },
  },
});

/**
 * A jurist of the region checked a concept agreement. The reason of a `bezwaar` is free text and
 * stays in tafels' API (GET /v1/tafels/{id}/afspraken), read within the region: it does not travel.
 */
export const afspraakGetoetstV1 = defineContract({
  type: AFSPRAAK_GETOETST_V1,
  description: 'Een jurist van de regio heeft een afspraak getoetst: akkoord, of bezwaar (de reden staat alleen in de API van tafels).',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'toetsingId', 'oordeel', 'eigenaar', 'getoetstOp'],
    properties: {
      ...ids,
      toetsingId: { type: 'string', format: 'uuid' },
      oordeel: { enum: TOETSING_OORDELEN },
      eigenaar,
      getoetstOp: { type: 'string', format: 'date-time' },
    },
  },
});

/**
 * A `pilot` agreement was recorded: what the pilots service needs to turn it into a pilot proposal.
 * Ids, codes and dates only; the description stays in tafels (pilots reads it there if it must).
 */
export const afspraakPilotVoorgesteldV1 = defineContract({
  type: AFSPRAAK_PILOT_VOORGESTELD_V1,
  description: 'Een pilotafspraak is vastgelegd; de pilotsdienst maakt er een pilotvoorstel van (domain.md §3, §4).',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'bijeenkomstId', 'eigenaar', 'gemeenten', 'voorDeHeleRegio', 'deadline', 'monitoringplanId', 'voorgesteldOp'],
    properties: {
      ...ids,
      bijeenkomstId: { type: 'string', format: 'uuid' },
      eigenaar,
      gemeenten: gemeentecodes('Voor welke gemeenten de pilot geldt'),
      voorDeHeleRegio: { type: 'boolean' },
      deadline: { type: 'string', format: 'date' },
      monitoringplanId: { type: 'string', format: 'uuid' },
      vorigeVersieId: { type: 'string', format: 'uuid' },
      voorgesteldOp: { type: 'string', format: 'date-time' },
    },
  },
});

/** A concept agreement was dropped before it was recorded; a plan monitoring made for it has no subject any more. */
export const afspraakIngetrokkenV1 = defineContract({
  type: AFSPRAAK_INGETROKKEN_V1,
  description: 'Een afspraak in concept is ingetrokken voordat zij werd vastgelegd; een monitoringplan dat erbij hoorde heeft geen onderwerp meer.',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'ingetrokkenOp'],
    properties: {
      ...ids,
      monitoringplanId: { type: 'string', format: 'uuid', description: 'Het plan dat monitoring voor de afspraak maakte, als dat er was' },
      ingetrokkenOp: { type: 'string', format: 'date-time' },
    },
  },
});

/**
 * An agreement for one gemeente reached its effect: the region's other gemeenten are offered to take
 * it over, each keeping its own course (seed 002: "successen worden sneller integraal overgenomen").
 */
export const afspraakOvernameAangebodenV1 = defineContract({
  type: AFSPRAAK_OVERNAME_AANGEBODEN_V1,
  description: 'Een afspraak voor één gemeente bereikte haar effect; de andere gemeenten van de regio krijgen het aanbod haar over te nemen.',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'soort', 'eigenaar', 'gemeenten', 'aangebodenAan', 'monitoringplanId', 'aangebodenOp'],
    properties: {
      ...ids,
      soort: { enum: AFSPRAAK_SOORTEN },
      eigenaar,
      gemeenten: gemeentecodes('De gemeente(n) waar de afspraak haar effect bereikte'),
      aangebodenAan: gemeentecodes('De andere gemeenten van de regio, die haar kunnen overnemen of afslaan'),
      monitoringplanId: { type: 'string', format: 'uuid', description: 'Het plan waarvan het oordeel effect_bereikt was' },
      aangebodenOp: { type: 'string', format: 'date-time' },
    },
  },
});

/** A gemeente took a successful agreement over: a new agreement for that gemeente, with its own plan, linked to the original. */
export const afspraakOvergenomenV1 = defineContract({
  type: AFSPRAAK_OVERGENOMEN_V1,
  description: 'Een gemeente heeft een geslaagde afspraak overgenomen: een nieuwe afspraak voor die gemeente, met een eigen monitoringplan.',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'overgenomenVanId', 'tafelId', 'regio', 'versie', 'gemeente', 'overgenomenOp'],
    properties: {
      ...ids,
      overgenomenVanId: { type: 'string', format: 'uuid', description: 'De geslaagde afspraak die is overgenomen' },
      gemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN, description: 'De gemeente die de afspraak overnam' },
      overgenomenOp: { type: 'string', format: 'date-time' },
    },
  },
});

/** A gemeente declined to take a successful agreement over. The reason is free text and stays in tafels' API. */
export const afspraakOvernameAfgeslagenV1 = defineContract({
  type: AFSPRAAK_OVERNAME_AFGESLAGEN_V1,
  description: 'Een gemeente heeft het aanbod om een geslaagde afspraak over te nemen afgeslagen (de reden staat alleen in de API van tafels).',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'gemeente', 'afgeslagenOp'],
    properties: {
      ...ids,
      gemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN, description: 'De gemeente die het aanbod afsloeg' },
      afgeslagenOp: { type: 'string', format: 'date-time' },
    },
  },
});

/**
 * A recorded agreement's deadline passed (a day in the Netherlands) while its owner had not reported
 * it carried out or stopped: once per agreement version, by tafels' due work. Ids and dates only.
 */
export const afspraakDeadlineVerstrekenV1 = defineContract({
  type: AFSPRAAK_DEADLINE_VERSTREKEN_V1,
  description: 'De deadline van een vastgelegde afspraak is voorbij, en de eigenaar meldde haar niet uitgevoerd of gestopt.',
  uitgever: 'tafels',
  subject: (data) => data.afspraakId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['afspraakId', 'tafelId', 'regio', 'versie', 'eigenaar', 'gemeenten', 'deadline', 'behandelaar', 'vastgesteldOp'],
    properties: {
      ...ids,
      eigenaar,
      gemeenten: gemeentecodes('Voor welke gemeenten de afspraak geldt'),
      deadline: { type: 'string', format: 'date' },
      behandelaar: { type: 'string', minLength: 1, description: 'Keycloak-id van de behandelaar van de tafel' },
      vastgesteldOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type AfspraakDeadlineVerstrekenV1 = PayloadOf<typeof afspraakDeadlineVerstrekenV1>;
export type AfspraakOvernameAangebodenV1 = PayloadOf<typeof afspraakOvernameAangebodenV1>;
export type AfspraakOvergenomenV1 = PayloadOf<typeof afspraakOvergenomenV1>;
export type AfspraakOvernameAfgeslagenV1 = PayloadOf<typeof afspraakOvernameAfgeslagenV1>;
export type AfspraakIngetrokkenV1 = PayloadOf<typeof afspraakIngetrokkenV1>;
export type AfspraakGetoetstV1 = PayloadOf<typeof afspraakGetoetstV1>;
export type AfspraakPilotVoorgesteldV1 = PayloadOf<typeof afspraakPilotVoorgesteldV1>;
export type AfspraakOpgesteldV1 = PayloadOf<typeof afspraakOpgesteldV1>;
export type AfspraakVastgelegdV1 = PayloadOf<typeof afspraakVastgelegdV1>;
