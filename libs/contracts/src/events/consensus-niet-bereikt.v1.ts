import { ORGANISATIE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';
import { RONDE_BETROKKENEN_PROPERTIES } from './signaal-betrokkenen';

export const CONSENSUS_NIET_BEREIKT_V1 = 'nl.koers.signalen.consensus.niet_bereikt.v1';

/** A party disagreed: the round is closed; the behandelaar can amend the dossier and ask a new round (domain.md §2). */
export const consensusNietBereiktV1 = defineContract({
  type: CONSENSUS_NIET_BEREIKT_V1,
  description: 'Een partij is het oneens: de consensusronde is gesloten zonder consensus (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'consensusrondeId', 'regio', 'ronde', 'oneens', 'nietBereiktOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      consensusrondeId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      ronde: { type: 'integer', minimum: 1 },
      oneens: {
        type: 'array',
        minItems: 1,
        description: 'De organisaties die oneens hebben geantwoord.',
        items: { type: 'string', pattern: ORGANISATIE_PATTERN, maxLength: 100 },
      },
      nietBereiktOp: { type: 'string', format: 'date-time' },
      ...RONDE_BETROKKENEN_PROPERTIES,
    },
  },
});

export type ConsensusNietBereiktV1 = PayloadOf<typeof consensusNietBereiktV1>;
