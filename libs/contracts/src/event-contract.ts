/** A versioned event type with the JSON Schema (draft 2020-12 subset) its `data` must match. */
export interface EventContract<T> {
  type: string;
  description: string;
  schema: Record<string, unknown>;
  /** Phantom field so the payload type travels with the contract; never set. */
  readonly _payload?: T;
}
