import { integer, url } from '@koers/config';

/** Where notificaties reads a meeting's invitation (.env.example). */
export interface UitnodigingSettings {
  tafelsUrl: string;
  tafelsTimeoutMs: number;
}

export const UITNODIGING_SETTINGS = Symbol('UITNODIGING_SETTINGS');

export function loadUitnodigingSettings(env: Record<string, string | undefined>): UitnodigingSettings {
  return {
    tafelsUrl: url(env, 'NOTIFICATIES_TAFELS_URL', 'http://127.0.0.1:3002', ['http:', 'https:']).replace(/\/+$/, ''),
    tafelsTimeoutMs: integer(env, 'NOTIFICATIES_TAFELS_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
  };
}
