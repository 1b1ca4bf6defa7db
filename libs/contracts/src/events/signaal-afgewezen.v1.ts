import { GEMEENTECODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { EventContract } from '../event-contract';

export const SIGNAAL_AFGEWEZEN_V1 = 'nl.koers.signalen.signaal.afgewezen.v1';

/** A signal was rejected, with the reason the submitter will read (domain.md §2, side exit `afgewezen`). */
export interface SignaalAfgewezenV1 {
  signaalId: string;
  regio: string;
  gemeenten: string[];
  reden: string;
  afgewezenOp: string;
}

export const signaalAfgewezenV1: EventContract<SignaalAfgewezenV1> = {
  type: SIGNAAL_AFGEWEZEN_V1,
  description: 'Een signaal is afgewezen, met reden (domain.md §2).',
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
    },
  },
};
