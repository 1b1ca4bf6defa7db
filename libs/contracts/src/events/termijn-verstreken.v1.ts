import { GEMEENTECODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { CONSENSUS_PARTIJ_SCHEMA, ConsensusPartij } from './consensus-gevraagd.v1';
import { EventContract } from '../event-contract';

export const TERMIJN_VERSTREKEN_V1 = 'nl.koers.signalen.termijn.verstreken.v1';

/** `opnemen`: nobody took up a submitted signal in time; `beantwoorden`: a consensus round was not answered in time. */
export const TERMIJNSOORTEN = ['opnemen', 'beantwoorden'] as const;
export type Termijnsoort = (typeof TERMIJNSOORTEN)[number];

/**
 * A deadline of a signal passed (working days, per region). Emitted once per deadline. For an
 * unanswered round it names the organisations that have not answered yet.
 */
export interface TermijnVerstrekenV1 {
  signaalId: string;
  regio: string;
  titel: string;
  gemeenten: string[];
  soort: Termijnsoort;
  /** The last day (Dutch calendar date) on which the step was still in time. */
  uiterlijk: string;
  consensusrondeId?: string;
  nogNietGeantwoord?: ConsensusPartij[];
}

export const termijnVerstrekenV1: EventContract<TermijnVerstrekenV1> = {
  type: TERMIJN_VERSTREKEN_V1,
  description: 'Een termijn van een signaal is verstreken: niet op tijd opgepakt, of een consensusronde niet op tijd beantwoord.',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'regio', 'titel', 'gemeenten', 'soort', 'uiterlijk'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      titel: { type: 'string', minLength: 1, maxLength: 200 },
      gemeenten: { type: 'array', minItems: 1, items: { type: 'string', pattern: GEMEENTECODE_PATTERN } },
      soort: { enum: [...TERMIJNSOORTEN] },
      uiterlijk: { type: 'string', format: 'date' },
      consensusrondeId: { type: 'string', format: 'uuid' },
      nogNietGeantwoord: { type: 'array', items: CONSENSUS_PARTIJ_SCHEMA },
    },
  },
};
