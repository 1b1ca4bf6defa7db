import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');
const DEFAULT_RULESET = resolve(REPO_ROOT, '..', 'shared', 'standards', 'nl-api-design-rules.spectral.yaml');
const SPECTRAL = join(dirname(require.resolve('@stoplight/spectral-cli/package.json')), 'dist', 'index.js');
const ERROR = 0;

export const PUBLISHED_AT = [
  'https://gitdocumentatie.logius.nl/publicatie/api/adr/ (the NL API Design Rules)',
  'https://static.developer.overheid.nl/adr/ruleset.yaml (their Spectral ruleset)',
];

export interface Finding {
  document: string;
  rule: string;
  path: string;
  message: string;
}

export function rulesetPath(env: Record<string, string | undefined> = process.env): string {
  return env.KOERS_ADR_RULESET || DEFAULT_RULESET;
}

/** The errors the ruleset finds in each document (warnings do not fail), by the document's name. */
export async function lintDocuments(documents: Map<string, unknown>, ruleset: string): Promise<Map<string, Finding[]>> {
  const folder = mkdtempSync(join(tmpdir(), 'koers-openapi-'));
  try {
    const files = [...documents].map(([name, document]) => {
      const file = join(folder, `${name}.json`);
      writeFileSync(file, JSON.stringify(document, null, 2));
      return file;
    });
    const results = await spectral(['lint', '--quiet', '--format', 'json', '--ruleset', ruleset, ...files]);
    const findings = new Map<string, Finding[]>([...documents.keys()].map((name) => [name, []]));
    for (const result of results.filter((r) => r.severity === ERROR)) {
      const document = basename(result.source, '.json');
      findings.get(document)?.push({ document, rule: result.code, path: result.path.join('.'), message: result.message });
    }
    return findings;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface SpectralResult {
  code: string;
  message: string;
  path: (string | number)[];
  severity: number;
  source: string;
}

function spectral(args: string[]): Promise<SpectralResult[]> {
  return new Promise((done, fail) => {
    // Spectral exits 1 when it finds errors; only output that is not its JSON report is a failure to run.
    execFile(process.execPath, [SPECTRAL, ...args], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        done(JSON.parse(stdout) as SpectralResult[]);
      } catch {
        fail(new Error(`spectral did not run: ${stderr || error?.message || stdout}`));
      }
    });
  });
}

/**
 * Lints, with the NL API Design Rules (Logius' Spectral ruleset), the OpenAPI document each service
 * serves, or the documents named as arguments. Exits 1 on any error; without the ruleset it says
 * where it is published and skips, so a clone without ../shared still runs the rest of CI.
 */
async function main(files: string[]): Promise<void> {
  const ruleset = rulesetPath();
  if (!existsSync(ruleset)) {
    process.stdout.write(
      [`[openapi] skipped: no ruleset at ${ruleset} (set KOERS_ADR_RULESET).`, 'The ruleset is published at:', ...PUBLISHED_AT.map((at) => `  ${at}`), ''].join('\n'),
    );
    return;
  }
  const documents = files.length
    ? new Map(files.map((file) => [basename(file, '.json'), JSON.parse(readFileSync(file, 'utf8')) as unknown]))
    : await servedDocuments();
  const findings = await lintDocuments(documents, ruleset);
  let total = 0;
  for (const [document, errors] of findings) {
    total += errors.length;
    process.stdout.write(`[openapi] ${document}: ${errors.length} error(s)\n`);
    for (const error of errors) process.stdout.write(`  ${error.rule}  ${error.path}  ${error.message}\n`);
  }
  if (total > 0) process.exitCode = 1;
}

/** What each service serves at /v1/openapi.json, read without running it. */
async function servedDocuments(): Promise<Map<string, unknown>> {
  // Loaded here, not at the top: the spec lints fixtures and needs none of the services.
  const [{ describeService }, { SERVICES }] = await Promise.all([import('@koers/bootstrap'), import('../generated/services')]);
  const descriptions = await Promise.all(SERVICES.map((definition) => describeService(definition)));
  return new Map(descriptions.map(({ service, openApi }) => [service, openApi]));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exitCode = 2;
  });
}
