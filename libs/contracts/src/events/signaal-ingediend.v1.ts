import { GEMEENTECODE_PATTERN, REGIO_PATTERN, Rol, ROLLEN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';

export const SIGNAAL_INGEDIEND_V1 = 'nl.koers.signalen.signaal.ingediend.v1';

export const SIGNAAL_BRONNEN = ['beleidsinformatie', 'contractdoel', 'partnerverzoek'] as const;
export type SignaalBron = (typeof SIGNAAL_BRONNEN)[number];

/** Who submitted: a role, or `systeem` for a signal Koers raised itself (a course deviation). */
export type Indiener = Rol | 'systeem';
export const INDIENERS = [...ROLLEN, 'systeem'] as const satisfies readonly Indiener[];

/** A signal was submitted. Carries no personal data: the submitter appears by role and organisation only. */
export const signaalIngediendV1 = defineContract({
  type: SIGNAAL_INGEDIEND_V1,
  description: 'Een signaal is ingediend (domain.md §2).',
  uitgever: 'signalen',
  subject: (data) => data.signaalId,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['signaalId', 'regio', 'bron', 'titel', 'gemeenten', 'indienerRol', 'ingediendOp'],
    properties: {
      signaalId: { type: 'string', format: 'uuid' },
      regio: { type: 'string', pattern: REGIO_PATTERN },
      bron: { enum: SIGNAAL_BRONNEN },
      titel: { type: 'string', minLength: 1, maxLength: 200 },
      gemeenten: { type: 'array', minItems: 1, items: { type: 'string', pattern: GEMEENTECODE_PATTERN } },
      indienerRol: { enum: INDIENERS },
      indienerOrganisatie: { type: 'string', minLength: 1, maxLength: 100 },
      ingediendOp: { type: 'string', format: 'date-time' },
    },
  },
});

export type SignaalIngediendV1 = PayloadOf<typeof signaalIngediendV1>;
