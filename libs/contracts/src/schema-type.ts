/**
 * The TypeScript type a JSON Schema describes, for the subset the contracts use (object, array,
 * string, number, integer, boolean, enum). A contract writes its schema once; its payload type is
 * derived, so the two cannot say different things.
 */
export type FromSchema<S> = S extends { enum: readonly (infer E)[] }
  ? E
  : S extends { type: 'string' }
    ? string
    : S extends { type: 'number' | 'integer' }
      ? number
      : S extends { type: 'boolean' }
        ? boolean
        : S extends { type: 'array'; items: infer I }
          ? FromSchema<I>[]
          : S extends { type: 'object'; properties: infer P }
            ? ObjectFrom<P, S extends { required: readonly (infer R)[] } ? R : never>
            : unknown;

type ObjectFrom<P, R> = Flat<{ -readonly [K in keyof P & R]: FromSchema<P[K]> } & { -readonly [K in Exclude<keyof P, R>]?: FromSchema<P[K]> }>;

/** One object type instead of an intersection, so editors show the fields. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** What the contracts' schemas are made of (draft 2020-12 keywords the validators know). */
export type JsonSchema = { readonly [keyword: string]: unknown };
