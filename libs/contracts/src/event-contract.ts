import { CloudEvent, createCloudEvent } from './cloud-event';
import { FromSchema, JsonSchema } from './schema-type';

/** Every payload names the region it belongs to; the envelope's `regio` is taken from it. */
export interface Payload {
  regio: string;
}

/** Who publishes an event type: a Koers service, or systems outside Koers (through the bus). */
export type Uitgever = 'signalen' | 'tafels' | 'pilots' | 'consent' | 'monitoring' | 'notificaties' | 'extern';

/** What the envelope needs beyond the payload: the publisher's `source` and, where known, the trace. */
export interface EnvelopeContext {
  source: string;
  traceparent?: string;
  /** A chosen event id (default: a new UUID), e.g. one already written next to the state change. */
  id?: string;
  time?: Date;
}

/** A versioned event type with the JSON Schema (draft 2020-12 subset) its `data` must match. */
export interface EventContract<T extends Payload = Payload> {
  type: string;
  description: string;
  schema: JsonSchema;
  uitgever: Uitgever;
  /** The record the event is about (CloudEvents `subject`); webhooks deliver per subject in order. */
  subject(data: T): string | undefined;
  /** The CloudEvent of this type for `data`: type, subject, regio and dataschema follow from the contract. */
  build(data: T, context: EnvelopeContext): CloudEvent<T>;
  /** Phantom field so the payload type travels with the contract; never set. */
  readonly _payload?: T;
}

export type PayloadOf<C> = C extends EventContract<infer T> ? T : never;

/** An object schema with a required `regio`, so that the envelope can name the region. */
type PayloadSchema = JsonSchema & { type: 'object'; required: readonly string[]; properties: { regio: { type: 'string' } } };

/** A contract from its schema; the payload type is derived from the schema. */
export function defineContract<const S extends PayloadSchema>(definition: {
  type: string;
  description: string;
  uitgever: Uitgever;
  schema: S;
  subject?: (data: FromSchema<S>) => string | undefined;
}): EventContract<Extract<FromSchema<S>, Payload>> {
  const { subject = () => undefined, ...rest } = definition;
  return {
    ...rest,
    subject,
    build(data: Extract<FromSchema<S>, Payload>, context: EnvelopeContext) {
      return createCloudEvent({ ...context, type: definition.type, regio: data.regio, subject: subject(data), data });
    },
  };
}
