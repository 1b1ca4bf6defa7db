import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ESLint } from 'eslint';
import { createProjectGraphAsync } from '@nx/devkit';

const root = join(__dirname, '..', '..');

/**
 * Lints code that is not on disk as if it were at `path` in the workspace, with the real config.
 * ESLint runs in its own process: it loads eslint.config.mjs as an ES module, which Jest cannot.
 */
async function lintErrors(path: string, code: string, ruleId = '@nx/enforce-module-boundaries'): Promise<string[]> {
  const eslint = promisify(execFile)(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path, '--format', 'json'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  eslint.child.stdin?.end(code);
  const { stdout } = await eslint.catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '[]' }));
  const [result] = JSON.parse(stdout) as ESLint.LintResult[];
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

describe('the lint config', () => {
  beforeAll(async () => {
    process.env.NX_DAEMON = 'false';
    await createProjectGraphAsync({ exitOnError: false });
  }, 120_000);

  it('refuse a shared lib that imports a server lib', async () => {
    const errors = await lintErrors('libs/contracts/src/grens.ts', `import { DATA_SOURCE } from '@koers/persistence';\nexport const x = DATA_SOURCE;\n`);
    expect(errors).toEqual(['A project tagged with "scope:shared" can only depend on libs tagged with "scope:shared"']);
  });

  it('let a service use the server libs and the shared ones', async () => {
    const code = `import { DATA_SOURCE } from '@koers/persistence';\nimport { ROLLEN } from '@koers/contracts';\nexport const x = [DATA_SOURCE, ROLLEN];\n`;
    expect(await lintErrors('apps/signalen/src/grens.ts', code)).toEqual([]);
  });

  it('let a server lib use a shared lib', async () => {
    expect(await lintErrors('libs/http/src/grens.ts', `import { ROLLEN } from '@koers/contracts';\nexport const x = ROLLEN;\n`)).toEqual([]);
  });

  it('refuse a controller route that does not say who may call it', async () => {
    const code = `import { Controller, Get } from '@nestjs/common';\n@Controller('v1/grens')\nexport class GrensController {\n  @Get()\n  open() {\n    return 1;\n  }\n}\n`;
    expect(await lintErrors('apps/signalen/src/grens.controller.ts', code, 'koers/routes-declare-callers')).toEqual([
      'Route GrensController.open zegt niet wie hem mag aanroepen: zet @Rollen(...) of @Public() op de methode of op de controller.',
    ]);
  });
});
