import { GEMEENTECODE_PATTERN, PERIODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const MONITORINGPLAN_GEEVALUEERD_V1 = 'nl.koers.monitoring.monitoringplan.geevalueerd.v1';

export const MONITORING_OORDELEN = ['effect_bereikt', 'niet_bereikt', 'onvoldoende_data'] as const;
export type MonitoringOordeel = (typeof MONITORING_OORDELEN)[number];

/**
 * A monitoring plan was evaluated (domain.md §6): tafels and pilots hear whether the agreement or
 * pilot it belongs to had the effect it was meant to have, with the numbers behind the verdict —
 * those that rest on a teller below 5 left out, in the numbers and in `toelichting`.
 */
export const monitoringplanGeevalueerdV1 = defineContract({
  type: MONITORINGPLAN_GEEVALUEERD_V1,
  description: 'Een monitoringplan is geëvalueerd (domain.md §6).',
  uitgever: 'monitoring',
  subject: (data) => data.monitoringplanId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['monitoringplanId', 'regio', 'onderwerp', 'oordeel', 'toelichting', 'indicatoren', 'geevalueerdOp'],
    properties: {
      monitoringplanId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      onderwerp: {
        type: 'object',
        additionalProperties: false,
        required: ['soort', 'id'],
        properties: { soort: { enum: ['afspraak', 'pilot'] }, id: { type: 'string', minLength: 1, maxLength: 100 } },
      },
      oordeel: { enum: MONITORING_OORDELEN },
      toelichting: { type: 'string', minLength: 1, maxLength: 10000 },
      indicatoren: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['indicator', 'oordeel', 'doelwaarde', 'richting', 'gemeenten'],
          properties: {
            indicator: { type: 'string', minLength: 1 },
            oordeel: { enum: MONITORING_OORDELEN },
            doelwaarde: { type: 'number' },
            richting: { enum: ['maximaal', 'minimaal'] },
            verschilInVerschillen: { type: 'number' },
            gemeenten: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['gemeente'],
                properties: {
                  gemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN },
                  nulmeting: { type: 'number' },
                  laatstePeriode: { type: 'string', pattern: PERIODE_PATTERN },
                  laatsteWaarde: { type: 'number' },
                  doelBereikt: { type: 'boolean' },
                },
              },
            },
          },
        },
      },
      geevalueerdOp: { type: 'string', format: 'date-time' },
      titel: { type: 'string', minLength: 1, maxLength: 300 },
      gemeenten: { type: 'array', items: { type: 'string', pattern: GEMEENTECODE_PATTERN }, description: 'De gemeenten van het plan (zonder de vergelijkingsgemeenten).' },
    },
  },
});

export type MonitoringplanGeevalueerdV1 = PayloadOf<typeof monitoringplanGeevalueerdV1>;
