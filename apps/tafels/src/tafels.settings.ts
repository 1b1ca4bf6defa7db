import { integer, InvalidSettingError, optionalText, text, url } from '@koers/config';

/** Settings of tafels beyond those every service shares (see .env.example). */
export interface TafelsSettings {
  /** Base URL of signalen, read once when a table starts: the signal, its merged signals and its dossier. */
  signalenUrl: string;
  signalenTimeoutMs: number;
  /** Base URL of monitoring, whose region register (the gemeenten of a region) tafels keeps a copy of. */
  monitoringUrl: string;
  monitoringTimeoutMs: number;
  /** How long the table's detail waits for monitoring's figures before it answers without them. */
  opvolgingTimeoutMs: number;
  /** The confidential client whose service account reads signalen as Koers itself and looks up the region's users in Keycloak. */
  client: { id: string; secret: string };
  /** Working days participants have for remarks on concept minutes: the default, and regions that set their own. */
  reactietermijn: { werkdagen: number; perRegio: Readonly<Record<string, number>>; bewakingIntervalMs: number };
  /** How often the due work looks for agreements whose deadline passed. */
  deadlineIntervalMs: number;
}

export const TAFELS_SETTINGS = Symbol('TAFELS_SETTINGS');

export function loadTafelsSettings(env: Record<string, string | undefined>): TafelsSettings {
  return {
    signalenUrl: url(env, 'TAFELS_SIGNALEN_URL', 'http://127.0.0.1:3001', ['http:', 'https:']).replace(/\/+$/, ''),
    signalenTimeoutMs: integer(env, 'TAFELS_SIGNALEN_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
    monitoringUrl: url(env, 'TAFELS_MONITORING_URL', 'http://127.0.0.1:3005', ['http:', 'https:']).replace(/\/+$/, ''),
    monitoringTimeoutMs: integer(env, 'TAFELS_MONITORING_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
    opvolgingTimeoutMs: integer(env, 'TAFELS_OPVOLGING_TIMEOUT_MS', 1500, { min: 100, max: 60_000 }),
    client: {
      id: text(env, 'TAFELS_CLIENT_ID', 'koers-tafels'),
      secret: text(env, 'TAFELS_CLIENT_SECRET', 'dev-only-tafels-secret'),
    },
    reactietermijn: {
      werkdagen: integer(env, 'TAFELS_REACTIETERMIJN_WERKDAGEN', 5, { min: 1, max: 60 }),
      perRegio: perRegio(env, 'TAFELS_REACTIETERMIJN_PER_REGIO'),
      bewakingIntervalMs: integer(env, 'TAFELS_REACTIETERMIJN_INTERVAL_MS', 900_000, { min: 100, max: 86_400_000 }),
    },
    deadlineIntervalMs: integer(env, 'TAFELS_DEADLINE_INTERVAL_MS', 900_000, { min: 100, max: 86_400_000 }),
  };
}

/** `flevoland=10,zuid-kennemerland=3`: a number of working days per region. */
function perRegio(env: Record<string, string | undefined>, naam: string): Record<string, number> {
  const waarde = optionalText(env, naam);
  if (!waarde) return {};
  return Object.fromEntries(
    waarde.split(',').map((deel) => {
      const match = /^\s*([a-z0-9-]+)\s*=\s*(\d{1,2})\s*$/.exec(deel);
      if (!match || Number(match[2]) < 1) throw new InvalidSettingError(naam, `"${deel.trim()}" is not regio=werkdagen (1-99)`);
      return [match[1], Number(match[2])];
    }),
  );
}

/** The remark term of a region, in working days. */
export function reactietermijnVan(settings: Pick<TafelsSettings, 'reactietermijn'>, regio: string): number {
  return settings.reactietermijn.perRegio[regio] ?? settings.reactietermijn.werkdagen;
}
