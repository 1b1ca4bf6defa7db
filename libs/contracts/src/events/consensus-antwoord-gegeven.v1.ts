import { ORGANISATIE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const CONSENSUS_ANTWOORD_GEGEVEN_V1 = 'nl.koers.signalen.consensus.antwoord_gegeven.v1';

export const CONSENSUS_STANDPUNTEN = ['eens', 'eens_met_aanvulling', 'oneens'] as const;
export type ConsensusStandpunt = (typeof CONSENSUS_STANDPUNTEN)[number];

/** A named party took its position in a consensus round. The texts stay in signalen (read them over the API). */
export const consensusAntwoordGegevenV1 = defineContract({
  type: CONSENSUS_ANTWOORD_GEGEVEN_V1,
  description: 'Een genoemde partij heeft haar standpunt gegeven in een consensusronde (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'consensusrondeId', 'regio', 'organisatie', 'standpunt', 'gegevenOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      consensusrondeId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      organisatie: { type: 'string', pattern: ORGANISATIE_PATTERN, maxLength: 100 },
      standpunt: { enum: CONSENSUS_STANDPUNTEN },
      gegevenOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type ConsensusAntwoordGegevenV1 = PayloadOf<typeof consensusAntwoordGegevenV1>;
