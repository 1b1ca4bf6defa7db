import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Read by the image itself rather than by a service's code (the Dockerfile's start and Node.js). */
export const IMAGE_KEYS = ['KOERS_SERVICE', 'NODE_ENV'];

/** Libraries that are never part of a running service. */
const TEST_LIBS = new Set(['testing', 'service-testing']);

const READS = [
  /\benv\s*,\s*'([A-Z][A-Z0-9_]*)'/g, // text(env, 'NAME', …) and the other readers of libs/config
  /\benv\[\s*'([A-Z][A-Z0-9_]*)'\s*\]/g, // env['NAME'] and process.env['NAME']
  /process\.env\.([A-Z][A-Z0-9_]*)/g,
];

/** The environment variables a source text reads. */
export function readKeys(source: string): string[] {
  return READS.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]));
}

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !/\.(spec|e2e-spec|chaos-spec|serial-spec)\.ts$/.test(name) ? [path] : [];
  });
}

function keysIn(folders: string[]): Set<string> {
  return new Set(folders.flatMap(sourceFiles).flatMap((file) => readKeys(readFileSync(file, 'utf8'))));
}

const cache = new Map<string, (service: string) => Set<string> | undefined>();

/**
 * The settings each service reads, found in its code: its app's sources plus every runtime
 * library's (a service links them all through @koers/bootstrap), plus what the image reads.
 * Unknown services answer undefined.
 */
export function knownConfigKeys(repoRoot: string): (service: string) => Set<string> | undefined {
  const cached = cache.get(repoRoot);
  if (cached) return cached;
  const libs = readdirSync(join(repoRoot, 'libs'))
    .filter((name) => !TEST_LIBS.has(name))
    .map((name) => join(repoRoot, 'libs', name, 'src'));
  const shared = keysIn(libs);
  const perService = new Map<string, Set<string>>();
  const lookup = (service: string) => {
    if (!/^[a-z]+$/.test(service) || !existsSync(join(repoRoot, 'apps', service, 'src'))) return undefined;
    if (!perService.has(service)) {
      perService.set(service, new Set([...IMAGE_KEYS, ...shared, ...keysIn([join(repoRoot, 'apps', service, 'src')])]));
    }
    return perService.get(service);
  };
  cache.set(repoRoot, lookup);
  return lookup;
}
