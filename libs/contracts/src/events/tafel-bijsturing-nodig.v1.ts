import { REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const TAFEL_BIJSTURING_NODIG_V1 = 'nl.koers.tafels.tafel.bijsturing_nodig.v1';

/**
 * Monitoring judged an agreement of a table in `monitoring` `niet_bereikt`: the table must steer
 * (domain.md §3, `bijsturen`). The participants are told; only ids travel, no free text.
 */
export const tafelBijsturingNodigV1 = defineContract({
  type: TAFEL_BIJSTURING_NODIG_V1,
  description: 'Een afspraak van een koerstafel bereikte haar effect niet; de tafel moet bijsturen (domain.md §3).',
  uitgever: 'tafels',
  subject: (data) => data.tafelId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'regio', 'afspraakIds', 'monitoringplanId', 'vastgesteldOp'],
    properties: {
      tafelId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      afspraakIds: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', format: 'uuid' },
        description: 'De huidige afspraken van de tafel waarvan het laatste oordeel niet_bereikt is',
      },
      monitoringplanId: { type: 'string', format: 'uuid', description: 'Het monitoringplan waarvan het oordeel de bijsturing nodig maakte' },
      vastgesteldOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type TafelBijsturingNodigV1 = PayloadOf<typeof tafelBijsturingNodigV1>;
