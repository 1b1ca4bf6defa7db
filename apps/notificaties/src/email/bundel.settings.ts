import { integer } from '@koers/config';

/** How many e-mails a burst may send at once, and how often the service looks for bundles that are due. */
export interface BundelSettings {
  /** Direct e-mails per person and category in an hour; the rest of that hour waits for one bundled e-mail. */
  directPerUur: number;
  controleIntervalMs: number;
}

export const BUNDEL_SETTINGS = Symbol('BUNDEL_SETTINGS');

export function loadBundelSettings(env: Record<string, string | undefined> = process.env): BundelSettings {
  return {
    directPerUur: integer(env, 'NOTIFICATIES_EMAIL_DIRECT_PER_UUR', 3, { min: 1 }),
    controleIntervalMs: integer(env, 'NOTIFICATIES_EMAIL_BUNDEL_CONTROLE_MS', 60_000, { min: 100 }),
  };
}
