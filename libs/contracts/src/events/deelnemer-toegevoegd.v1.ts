import { ORGANISATIE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const DEELNEMER_TOEGEVOEGD_V1 = 'nl.koers.tafels.deelnemer.toegevoegd.v1';

/** Someone takes part in a koerstafel: ids and roles only, never a guest's alias (domain.md §3). */
export const deelnemerToegevoegdV1 = defineContract({
  type: DEELNEMER_TOEGEVOEGD_V1,
  description: 'Iemand neemt deel aan een koerstafel, met zijn rol; alleen ids en rollen, nooit de alias van een gast (domain.md §3).',
  uitgever: 'tafels',
  subject: (data) => data.tafelId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['tafelId', 'deelnemerId', 'regio', 'rol', 'toegevoegdOp'],
    properties: {
      tafelId: { type: 'string', format: 'uuid' },
      deelnemerId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      rol: { enum: ['gemeente', 'aanbieder', 'clientvertegenwoordiger', 'jurist', 'gast'] },
      sub: { type: 'string', minLength: 1, maxLength: 100, description: 'Keycloak-id van een gebruiker; ontbreekt bij een gast' },
      organisatie: { type: 'string', pattern: ORGANISATIE_PATTERN, maxLength: 100, description: 'Bij een gast: de cliëntorganisatie die hem aanmeldde' },
      toegevoegdOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type DeelnemerToegevoegdV1 = PayloadOf<typeof deelnemerToegevoegdV1>;
