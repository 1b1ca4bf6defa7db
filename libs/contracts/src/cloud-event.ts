import { randomUUID } from 'node:crypto';

/**
 * A domain event in a CloudEvents 1.0 envelope, structured mode, following the NL GOV profile:
 * `source` is a URN naming the operating organisation and system, `type` is reverse-DNS with one
 * `v` version, and the extension `regio` carries the tenant so no consumer ever has to guess it.
 * `time` is the moment the event was recorded (written to the outbox), not a real-world time.
 */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject?: string;
  datacontenttype: 'application/json';
  dataschema: string;
  regio: string;
  /** W3C trace context of the request that caused the event, so logs can follow it. */
  traceparent?: string;
  data: T;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

export function dataschemaFor(type: string): string {
  return `urn:nl-koers:schema:${type}`;
}

export interface NewEvent<T> {
  type: string;
  source: string;
  regio: string;
  subject?: string;
  data: T;
  traceparent?: string;
  id?: string;
  time?: Date;
}

export function createCloudEvent<T>(event: NewEvent<T>): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: event.id ?? randomUUID(),
    source: event.source,
    type: event.type,
    time: (event.time ?? new Date()).toISOString(),
    ...(event.subject ? { subject: event.subject } : {}),
    datacontenttype: 'application/json',
    dataschema: dataschemaFor(event.type),
    regio: event.regio,
    ...(event.traceparent ? { traceparent: event.traceparent } : {}),
    data: event.data,
  };
}

/**
 * The envelope as JSON Schema, for documents that describe the events to others (AsyncAPI): the
 * CloudEvents 1.0 attributes Koers sets, with the extensions `regio` and `traceparent`. `type`,
 * `dataschema` and `data` are narrowed per event type.
 */
export const CLOUD_EVENT_SCHEMA = {
  type: 'object',
  required: ['specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'dataschema', 'regio', 'data'],
  properties: {
    specversion: { const: '1.0' },
    id: { type: 'string', minLength: 1, description: 'Uniek per event; dezelfde bij elke herhaling van de aflevering: gebruik het om dubbele te negeren.' },
    source: { type: 'string', format: 'uri', description: 'URN van de organisatie en het systeem dat het event uitgaf (NL GOV-profiel voor CloudEvents).' },
    type: { type: 'string', description: 'Het eventtype in omgekeerde DNS-notatie met versie; ook de routing key.' },
    time: { type: 'string', format: 'date-time', description: 'Wanneer het event is vastgelegd.' },
    subject: { type: 'string', description: 'Het record waarover het event gaat; events over hetzelfde record komen in volgorde.' },
    datacontenttype: { const: 'application/json' },
    dataschema: { type: 'string', format: 'uri' },
    regio: { type: 'string', description: 'De jeugdhulpregio (tenant) van het event; gelijk aan data.regio.' },
    traceparent: { type: 'string', description: 'W3C Trace Context van het verzoek dat het event veroorzaakte.' },
    data: { type: 'object' },
  },
} as const;
