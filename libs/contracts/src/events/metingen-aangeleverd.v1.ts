import { GEMEENTECODE_PATTERN, PERIODE_PATTERN, REGIO_PATTERN } from '../waarden';
import { EventContract } from '../event-contract';

export const METINGEN_AANGELEVERD_V1 = 'nl.koers.monitoring.metingen.aangeleverd.v1';

export interface AangeleverdeMeting {
  indicator: string;
  /** CBS code; absent for a figure about the whole region. */
  gemeente?: string;
  periode: string;
  waarde: number;
  teller?: number;
  noemer?: number;
}

/**
 * A system delivers measurements over the bus (e.g. a provider's registration or a regional data
 * warehouse). The monitoring service takes them in exactly as through the API: all or nothing.
 */
export interface MetingenAangeleverdV1 {
  regio: string;
  bron: string;
  /** Who delivers: the organisation (provider) or gemeente code. */
  aanleverancier: string;
  metingen: AangeleverdeMeting[];
}

export const metingenAangeleverdV1: EventContract<MetingenAangeleverdV1> = {
  type: METINGEN_AANGELEVERD_V1,
  description: 'Metingen zijn aangeleverd via de berichtenbus (domain.md §6).',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['regio', 'bron', 'aanleverancier', 'metingen'],
    properties: {
      regio: { type: 'string', pattern: REGIO_PATTERN },
      bron: { type: 'string', minLength: 1, maxLength: 200 },
      aanleverancier: { type: 'string', minLength: 1, maxLength: 100 },
      metingen: {
        type: 'array',
        minItems: 1,
        maxItems: 10000,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['indicator', 'periode', 'waarde'],
          properties: {
            indicator: { type: 'string', minLength: 1, maxLength: 100 },
            gemeente: { type: 'string', pattern: GEMEENTECODE_PATTERN },
            periode: { type: 'string', pattern: PERIODE_PATTERN },
            waarde: { type: 'number' },
            teller: { type: 'number', minimum: 0 },
            noemer: { type: 'number', minimum: 0 },
          },
        },
      },
    },
  },
};
