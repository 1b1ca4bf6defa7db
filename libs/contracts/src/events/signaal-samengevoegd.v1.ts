import { REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';
import { SIGNAAL_BETROKKENEN_PROPERTIES } from './signaal-betrokkenen';

export const SIGNAAL_SAMENGEVOEGD_V1 = 'nl.koers.signalen.signaal.samengevoegd.v1';

/**
 * The same trend was raised twice: `signaalId` now lives on in `samengevoegdMet`, an open signal of
 * the same region (domain.md §2, side exit `samengevoegd`).
 */
export const signaalSamengevoegdV1 = defineContract({
  type: SIGNAAL_SAMENGEVOEGD_V1,
  description: 'Een signaal is samengevoegd met een ander open signaal van dezelfde regio (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'regio', 'samengevoegdMet', 'samengevoegdOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      samengevoegdMet: { type: 'string', format: 'uuid' },
      reden: { type: 'string', minLength: 1, maxLength: 2000 },
      samengevoegdOp: { type: 'string', format: 'date-time' },
      ...SIGNAAL_BETROKKENEN_PROPERTIES,
    },
  },
});

export type SignaalSamengevoegdV1 = PayloadOf<typeof signaalSamengevoegdV1>;
