import { GEMEENTECODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { CONSENSUS_PARTIJ_SCHEMA } from './consensus-gevraagd.v1';
import { defineContract, PayloadOf } from '../event-contract';

export const TERMIJN_VERSTREKEN_V1 = 'nl.koers.signalen.termijn.verstreken.v1';

/** `opnemen`: nobody took up a submitted signal in time; `beantwoorden`: a consensus round was not answered in time. */
export const TERMIJNSOORTEN = ['opnemen', 'beantwoorden'] as const;
export type Termijnsoort = (typeof TERMIJNSOORTEN)[number];

/**
 * A deadline of a signal passed (working days, per region). Emitted once per deadline. For an
 * unanswered round it names the organisations that have not answered yet.
 */
export const termijnVerstrekenV1 = defineContract({
  type: TERMIJN_VERSTREKEN_V1,
  description: 'Een termijn van een signaal is verstreken: niet op tijd opgepakt, of een consensusronde niet op tijd beantwoord.',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'regio', 'titel', 'gemeenten', 'soort', 'uiterlijk'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      titel: { type: 'string', minLength: 1, maxLength: 200 },
      gemeenten: { type: 'array', minItems: 1, items: { type: 'string', pattern: GEMEENTECODE_PATTERN } },
      soort: { enum: TERMIJNSOORTEN },
      uiterlijk: { type: 'string', format: 'date', description: 'De laatste dag (Nederlandse kalenderdatum) waarop de stap nog op tijd was.' },
      consensusrondeId: { type: 'string', format: 'uuid' },
      nogNietGeantwoord: { type: 'array', items: CONSENSUS_PARTIJ_SCHEMA },
    },
  },
});

export type TermijnVerstrekenV1 = PayloadOf<typeof termijnVerstrekenV1>;
