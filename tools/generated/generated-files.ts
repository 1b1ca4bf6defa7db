import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

/** Where the typed clients go: one folder per service, owned by the generator. */
export const CLIENTS_FOLDER = 'libs/clients/src';

/** The AsyncAPI document of every event. */
export const ASYNCAPI_DOCUMENT = 'docs/asyncapi.json';

/**
 * Files a generator makes from the code, by path relative to the repository root. `folders` are
 * owned whole by the generator: a file there that it no longer makes is stale too.
 */
export interface GeneratedFiles {
  files: Map<string, string>;
  folders: string[];
}

export function writeGenerated({ files }: GeneratedFiles, root = REPO_ROOT): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** The paths under `root` whose committed content differs from what the generator makes now. */
export function staleFiles({ files, folders }: GeneratedFiles, root = REPO_ROOT): string[] {
  const stale = [...files].filter(([path, content]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== content).map(([path]) => path);
  const leftOver = folders.flatMap((folder) => filesUnder(join(root, folder)).map((file) => relative(root, file))).filter((path) => !files.has(path));
  return [...stale, ...leftOver].sort();
}

export function staleMessage(what: string, stale: string[]): string {
  return [
    `Out of date with the code (${what}): ${stale.join(', ')}.`,
    'Regenerate with `bash tools/generate.sh` and commit the result.',
  ].join('\n');
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}
