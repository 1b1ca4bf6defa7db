import { ORGANISATIE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';
import { RONDE_BETROKKENEN_PROPERTIES } from './signaal-betrokkenen';

export const CONSENSUS_BEREIKT_V1 = 'nl.koers.signalen.consensus.bereikt.v1';

/** Every named party agreed: the signal may now start a koerstafel (domain.md §2). */
export const consensusBereiktV1 = defineContract({
  type: CONSENSUS_BEREIKT_V1,
  description: 'Alle genoemde partijen zijn het eens: consensus over het signaal is bereikt (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'consensusrondeId', 'regio', 'ronde', 'partijen', 'bereiktOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      consensusrondeId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      ronde: { type: 'integer', minimum: 1 },
      partijen: { type: 'array', minItems: 1, items: { type: 'string', pattern: ORGANISATIE_PATTERN, maxLength: 100 } },
      bereiktOp: { type: 'string', format: 'date-time' },
      ...RONDE_BETROKKENEN_PROPERTIES,
    },
  },
});

export type ConsensusBereiktV1 = PayloadOf<typeof consensusBereiktV1>;
