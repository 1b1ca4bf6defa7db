import { GEMEENTECODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';
import { SIGNAAL_BETROKKENEN_PROPERTIES } from './signaal-betrokkenen';

export const SIGNAAL_AFGEWEZEN_V1 = 'nl.koers.signalen.signaal.afgewezen.v1';

/** A signal was rejected, with the reason the submitter will read (domain.md §2, side exit `afgewezen`). */
export const signaalAfgewezenV1 = defineContract({
  type: SIGNAAL_AFGEWEZEN_V1,
  description: 'Een signaal is afgewezen, met reden (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'regio', 'gemeenten', 'reden', 'afgewezenOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      gemeenten: { type: 'array', minItems: 1, items: { type: 'string', pattern: GEMEENTECODE_PATTERN } },
      reden: { type: 'string', minLength: 1, maxLength: 2000 },
      afgewezenOp: { type: 'string', format: 'date-time' },
      ...SIGNAAL_BETROKKENEN_PROPERTIES,
    },
  },
});

export type SignaalAfgewezenV1 = PayloadOf<typeof signaalAfgewezenV1>;
