/**
 * Validates docker-compose.yml, which cannot be run on these machines: against the Compose
 * Specification schema (committed beside this file, see README.md) and the project's rules — every
 * long-running service has a health check, every one-shot is waited for with
 * service_completed_successfully, every dependency names a condition, no image floats (`:latest` or
 * no tag), every Koers service waits for its own migration step and does not migrate on start, and
 * the portal forwards every service's API and the OIDC calls on its own origin.
 *
 *   npx ts-node --transpile-only tools/compose/validate-compose.ts [docker-compose.yml]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv2019, { ErrorObject } from 'ajv/dist/2019';
import { parse } from 'yaml';

export interface ComposeFinding {
  where: string;
  rule: string;
  message: string;
}

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  restart?: string;
  healthcheck?: { test?: unknown; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  environment?: Record<string, string | null> | string[];
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
}

/** Reads a file the compose file names, relative to it; undefined when it is not there. */
export type LeesBestand = (pad: string) => string | undefined;

const SCHEMA = JSON.parse(readFileSync(join(__dirname, 'compose-spec.json'), 'utf8'));
/** Go durations as Compose writes them: 10s, 1m30s, 500ms. */
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

const ajv = new Ajv2019({ allErrors: true, strict: false });
ajv.addFormat('duration', DURATION);
ajv.addFormat('ports', true);
ajv.addFormat('expose', true);
ajv.addFormat('subnet_ip_address', true);
/**
 * The file as Ajv takes it: its draft-04 style `id` annotations ("#/properties/services") dropped,
 * which 2019-09 no longer knows, and its `$schema` (http://…/2019-09/schema#) left to Ajv2019.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string') && key !== '$schema')
      .map(([key, value]) => [key, forAjv(value)]),
  );
}
const validateSchema = ajv.compile(forAjv(SCHEMA) as object);

const KOERS_SERVICES = ['signalen', 'tafels', 'pilots', 'consent', 'monitoring', 'notificaties'];

export function validateCompose(text: string, lees: LeesBestand = leesNaast(join(__dirname, '..', '..'))): ComposeFinding[] {
  let file: { services?: Record<string, Service> };
  try {
    file = parse(text, { merge: true });
  } catch (error) {
    return [{ where: '(file)', rule: 'yaml', message: String(error) }];
  }
  const findings: ComposeFinding[] = [];
  if (!validateSchema(file)) findings.push(...(validateSchema.errors ?? []).map(schemaFinding));
  const services = file?.services ?? {};
  const oneShot = (name: string) => services[name]?.restart === 'no';

  for (const [name, service] of Object.entries(services)) {
    const where = `services.${name}`;
    if (!service.image && !service.build) findings.push({ where, rule: 'image', message: 'neither image nor build: Compose cannot start it' });
    if (service.image) {
      const floating = floatingImage(service.image);
      if (floating) findings.push({ where: `${where}.image`, rule: 'pinned-image', message: `${service.image}: ${floating}` });
    }
    const hasHealthcheck = !!service.healthcheck?.test && service.healthcheck.disable !== true;
    if (!oneShot(name) && !hasHealthcheck) {
      findings.push({ where, rule: 'healthcheck', message: 'a long-running service needs a healthcheck (or `restart: "no"` when it is a one-shot)' });
    }
    const dependsOn = service.depends_on ?? {};
    if (Array.isArray(dependsOn)) {
      findings.push({ where: `${where}.depends_on`, rule: 'depends-on-condition', message: 'the short form waits for nothing; name a condition per dependency' });
    } else {
      for (const [dependency, { condition } = {}] of Object.entries(dependsOn)) {
        const at = `${where}.depends_on.${dependency}`;
        if (!services[dependency]) findings.push({ where: at, rule: 'depends-on-condition', message: `no service ${dependency}` });
        else if (oneShot(dependency) && condition !== 'service_completed_successfully') {
          findings.push({ where: at, rule: 'depends-on-condition', message: `${dependency} is a one-shot: wait for service_completed_successfully, not ${condition}` });
        } else if (!oneShot(dependency) && condition !== 'service_healthy') {
          findings.push({ where: at, rule: 'depends-on-condition', message: `wait until ${dependency} is healthy (service_healthy), not ${condition}` });
        }
      }
    }
  }

  for (const koers of KOERS_SERVICES) findings.push(...koersService(services, koers));
  findings.push(...portaal(services, lees));
  return findings;
}

const PROXY_MAP = '/etc/nginx/koers.d/';

/**
 * The portal calls /api/<service>/… and /oidc/… on its own origin: its nginx must forward each to the
 * service (prefix stripped) and to Keycloak's OpenID Connect endpoints, from a file mounted into
 * koers.d (the image itself serves only the static build).
 */
