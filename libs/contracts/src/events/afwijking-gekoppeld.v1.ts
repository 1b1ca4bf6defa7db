import { GEMEENTECODE_PATTERN, PERIODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { AFWIJKING_REGELS } from './afwijking-gedetecteerd.v1';
import { defineContract, PayloadOf } from '../event-contract';

export const AFWIJKING_GEKOPPELD_V1 = 'nl.koers.signalen.afwijking.gekoppeld.v1';

/**
 * A new deviation of a gemeente + indicator whose signal already has a koerstafel that is not
 * `afgerond`: signalen attaches it to that signal instead of opening a second one, and tafels shows it
 * in the table's follow-up. No figures travel: the table reads them in monitoring, under the
 * viewer's own suppression.
 */
export const afwijkingGekoppeldV1 = defineContract({
  type: AFWIJKING_GEKOPPELD_V1,
  description: 'Een nieuwe afwijking van een reeks is gekoppeld aan het signaal waarop al een koerstafel loopt (domain.md §2, §3).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'tafelId', 'regio', 'afwijkingId', 'indicator', 'regel', 'laatstePeriode', 'gekoppeldOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      tafelId: { type: 'string', format: 'uuid', description: 'De koerstafel op het signaal' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      afwijkingId: { type: 'string', format: 'uuid', description: 'De id van het event nl.koers.monitoring.afwijking.gedetecteerd.v1' },
      gemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN },
      indicator: { type: 'string', minLength: 1, maxLength: 100 },
      regel: { enum: AFWIJKING_REGELS },
      laatstePeriode: { type: 'string', pattern: PERIODE_PATTERN },
      gekoppeldOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type AfwijkingGekoppeldV1 = PayloadOf<typeof afwijkingGekoppeldV1>;
