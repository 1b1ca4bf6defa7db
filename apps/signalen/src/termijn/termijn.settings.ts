import { integer } from '@koers/config';

export interface TermijnSettings {
  /** How often the service looks for deadlines that passed. A deadline is a day, so minutes are plenty. */
  bewakingIntervalMs: number;
}

export const TERMIJN_SETTINGS = Symbol('TERMIJN_SETTINGS');

export function loadTermijnSettings(env: Record<string, string | undefined>): TermijnSettings {
  return { bewakingIntervalMs: integer(env, 'SIGNALEN_TERMIJN_INTERVAL_MS', 15 * 60_000, { min: 100 }) };
}
