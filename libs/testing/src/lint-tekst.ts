import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface LintGeval {
  /** Where the code would live, relative to the repository: the config picks its rules by path. */
  bestand: string;
  code: string;
}

export interface LintMelding {
  ruleId: string | null;
  message: string;
}

// ESLint loads the flat config with a dynamic import, which Jest's module system cannot do: a plain Node child does it.
const SCRIPT = `
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
const { cwd, regels, gevallen } = JSON.parse(await new Promise((done) => { let t = ''; process.stdin.on('data', (d) => (t += d)); process.stdin.on('end', () => done(t)); }));
const eslint = new ESLint({ cwd, overrideConfig: { rules: regels } });
const uit = [];
for (const geval of gevallen) {
  const [resultaat] = await eslint.lintText(geval.code, { filePath: resolve(cwd, geval.bestand) });
  uit.push(resultaat.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(uit));
`;

/**
 * Lints pieces of code as if they were files of the repository, with the repository's own config,
 * so a test can show a lint rule refusing a bad case. `regels` overrides rules, e.g. to switch off
 * the Nx boundary rule, which needs the project graph.
 */
export function lintTekst(gevallen: LintGeval[], regels: Record<string, unknown> = {}): Promise<LintMelding[][]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`eslint failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as LintMelding[][]);
    });
    child.stdin?.end(JSON.stringify({ cwd: ROOT, regels, gevallen }));
  });
}
