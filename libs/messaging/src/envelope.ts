import type { Message, Options } from 'amqplib';
import { CLOUDEVENTS_CONTENT_TYPE, CloudEvent } from '@koers/contracts';

/** The message is not a CloudEvent we can read: not JSON, or required attributes missing. `reason` in Dutch, for the beheerder. */
export class MalformedMessage extends Error {
  constructor(reason: string) {
    super(`Het bericht is niet leesbaar: ${reason}.`);
    this.name = 'MalformedMessage';
  }
}

/** The envelope's region and the payload's disagree: a fault of the sender that no retry cures, and no service may act on. */
export class RegioMismatch extends Error {
  constructor(envelope: string, data: string) {
    super(`De regio in de inhoud van het bericht (${data}) wijkt af van de regio van het bericht zelf (${envelope}).`);
    this.name = 'RegioMismatch';
  }
}

/** Refuses an event whose payload names another region than its envelope; payloads without `regio` pass. */
export function assertRegioKlopt(event: Pick<CloudEvent, 'regio' | 'data'>): void {
  const data = event.data as { regio?: unknown } | null;
  if (data && typeof data === 'object' && typeof data.regio === 'string' && data.regio !== event.regio) throw new RegioMismatch(event.regio, data.regio);
}

export interface EnvelopeAttributes {
  id: string;
  type: string;
  time?: string;
  traceparent?: string | null;
}

/** AMQP properties of a CloudEvent in structured mode: the body is the whole event as JSON. */
export function publishOptions(event: EnvelopeAttributes, appId: string): Options.Publish {
  const time = event.time ? Date.parse(event.time) : Date.now();
  return {
    contentType: CLOUDEVENTS_CONTENT_TYPE,
    messageId: event.id,
    type: event.type,
    persistent: true,
    timestamp: Math.floor((Number.isNaN(time) ? Date.now() : time) / 1000),
    appId,
    headers: event.traceparent ? { traceparent: event.traceparent } : {},
  };
}

export function encodeEvent(event: CloudEvent): Buffer {
  return Buffer.from(JSON.stringify(event));
}

export function decodeEvent(message: Pick<Message, 'content'>): CloudEvent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.content.toString('utf8'));
  } catch {
    throw new MalformedMessage('de inhoud is geen JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new MalformedMessage('de inhoud is geen JSON-object');
  const event = parsed as Partial<CloudEvent>;
  const missing = (['id', 'source', 'type', 'time', 'regio'] as const).filter((key) => typeof event[key] !== 'string' || !event[key]);
  if (event.specversion !== '1.0') missing.unshift('specversion' as never);
  if (!('data' in event)) missing.push('data' as never);
  if (missing.length) throw new MalformedMessage(`het is geen CloudEvent 1.0, want deze velden ontbreken of kloppen niet: ${missing.join(', ')}`);
  return event as CloudEvent;
}

/** The attempts recorded on a message, whatever type the header arrived as. */
export function attemptOf(message: Pick<Message, 'properties'>, header: string): number {
  const value = Number(message.properties.headers?.[header] ?? 0);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Properties to send a consumed message on (to a retry, dead-letter or service queue) unchanged but for its headers. */
export function republishOptions(message: Message, headers: Record<string, unknown>): Options.Publish {
  const p = message.properties;
  return {
    contentType: p.contentType,
    contentEncoding: p.contentEncoding,
    messageId: p.messageId,
    type: p.type,
    timestamp: p.timestamp,
    appId: p.appId,
    correlationId: p.correlationId,
    persistent: true,
    headers,
  };
}
