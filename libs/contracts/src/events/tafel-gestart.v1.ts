import { REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const TAFEL_GESTART_V1 = 'nl.koers.tafels.tafel.gestart.v1';

/** A koerstafel started on a signal with consensus (domain.md §2–3); signalen marks the signal `tafel_gestart`. */
export const tafelGestartV1 = defineContract({
  type: TAFEL_GESTART_V1,
  description: 'Een koerstafel is gestart op een signaal met consensus (domain.md §3).',
  uitgever: 'tafels',
  subject: (data) => data.tafelId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'regio', 'signaalId', 'gestartOp'],
    properties: {
      tafelId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      signaalId: { type: 'string', format: 'uuid' },
      gestartOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type TafelGestartV1 = PayloadOf<typeof tafelGestartV1>;