function portaal(services: Record<string, Service>, lees: LeesBestand): ComposeFinding[] {
  const where = 'services.portaal';
  const service = services.portaal;
  if (!service) return [{ where, rule: 'portal-proxy', message: 'the portal is missing (Dockerfile target portaal)' }];
  const mounts = (service.volumes ?? []).map((v) => (typeof v === 'string' ? { source: v.split(':')[0], target: v.split(':')[1] } : v));
  const proxy = mounts.find((m) => m.target?.startsWith(PROXY_MAP) && m.target.endsWith('.conf'));
  if (!proxy?.source) return [{ where: `${where}.volumes`, rule: 'portal-proxy', message: `mount the API proxy (a .conf file) into ${PROXY_MAP}` }];
  const conf = lees(proxy.source);
  if (conf === undefined) return [{ where: `${where}.volumes`, rule: 'portal-proxy', message: `${proxy.source} does not exist` }];
  const findings: ComposeFinding[] = [];
  for (const koers of KOERS_SERVICES) {
    if (!new RegExp(`location\\s+/api/${koers}/\\s*\\{[^}]*proxy_pass\\s+http://${koers}:3000/;`).test(conf)) {
      findings.push({ where: `${where}.volumes`, rule: 'portal-proxy', message: `${proxy.source} does not forward /api/${koers}/ to http://${koers}:3000/` });
    }
  }
  if (!/location\s+\/oidc\/\s*\{[^}]*proxy_pass\s+http:\/\/keycloak:8080\/realms\/[a-z-]+\/protocol\/openid-connect\/;/.test(conf)) {
    findings.push({ where: `${where}.volumes`, rule: 'portal-proxy', message: `${proxy.source} does not forward /oidc/ to Keycloak's openid-connect endpoints` });
  }
  return findings;
}

function leesNaast(map: string): LeesBestand {
  return (pad) => {
    try {
      return readFileSync(resolve(map, pad), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** The service and its migration step: the step runs `<service> migrate` once, the service waits for it and never migrates itself. */
function koersService(services: Record<string, Service>, name: string): ComposeFinding[] {
  const service = services[name];
  const where = `services.${name}`;
  if (!service) return [{ where, rule: 'koers-services', message: `the Koers service ${name} is missing` }];
  const findings: ComposeFinding[] = [];
  const step = Object.entries(services).find(([, other]) => argv(other).join(' ') === `${name} migrate`);
  if (!step) findings.push({ where, rule: 'migration-step', message: `no one-shot runs ["${name}", "migrate"]` });
  else {
    const [stepName, stepService] = step;
    if (stepService.restart !== 'no') findings.push({ where: `services.${stepName}`, rule: 'migration-step', message: 'a migration step is a one-shot: restart "no"' });
    const dependsOn = Array.isArray(service.depends_on) ? {} : (service.depends_on ?? {});
    if (dependsOn[stepName]?.condition !== 'service_completed_successfully') {
      findings.push({ where: `${where}.depends_on`, rule: 'migration-step', message: `${name} must wait for ${stepName} (service_completed_successfully)` });
    }
  }
  if (argv(service)[0] !== name && environment(service).KOERS_SERVICE !== name) {
    findings.push({ where: `${where}.command`, rule: 'koers-services', message: `the image starts the service it is told: command ["${name}"] (or KOERS_SERVICE: ${name})` });
  }
  if (environment(service).DATABASE_MIGRATE_ON_START === 'true') {
    findings.push({ where: `${where}.environment`, rule: 'migration-step', message: 'DATABASE_MIGRATE_ON_START=true: migrations are the step, not the start' });
  }
  return findings;
}

function floatingImage(image: string): string | undefined {
  if (image.includes('@sha256:')) return undefined;
  const lastPart = image.split('/').pop() ?? image;
  if (!lastPart.includes(':')) return 'no tag means :latest; pin a version';
  if (lastPart.endsWith(':latest')) return ':latest changes under you; pin a version';
  return undefined;
}

function argv(service: Service): string[] {
  return Array.isArray(service.command) ? service.command : typeof service.command === 'string' ? service.command.split(/\s+/) : [];
}

function environment(service: Service): Record<string, string | null | undefined> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((pair) => [pair.split('=')[0], pair.split('=').slice(1).join('=')]));
}

function schemaFinding(error: ErrorObject): ComposeFinding {
  const where = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(file)';
  const extra = error.keyword === 'additionalProperties' ? `: ${String((error.params as { additionalProperty: string }).additionalProperty)}` : '';
  return { where, rule: 'compose-spec', message: `${error.message ?? error.keyword}${extra}` };
}

if (require.main === module) {
  const path = process.argv[2] ?? join(__dirname, '..', '..', 'docker-compose.yml');
  const findings = validateCompose(readFileSync(path, 'utf8'), leesNaast(dirname(path)));
  for (const finding of findings) process.stderr.write(`${path}: ${finding.where}: ${finding.message} [${finding.rule}]\n`);
  if (findings.length) process.exit(1);
  process.stdout.write(`${path}: valid (Compose Specification schema and the project's rules)\n`);
}
