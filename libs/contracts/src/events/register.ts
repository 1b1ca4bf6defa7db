import { FromSchema } from '../schema-type';
import { GEMEENTECODE_PATTERN, INDICATOR_RICHTINGEN, INDICATORCODE_PATTERN, REGIO_PATTERN } from '../waarden';

/**
 * The region register that monitoring owns (gemeenten and the region's indicator catalogue), as it
 * travels in events and in monitoring's `GET /v1/register`. `versie` counts the changes of one item,
 * so a consumer keeps the newest whatever order copies arrive in.
 */
export const REGISTER_GEMEENTE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'naam', 'versie'],
  properties: {
    code: { type: 'string', pattern: GEMEENTECODE_PATTERN },
    naam: { type: 'string', minLength: 1, maxLength: 100 },
    versie: { type: 'integer', minimum: 1 },
  },
} as const;

/** An indicator as a region sees it: its own, or one of the national catalogue (`landelijk`). */
export const REGISTER_INDICATOR_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'naam', 'definitie', 'eenheid', 'richting', 'bron', 'landelijk', 'versie'],
  properties: {
    code: { type: 'string', pattern: INDICATORCODE_PATTERN },
    naam: { type: 'string', minLength: 1, maxLength: 200 },
    definitie: { type: 'string', minLength: 1, maxLength: 2000 },
    eenheid: { type: 'string', minLength: 1, maxLength: 50 },
    richting: { enum: INDICATOR_RICHTINGEN },
    bron: { type: 'string', minLength: 1, maxLength: 200 },
    landelijk: { type: 'boolean' },
    versie: { type: 'integer', minimum: 1 },
  },
} as const;

export type RegisterGemeente = FromSchema<typeof REGISTER_GEMEENTE_SCHEMA>;
export type RegisterIndicator = FromSchema<typeof REGISTER_INDICATOR_SCHEMA>;

export const REGIO_SCHEMA = { type: 'string', pattern: REGIO_PATTERN } as const;

type ItemSchema = { type: 'object'; additionalProperties: false; required: readonly string[]; properties: object };

/** The schema of an event about one register item of a region: the item's fields and `regio`, flat. */
export function vanRegio<const S extends ItemSchema>(item: S) {
  const schema: unknown = { ...item, required: ['regio', ...item.required], properties: { regio: REGIO_SCHEMA, ...item.properties } };
  return schema as {
    type: 'object';
    additionalProperties: false;
    required: readonly ['regio', ...S['required']];
    properties: { regio: typeof REGIO_SCHEMA } & S['properties'];
  };
}
