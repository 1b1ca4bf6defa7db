import { ORGANISATIE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';
import { FromSchema } from '../schema-type';

export const CONSENSUS_GEVRAAGD_V1 = 'nl.koers.signalen.consensus.gevraagd.v1';

/** Who can be a party to consensus: providers and client representatives (domain.md §2). */
export const CONSENSUS_PARTIJROLLEN = ['aanbieder', 'clientvertegenwoordiger'] as const;
export type ConsensusPartijrol = (typeof CONSENSUS_PARTIJROLLEN)[number];

export const CONSENSUS_PARTIJ_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['organisatie', 'rol'],
  properties: {
    organisatie: { type: 'string', pattern: ORGANISATIE_PATTERN, maxLength: 100 },
    rol: { enum: CONSENSUS_PARTIJROLLEN, description: 'De rol waarmee de gebruikers van de organisatie antwoorden.' },
  },
} as const;

export type ConsensusPartij = FromSchema<typeof CONSENSUS_PARTIJ_SCHEMA>;

/**
 * The behandelaar asks the named parties to agree on a signal. Notificaties routes the request to
 * the users of each named organisation in the region.
 */
export const consensusGevraagdV1 = defineContract({
  type: CONSENSUS_GEVRAAGD_V1,
  description: 'De behandelaar vraagt de genoemde partijen om consensus over een signaal (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'consensusrondeId', 'regio', 'ronde', 'titel', 'partijen', 'gevraagdOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      consensusrondeId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      ronde: { type: 'integer', minimum: 1, description: '1 voor de eerste ronde, 2 na een ronde zonder consensus, …' },
      titel: { type: 'string', minLength: 1, maxLength: 200 },
      partijen: { type: 'array', minItems: 1, items: CONSENSUS_PARTIJ_SCHEMA },
      gevraagdOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type ConsensusGevraagdV1 = PayloadOf<typeof consensusGevraagdV1>;
