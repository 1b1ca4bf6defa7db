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
