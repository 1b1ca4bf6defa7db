import { REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const TAFEL_AFGEROND_V1 = 'nl.koers.tafels.tafel.afgerond.v1';

/**
 * The gemeente closed the table (`afgerond`) with what was learned: every agreement reached its
 * effect or was ended with a reason. signalen releases the signal's trend, so a later deviation of the
 * same gemeente + indicator opens a new signal. The lessons are free text and stay in tafels' API.
 */
export const tafelAfgerondV1 = defineContract({
  type: TAFEL_AFGEROND_V1,
  description: 'Een koerstafel is afgerond met de leerervaringen (domain.md §3); de leerervaringen staan alleen in de API van tafels.',
  uitgever: 'tafels',
  subject: (data) => data.tafelId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'regio', 'signaalId', 'afgerondOp'],
    properties: {
      tafelId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      signaalId: { type: 'string', format: 'uuid', description: 'Het signaal waarop de tafel was gestart' },
      afgerondOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type TafelAfgerondV1 = PayloadOf<typeof tafelAfgerondV1>;
