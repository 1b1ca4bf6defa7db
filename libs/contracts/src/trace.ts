import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * W3C Trace Context (`traceparent`), the correlation id that follows a request into the events it
 * causes and into the handlers of those events (CloudEvents distributed-tracing extension).
 */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const storage = new AsyncLocalStorage<{ traceparent: string }>();

export function isTraceparent(value: unknown): value is string {
  return typeof value === 'string' && TRACEPARENT.test(value) && !/^00-0{32}-/.test(value) && !/-0{16}-/.test(value);
}

export function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

/** Same trace, new span: what a hop (a request handler, an event handler) records as its own position. */
export function childTraceparent(parent: string | undefined): string {
  const match = parent && isTraceparent(parent) ? TRACEPARENT.exec(parent) : null;
  return match ? `00-${match[1]}-${randomBytes(8).toString('hex')}-${match[3]}` : newTraceparent();
}

export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent ? TRACEPARENT.exec(traceparent)?.[1] : undefined;
}

export function runWithTraceparent<R>(traceparent: string, fn: () => R): R {
  return storage.run({ traceparent }, fn);
}

export function currentTraceparent(): string | undefined {
  return storage.getStore()?.traceparent;
}
