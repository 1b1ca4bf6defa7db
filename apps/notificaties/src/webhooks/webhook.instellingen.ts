import { flag, integer, integerList } from '@koers/config';

/** How webhooks are delivered. Every value comes from the environment, validated at start-up (.env.example). */
export interface WebhookInstellingen {
  /** Wait before each retry, in ms; the number of entries is the number of retries after the first try. */
  schemaMs: number[];
  /** One attempt (connect, send, answer) may take this long; then it counts as a failed attempt. */
  timeoutMs: number;
  /** At most this much of a receiver's answer is read; the rest is never downloaded. */
  maxBodyBytes: number;
  /** A subscription whose deliveries keep failing for this long is paused. */
  pauzeNaMs: number;
  /** After a rotation the previous secret keeps signing alongside the new one for this long. */
  rotatieOverlapMs: number;
  /** Deliveries in flight at once in this process. */
  parallel: number;
  /** How often the worker looks for due deliveries when it has nothing to do. */
  pollMs: number;
  /** Development and tests only: allow http:// and loopback callback URLs. */
  onveiligToestaan: boolean;
}

export const WEBHOOK_INSTELLINGEN = Symbol('WEBHOOK_INSTELLINGEN');

const MINUUT = 60_000;
const UUR = 60 * MINUUT;

/** 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight tries over about 27 hours. */
export const STANDAARD_SCHEMA_MS = [5_000, 5 * MINUUT, 30 * MINUUT, 2 * UUR, 5 * UUR, 10 * UUR, 10 * UUR];

export function webhookInstellingen(env: Record<string, string | undefined>): WebhookInstellingen {
  return {
    schemaMs: integerList(env, 'NOTIFICATIES_WEBHOOK_SCHEMA_MS', STANDAARD_SCHEMA_MS),
    timeoutMs: integer(env, 'NOTIFICATIES_WEBHOOK_TIMEOUT_MS', 15_000, { min: 100, max: 120_000 }),
    maxBodyBytes: integer(env, 'NOTIFICATIES_WEBHOOK_MAX_BODY_BYTES', 64 * 1024, { min: 0, max: 10 * 1024 * 1024 }),
    pauzeNaMs: integer(env, 'NOTIFICATIES_WEBHOOK_PAUZE_NA_MS', 5 * 24 * UUR, { min: 1 }),
    rotatieOverlapMs: integer(env, 'NOTIFICATIES_WEBHOOK_ROTATIE_OVERLAP_MS', 24 * UUR, { min: 0 }),
    parallel: integer(env, 'NOTIFICATIES_WEBHOOK_PARALLEL', 64, { min: 1, max: 1000 }),
    pollMs: integer(env, 'NOTIFICATIES_WEBHOOK_POLL_MS', 250, { min: 10, max: 60_000 }),
    onveiligToestaan: flag(env, 'NOTIFICATIES_WEBHOOK_ONVEILIG_TOESTAAN', false),
  };
}
