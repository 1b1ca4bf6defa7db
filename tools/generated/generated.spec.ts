import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './generated-files';

/** The generator as CI runs it (openapi-typescript is an ES module, which Jest's CommonJS runtime cannot load). */
function check(root: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/generate.ts', '--check', '--root', root], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

describe('what tools/generate.sh makes from the code', () => {
  it('is committed as the code generates it now', () => {
    const { status, stderr } = check(REPO_ROOT);
    if (status !== 0) throw new Error(stderr);
  });

  describe('out of date', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'koers-generated-'));
      cpSync(join(REPO_ROOT, 'libs/clients/src'), join(root, 'libs/clients/src'), { recursive: true });
      cpSync(join(REPO_ROOT, 'docs/asyncapi.json'), join(root, 'docs/asyncapi.json'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('a changed, missing or left-over client file fails the check, named, with how to regenerate', () => {
      writeFileSync(join(root, 'libs/clients/src/monitoring/api.ts'), 'export interface paths {}\n');
      rmSync(join(root, 'libs/clients/src/signalen/openapi.json'));
      writeFileSync(join(root, 'libs/clients/src/tafels/oud.ts'), '');
      const { status, stderr } = check(root);
      expect(status).toBe(1);
      expect(stderr).toContain('libs/clients/src/monitoring/api.ts, libs/clients/src/signalen/openapi.json, libs/clients/src/tafels/oud.ts');
      expect(stderr).toContain('bash tools/generate.sh');
      expect(stderr).not.toContain('AsyncAPI');
    });

    it('an AsyncAPI document that misses an event fails the check', () => {
      const document = JSON.parse(readFileSync(join(root, 'docs/asyncapi.json'), 'utf8'));
      delete document.components.messages['signalen-termijn-verstreken-v1'];
      writeFileSync(join(root, 'docs/asyncapi.json'), `${JSON.stringify(document, null, 2)}\n`);
      const { status, stderr } = check(root);
      expect(status).toBe(1);
      expect(stderr).toContain('Out of date with the code (the AsyncAPI document): docs/asyncapi.json.');
    });
  });
});
