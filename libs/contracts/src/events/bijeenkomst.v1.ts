import { REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const BIJEENKOMST_GEPLAND_V1 = 'nl.koers.tafels.bijeenkomst.gepland.v1';
export const BIJEENKOMST_VERPLAATST_V1 = 'nl.koers.tafels.bijeenkomst.verplaatst.v1';
export const BIJEENKOMST_GEANNULEERD_V1 = 'nl.koers.tafels.bijeenkomst.geannuleerd.v1';
export const BIJEENKOMST_GEHOUDEN_V1 = 'nl.koers.tafels.bijeenkomst.gehouden.v1';

/**
 * Ids and times only: the place, the online link and the agenda stay in tafels, where only the
 * table's participants (and notificaties, to write the invitation) may read them — so a webhook
 * subscriber never receives a meeting link.
 */
const moment = (description: string) => ({ type: 'string', format: 'date-time', description }) as const;
const tafelEnBijeenkomst = {
  tafelId: { type: 'string', format: 'uuid' },
  bijeenkomstId: { type: 'string', format: 'uuid' },
  regio: { type: 'string', pattern: REGIO_PATTERN },
} as const;
const volgnummer = {
  type: 'integer',
  minimum: 0,
  description: 'Telt op bij elke wijziging van de bijeenkomst (SEQUENCE van de iCalendar-uitnodiging, RFC 5545 §3.8.7.4)',
} as const;

export const bijeenkomstGeplandV1 = defineContract({
  type: BIJEENKOMST_GEPLAND_V1,
  description: 'De behandelaar heeft een bijeenkomst van een koerstafel gepland; de deelnemers krijgen een uitnodiging.',
  uitgever: 'tafels',
  subject: (data) => data.bijeenkomstId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'bijeenkomstId', 'regio', 'start', 'eind', 'volgnummer', 'geplandOp'],
    properties: {
      ...tafelEnBijeenkomst,
      start: moment('Begin van de bijeenkomst'),
      eind: moment('Einde van de bijeenkomst'),
      volgnummer,
      geplandOp: moment('Wanneer de bijeenkomst werd gepland'),
    },
  },
});

export const bijeenkomstVerplaatstV1 = defineContract({
  type: BIJEENKOMST_VERPLAATST_V1,
  description: 'De behandelaar heeft een bijeenkomst verplaatst (andere tijd, plaats of agenda); de deelnemers krijgen een gewijzigde uitnodiging.',
  uitgever: 'tafels',
  subject: (data) => data.bijeenkomstId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'bijeenkomstId', 'regio', 'start', 'eind', 'volgnummer', 'verplaatstOp'],
    properties: {
      ...tafelEnBijeenkomst,
      start: moment('Nieuw begin van de bijeenkomst'),
      eind: moment('Nieuw einde van de bijeenkomst'),
      volgnummer,
      verplaatstOp: moment('Wanneer de bijeenkomst werd verplaatst'),
    },
  },
});

export const bijeenkomstGeannuleerdV1 = defineContract({
  type: BIJEENKOMST_GEANNULEERD_V1,
  description: 'De behandelaar heeft een bijeenkomst geannuleerd; de deelnemers krijgen een annulering.',
  uitgever: 'tafels',
  subject: (data) => data.bijeenkomstId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'bijeenkomstId', 'regio', 'volgnummer', 'geannuleerdOp'],
    properties: {
      ...tafelEnBijeenkomst,
      volgnummer,
      geannuleerdOp: moment('Wanneer de bijeenkomst werd geannuleerd'),
    },
  },
});

export const bijeenkomstGehoudenV1 = defineContract({
  type: BIJEENKOMST_GEHOUDEN_V1,
  description:
    'De gemeente heeft het verslag van een bijeenkomst vastgelegd (de tafel is gehouden); het concept gaat naar de deelnemers, die tot de reactietermijn mogen reageren.',
  uitgever: 'tafels',
  subject: (data) => data.bijeenkomstId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'bijeenkomstId', 'regio', 'reactiesTot', 'vastgelegdOp'],
    properties: {
      ...tafelEnBijeenkomst,
      reactiesTot: moment('Tot wanneer deelnemers op het conceptverslag mogen reageren (werkdagen van de regio)'),
      vastgelegdOp: moment('Wanneer het verslag werd vastgelegd'),
    },
  },
});

export type BijeenkomstGeplandV1 = PayloadOf<typeof bijeenkomstGeplandV1>;
export type BijeenkomstVerplaatstV1 = PayloadOf<typeof bijeenkomstVerplaatstV1>;
export type BijeenkomstGeannuleerdV1 = PayloadOf<typeof bijeenkomstGeannuleerdV1>;
export type BijeenkomstGehoudenV1 = PayloadOf<typeof bijeenkomstGehoudenV1>;
