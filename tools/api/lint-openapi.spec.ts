import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { applyDesignRules } from '@koers/http';
import { lintDocuments, rulesetPath } from './lint-openapi';

const RULESET = rulesetPath();
const withRuleset = existsSync(RULESET) ? describe : describe.skip;

/** A document as Nest builds it for one controller, before the conventions add what the rules ask. */
function dingen(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 'Dingen', version: '1.2.3', contact: { name: 'Team Koers', url: 'https://koers.example/contact', email: 'koers-team@koers.example' } },
    servers: [{ url: '/v1' }],
    security: [{ bearer: [] }],
    paths: {
      '/dingen/{id}': {
        get: {
          operationId: 'DingController_een',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { '200': { description: 'Het ding', content: { 'application/json': { schema: { type: 'object', properties: { naam: { type: 'string' } } } } } } },
        },
      },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

async function rulesBroken(document: OpenAPIObject): Promise<string[]> {
  const findings = await lintDocuments(new Map([['dingen', document]]), RULESET);
  return [...new Set((findings.get('dingen') ?? []).map((finding) => finding.rule))].sort();
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const cli = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, 'lint-openapi.ts'), ...args];
  return new Promise((done) => {
    execFile(process.execPath, cli, { env: { ...process.env, ...env } }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, output: stdout + stderr }));
  });
}

withRuleset('the NL API Design Rules lint', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'koers-openapi-spec-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a document without the API-Version header and without a 400 for its parameter', async () => {
    expect(await rulesBroken(dingen())).toEqual(['nlgov:missing-header', 'nlgov:problem-invalid-input']);
  });

  it('finds nothing once the conventions have added what the rules ask', async () => {
    expect(await rulesBroken(applyDesignRules(dingen(), '1.2.3'))).toEqual([]);
  });

  it('refuses a path with a trailing slash, which the conventions cannot mend', async () => {
    const document = applyDesignRules(dingen(), '1.2.3');
    document.paths['/dingen/'] = { get: { operationId: 'DingController_lijst', responses: { '200': { description: 'Dingen', headers: { 'API-Version': { schema: { type: 'string' } } } } } } };
    expect(await rulesBroken(document)).toEqual(['path-keys-no-trailing-slash']);
  });

  it('exits non-zero naming the document, its error count and the rules it breaks', async () => {
    const file = join(folder, 'dingen.json');
    writeFileSync(file, JSON.stringify(dingen()));
    const { code, output } = await runCli([file]);
    expect(code).toBe(1);
    expect(output).toContain('[openapi] dingen: 2 error(s)');
    expect(output).toContain('nlgov:missing-header');
  });
});

describe('the NL API Design Rules lint without the ruleset', () => {
  it('says where the ruleset is published and skips, succeeding', async () => {
    const { code, output } = await runCli([], { KOERS_ADR_RULESET: join(tmpdir(), 'geen-ruleset.yaml') });
    expect(code).toBe(0);
    expect(output).toContain('skipped');
    expect(output).toContain('https://gitdocumentatie.logius.nl/publicatie/api/adr/');
    expect(output).toContain('https://static.developer.overheid.nl/adr/ruleset.yaml');
  });
});
