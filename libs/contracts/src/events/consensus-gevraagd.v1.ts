import { ORGANISATIE_PATTERN, REGIO_PATTERN } from '../waarden';
import { EventContract } from '../event-contract';

export const CONSENSUS_GEVRAAGD_V1 = 'nl.koers.signalen.consensus.gevraagd.v1';

/** Who can be a party to consensus: providers and client representatives (domain.md §2). */
export const CONSENSUS_PARTIJROLLEN = ['aanbieder', 'clientvertegenwoordiger'] as const;
export type ConsensusPartijrol = (typeof CONSENSUS_PARTIJROLLEN)[number];

export interface ConsensusPartij {
  organisatie: string;
  /** The role through which the organisation's users answer. */
  rol: ConsensusPartijrol;
}

export const CONSENSUS_PARTIJ_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['organisatie', 'rol'],
  properties: {
    organisatie: { type: 'string', pattern: ORGANISATIE_PATTERN, maxLength: 100 },
    rol: { enum: [...CONSENSUS_PARTIJROLLEN] },
  },
} as const;

/**
 * The behandelaar asks the named parties to agree on a signal. Notificaties routes the request to
 * the users of each named organisation in the region.
 */
export interface ConsensusGevraagdV1 {
  signaalId: string;
  consensusrondeId: string;
  regio: string;
  /** 1 for the first round, 2 after one round was not reached, ... */
  ronde: number;
  titel: string;
  partijen: ConsensusPartij[];
  gevraagdOp: string;
}

export const consensusGevraagdV1: EventContract<ConsensusGevraagdV1> = {
  type: CONSENSUS_GEVRAAGD_V1,
  description: 'De behandelaar vraagt de genoemde partijen om consensus over een signaal (domain.md §2).',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'consensusrondeId', 'regio', 'ronde', 'titel', 'partijen', 'gevraagdOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      consensusrondeId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      ronde: { type: 'integer', minimum: 1 },
      titel: { type: 'string', minLength: 1, maxLength: 200 },
      partijen: {
        type: 'array',
        minItems: 1,
        items: CONSENSUS_PARTIJ_SCHEMA,
      },
      gevraagdOp: { type: 'string', format: 'date-time' },
    },
  },
};
