import { GEMEENTECODE_PATTERN, PERIODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { defineContract, PayloadOf } from '../event-contract';
import { FromSchema } from '../schema-type';

export const METINGEN_AANGELEVERD_V1 = 'nl.koers.monitoring.metingen.aangeleverd.v1';

const AANGELEVERDE_METING_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['indicator', 'periode', 'waarde'],
  properties: {
    indicator: { type: 'string', minLength: 1, maxLength: 100 },
    gemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN, description: 'CBS-gemeentecode; ontbreekt bij een cijfer over de hele regio.' },
    periode: { type: 'string', pattern: PERIODE_PATTERN },
    waarde: { type: 'number' },
    teller: { type: 'number', minimum: 0 },
    noemer: { type: 'number', minimum: 0 },
  },
} as const;

export type AangeleverdeMeting = FromSchema<typeof AANGELEVERDE_METING_SCHEMA>;

/**
 * A system delivers measurements over the bus (e.g. a provider's registration or a regional data
 * warehouse). The monitoring service takes them in exactly as through the API: all or nothing.
 */
export const metingenAangeleverdV1 = defineContract({
  type: METINGEN_AANGELEVERD_V1,
  description: 'Metingen zijn aangeleverd via de berichtenbus (domain.md §6).',
  uitgever: 'extern',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['regio', 'bron', 'aanleverancier', 'metingen'],
    properties: {
      regio: { type: 'string', pattern: REGIO_PATTERN },
      bron: { type: 'string', minLength: 1, maxLength: 200 },
      aanleverancier: { type: 'string', minLength: 1, maxLength: 100, description: 'Wie levert: de organisatie (aanbieder) of de gemeentecode.' },
      metingen: { type: 'array', minItems: 1, maxItems: 10000, items: AANGELEVERDE_METING_SCHEMA },
    },
  },
});

export type MetingenAangeleverdV1 = PayloadOf<typeof metingenAangeleverdV1>;
