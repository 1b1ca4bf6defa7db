import { GEMEENTECODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';
import { SIGNAAL_BETROKKENEN_PROPERTIES } from './signaal-betrokkenen';

export const SIGNAAL_IN_BEHANDELING_GENOMEN_V1 = 'nl.koers.signalen.signaal.in_behandeling_genomen.v1';

/**
 * A gemeente took a signal up and prepares its dossier (domain.md §2: `ingediend` → `in_voorbereiding`).
 * The behandelaar appears by gemeente only, like every person in Koers events.
 */
export const signaalInBehandelingGenomenV1 = defineContract({
  type: SIGNAAL_IN_BEHANDELING_GENOMEN_V1,
  description: 'Een gemeente heeft een signaal in behandeling genomen (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'regio', 'gemeenten', 'behandelaarGemeente', 'genomenOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      gemeenten: { type: 'array', minItems: 1, items: { type: 'string', pattern: GEMEENTECODE_PATTERN } },
      behandelaarGemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN },
      genomenOp: { type: 'string', format: 'date-time' },
      titel: SIGNAAL_BETROKKENEN_PROPERTIES.titel,
      indienerRol: SIGNAAL_BETROKKENEN_PROPERTIES.indienerRol,
      indienerSub: SIGNAAL_BETROKKENEN_PROPERTIES.indienerSub,
    },
  },
});

export type SignaalInBehandelingGenomenV1 = PayloadOf<typeof signaalInBehandelingGenomenV1>;
