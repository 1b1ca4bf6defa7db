import { integer, text, url } from '@koers/config';

/** Settings of tafels beyond those every service shares (see .env.example). */
export interface TafelsSettings {
  /** Base URL of signalen, read once when a table starts: the signal, its merged signals and its dossier. */
  signalenUrl: string;
  signalenTimeoutMs: number;
  /** The confidential client whose service account reads signalen as Koers itself and looks up the region's users in Keycloak. */
  client: { id: string; secret: string };
}

export const TAFELS_SETTINGS = Symbol('TAFELS_SETTINGS');

export function loadTafelsSettings(env: Record<string, string | undefined>): TafelsSettings {
  return {
    signalenUrl: url(env, 'TAFELS_SIGNALEN_URL', 'http://127.0.0.1:3001', ['http:', 'https:']).replace(/\/+$/, ''),
    signalenTimeoutMs: integer(env, 'TAFELS_SIGNALEN_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
    client: {
      id: text(env, 'TAFELS_CLIENT_ID', 'koers-tafels'),
      secret: text(env, 'TAFELS_CLIENT_SECRET', 'dev-only-tafels-secret'),
    },
  };
}
