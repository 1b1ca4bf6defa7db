import { REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const VERSLAG_REACTIETERMIJN_VERSTREKEN_V1 = 'nl.koers.tafels.verslag.reactietermijn_verstreken.v1';

/**
 * The remark term of concept minutes is over: the behandelaar can adopt them now, answering every
 * remark. Emitted once per minutes. Ids, a time and a count; never a remark's text.
 */
export const verslagReactietermijnVerstrekenV1 = defineContract({
  type: VERSLAG_REACTIETERMIJN_VERSTREKEN_V1,
  description: 'De reactietermijn op een conceptverslag is voorbij; de behandelaar van de tafel kan het verslag vaststellen.',
  uitgever: 'tafels',
  subject: (data) => data.bijeenkomstId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'bijeenkomstId', 'regio', 'behandelaar', 'reactiesTot', 'opmerkingen'],
    properties: {
      tafelId: { type: 'string', format: 'uuid' },
      bijeenkomstId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      behandelaar: { type: 'string', minLength: 1, description: 'Keycloak-id van de behandelaar van de tafel, die het verslag vaststelt' },
      reactiesTot: { type: 'string', format: 'date-time', description: 'Het eerste moment na de reactietermijn' },
      opmerkingen: { type: 'integer', minimum: 0, description: 'Hoeveel opmerkingen een antwoord nodig hebben' },
    },
  },
});

export type VerslagReactietermijnVerstrekenV1 = PayloadOf<typeof verslagReactietermijnVerstrekenV1>;
