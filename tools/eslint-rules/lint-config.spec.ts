import { createProjectGraphAsync } from '@nx/devkit';
import { lintTekst } from '@koers/testing';

/** The messages of one rule for code linted as if it were the file `bestand`, with the real config and project graph. */
async function lintErrors(bestand: string, code: string, ruleId = '@nx/enforce-module-boundaries'): Promise<string[]> {
  const [meldingen] = await lintTekst([{ bestand, code }]);
  return meldingen.filter((m) => m.ruleId === ruleId).map((m) => m.message);
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

  it('let the tests of a shared lib use the harness, and not its code', async () => {
    const code = `import { eventually } from '@koers/testing';\nexport const x = eventually;\n`;
    expect(await lintErrors('libs/domain/test/grens.spec.ts', code)).toEqual([]);
    expect(await lintErrors('libs/domain/src/grens.ts', code)).toEqual([expect.stringMatching(/can only depend on libs tagged with/)]);
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

  it("refuse Nest's parse pipes, which answer in English, in controllers, services and libs", async () => {
    const code = (pipe: string) => `import { ${pipe} } from '@nestjs/common';\nexport const x = ${pipe};\n`;
    const gevallen = [
      ['apps/signalen/src/grens.controller.ts', 'ParseUUIDPipe'],
      ['apps/monitoring/src/grens.service.ts', 'ParseIntPipe'],
      ['libs/bootstrap/src/grens.controller.ts', 'ParseEnumPipe'],
    ];
    for (const [bestand, pipe] of gevallen) {
      expect(await lintErrors(bestand, code(pipe), 'no-restricted-imports')).toEqual([expect.stringContaining('Use UuidPipe from @koers/http')]);
    }
    expect(await lintErrors('libs/http/src/grens.pipe.ts', code('ParseUUIDPipe'), 'no-restricted-imports')).toEqual([]);
  });
});
