import { flag, identifier, integer, integerList, text, url } from './settings';

type Env = Record<string, string | undefined>;

/** The settings every Koers service shares. Defaults work on a developer machine (see .env.example). */
export interface KoersSettings {
  service: string;
  port: number;
  database: { url: string; schema: string; migrateOnStart: boolean; poolSize: number };
  broker: {
    url: string;
    exchange: string;
    queuePrefix: string;
    prefetch: number;
    retryDelaysMs: number[];
  };
  /** realmUrl is where the keys are fetched; issuerUrl is what tokens say (differs behind a proxy). */
  keycloak: { realmUrl: string; issuerUrl: string; clientId: string };
  events: { source: string };
  http: { bodyLimitBytes: number };
  /** How long a stopping process may take to finish its work before it exits anyway (below Kubernetes' 30 s grace). */
  shutdown: { timeoutMs: number };
  logLevel: string;
}

function keycloakSettings(env: Env): KoersSettings['keycloak'] {
  const realmUrl = url(env, 'KEYCLOAK_REALM_URL', 'http://127.0.0.1:8180/realms/koers', ['http:', 'https:']);
  return {
    realmUrl,
    issuerUrl: url(env, 'KEYCLOAK_ISSUER_URL', realmUrl, ['http:', 'https:']),
    clientId: text(env, 'KEYCLOAK_CLIENT_ID', 'koers-api'),
  };
}

export function loadKoersSettings(service: string, defaultPort: number, env: Env = process.env): KoersSettings {
  return {
    service,
    port: integer(env, 'PORT', defaultPort, { min: 1, max: 65535 }),
    database: {
      url: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/koers', ['postgres:', 'postgresql:']),
      schema: identifier(env, 'DATABASE_SCHEMA', service),
      // On for a developer and the tests; off in the image (NODE_ENV=production), where migrating is a step of its own.
      migrateOnStart: flag(env, 'DATABASE_MIGRATE_ON_START', env.NODE_ENV !== 'production'),
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, { min: 1, max: 200 }),
    },
    broker: {
      url: url(env, 'AMQP_URL', 'amqp://guest:guest@127.0.0.1:5672', ['amqp:', 'amqps:']),
      exchange: text(env, 'AMQP_EXCHANGE', 'koers.events'),
      queuePrefix: text(env, 'AMQP_QUEUE_PREFIX', 'koers'),
      prefetch: integer(env, 'AMQP_PREFETCH', 100, { min: 1, max: 10000 }),
      retryDelaysMs: integerList(env, 'AMQP_RETRY_DELAYS_MS', [1000, 5000, 30000]),
    },
    keycloak: keycloakSettings(env),
    events: {
      // NL GOV CloudEvents: a URN naming the operating organisation (its OIN) and then the system.
      source: `${text(env, 'CLOUDEVENTS_SOURCE_PREFIX', 'urn:nld:oin:00000000000000000000:systeem')}:koers-${service}`,
    },
    http: { bodyLimitBytes: integer(env, 'HTTP_BODY_LIMIT_BYTES', 1_000_000, { min: 1024 }) },
    shutdown: { timeoutMs: integer(env, 'KOERS_SHUTDOWN_TIMEOUT_MS', 25_000, { min: 1000, max: 600_000 }) },
    logLevel: text(env, 'LOG_LEVEL', 'info'),
  };
}
