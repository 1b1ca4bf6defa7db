import { integer, text, url } from '@koers/config';

/** Settings of signalen beyond those every service shares (see .env.example). */
export interface SignalenSettings {
  /** Base URL of the monitoring service, whose series are attached to dossiers as objective data. */
  monitoringUrl: string;
  monitoringTimeoutMs: number;
  /** The confidential client whose service account reads monitoring series and looks up organisations. */
  client: { id: string; secret: string };
}

export const SIGNALEN_SETTINGS = Symbol('SIGNALEN_SETTINGS');

export function loadSignalenSettings(env: Record<string, string | undefined>): SignalenSettings {
  return {
    monitoringUrl: url(env, 'SIGNALEN_MONITORING_URL', 'http://127.0.0.1:3005', ['http:', 'https:']).replace(/\/+$/, ''),
    monitoringTimeoutMs: integer(env, 'SIGNALEN_MONITORING_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
    client: {
      id: text(env, 'SIGNALEN_CLIENT_ID', 'koers-signalen'),
      secret: text(env, 'SIGNALEN_CLIENT_SECRET', 'dev-only-signalen-secret'),
    },
  };
}
