import { INDICATORCODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const MONITORINGPLAN_AANGEMAAKT_V1 = 'nl.koers.monitoring.monitoringplan.aangemaakt.v1';
export const MONITORINGPLAN_BEVESTIGD_V1 = 'nl.koers.monitoring.monitoringplan.bevestigd.v1';

const plan = {
  monitoringplanId: { type: 'string', format: 'uuid' },
  regio: { type: 'string', pattern: REGIO_PATTERN },
  onderwerp: {
    type: 'object',
    additionalProperties: false,
    required: ['soort', 'id'],
    properties: { soort: { enum: ['afspraak', 'pilot'] }, id: { type: 'string', minLength: 1, maxLength: 100 } },
  },
} as const;

/** A plan exists for an agreement or a pilot: tafels (or pilots) learns that its subject has one. */
export const monitoringplanAangemaaktV1 = defineContract({
  type: MONITORINGPLAN_AANGEMAAKT_V1,
  description: 'Er is een monitoringplan gemaakt voor een afspraak of pilot (domain.md §6).',
  uitgever: 'monitoring',
  subject: (data) => data.monitoringplanId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['monitoringplanId', 'regio', 'onderwerp', 'indicatoren', 'evaluatiedatum', 'aangemaaktOp'],
    properties: {
      ...plan,
      indicatoren: { type: 'array', minItems: 1, items: { type: 'string', pattern: INDICATORCODE_PATTERN } },
      evaluatiedatum: { type: 'string', format: 'date' },
      aangemaaktOp: { type: 'string', format: 'date-time' },
    },
  },
});

/**
 * Monitoring took a recorded agreement's plan on: it measures from now on and evaluates on the
 * evaluation date. Once every plan of a table is confirmed, the table moves to `monitoring`.
 */
export const monitoringplanBevestigdV1 = defineContract({
  type: MONITORINGPLAN_BEVESTIGD_V1,
  description: 'Monitoring heeft het plan van een vastgelegde afspraak bevestigd en meet vanaf nu (domain.md §6).',
  uitgever: 'monitoring',
  subject: (data) => data.monitoringplanId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['monitoringplanId', 'regio', 'onderwerp', 'evaluatiedatum', 'nulmetingCompleet', 'bevestigdOp'],
    properties: {
      ...plan,
      evaluatiedatum: { type: 'string', format: 'date' },
      nulmetingCompleet: { type: 'boolean', description: 'Onwaar zolang er voor een indicator (nog) geen nulmeting is, zoals bij een nieuw outcomecriterium' },
      bevestigdOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type MonitoringplanAangemaaktV1 = PayloadOf<typeof monitoringplanAangemaaktV1>;
export type MonitoringplanBevestigdV1 = PayloadOf<typeof monitoringplanBevestigdV1>;
