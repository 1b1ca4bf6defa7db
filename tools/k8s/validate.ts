/**
 * Offline validation of deploy/k8s: every overlay rendered with `kubectl kustomize`, every object
 * checked against the committed JSON Schemas (tools/k8s/schemas) and against Koers's own policy
 * rules (policies.ts). No cluster is needed. Exits non-zero on any finding.
 *
 *   npx ts-node --transpile-only -r tsconfig-paths/register tools/k8s/validate.ts [overlay…]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { Finding, K8sObject, objectName, policyFindings } from './policies';
import { knownConfigKeys } from './config-keys';
import { SCHEMA_DIR, schemaFile } from './schema-sources';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const OVERLAYS_DIR = join(REPO_ROOT, 'deploy', 'k8s', 'overlays');

export class KubectlMissingError extends Error {}

/** `kubectl kustomize` of one folder; fails with a message that says what to install. */
export function render(folder: string, kubectl = process.env.KUBECTL ?? 'kubectl'): K8sObject[] {
  const result = spawnSync(kubectl, ['kustomize', folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new KubectlMissingError(
      `kubectl not found (${kubectl}): the Kubernetes validation renders the overlays with \`kubectl kustomize\`. ` +
        'Install kubectl 1.27 or later (it carries kustomize), or set KUBECTL to its path.',
    );
  }
  if (result.status !== 0) throw new Error(`kubectl kustomize ${folder} failed:\n${result.stderr}`);
  return parseManifests(result.stdout);
}

export function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(document.errors.map((e) => e.message).join('\n'));
      return document.toJS() as K8sObject | null;
    })
    .filter((o): o is K8sObject => o !== null && typeof o === 'object');
}

/** Checks objects against the committed schema of their apiVersion and kind. */
export class SchemaCheck {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly compiled = new Map<string, ValidateFunction | undefined>();

  constructor(private readonly schemaDir = SCHEMA_DIR) {}

  findings(objects: K8sObject[]): Finding[] {
    return objects.flatMap((object) => {
      const validate = this.validator(object);
      if (!validate) {
        return [{ object: objectName(object), rule: 'schema', message: `no committed schema for ${object.apiVersion} ${object.kind} (tools/k8s/schemas)` }];
      }
      if (validate(object)) return [];
      return (validate.errors ?? []).map((error) => ({ object: objectName(object), rule: 'schema', message: describe(error) }));
    });
  }

  private validator(object: K8sObject): ValidateFunction | undefined {
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') return undefined;
    const file = join(this.schemaDir, schemaFile({ apiVersion: object.apiVersion, kind: object.kind }));
    if (!this.compiled.has(file)) {
      this.compiled.set(file, existsSync(file) ? this.ajv.compile(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
    }
    return this.compiled.get(file);
  }
}

function describe(error: ErrorObject): string {
  const at = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') return `${at}: unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'enum') return `${at}: ${error.message} (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
  return `${at}: ${error.message}`;
}

/** productie may hold no Secret with data; every other overlay is a place to try things. */
export function environmentOf(overlay: string): 'productie' | 'dev' {
  return overlay.split(/[\\/]/).includes('productie') ? 'productie' : 'dev';
}

export function validateObjects(objects: K8sObject[], environment: 'productie' | 'dev', schemas = new SchemaCheck()): Finding[] {
  return [...schemas.findings(objects), ...policyFindings(objects, { environment, knownKeys: knownConfigKeys(REPO_ROOT) })];
}

function main(args: string[]): number {
  const overlays = args.length > 0 ? args.map((a) => resolve(a)) : readdirSync(OVERLAYS_DIR).map((name) => join(OVERLAYS_DIR, name));
  const schemas = new SchemaCheck();
  let failed = 0;
  for (const overlay of overlays) {
    const started = Date.now();
    const objects = render(overlay);
    const findings = validateObjects(objects, environmentOf(overlay), schemas);
    const name = relative(REPO_ROOT, overlay);
    console.log(`[k8s] ${name}: ${objects.length} objects, ${findings.length} findings (${Date.now() - started} ms)`);
    for (const f of findings) console.log(`  ${f.rule}  ${f.object}  ${f.message}`);
    failed += findings.length;
  }
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
