/**
 * Lints the Dockerfile: first dockerfile-utils (the linter of the VS Code Docker language server:
 * syntax, unknown instructions and flags, bad references), then the project's own rules for an image
 * regional IT can run (ADR 0019). Prints every finding with its line and exits 1 when there is one.
 *
 *   npx ts-node --transpile-only tools/docker/lint-dockerfile.ts [Dockerfile]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser, From, Instruction, JSONInstruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';

export interface Finding {
  /** 1-based. */
  line: number;
  rule: string;
  message: string;
}

export interface LintOptions {
  /** The Node.js every `node` base image must carry (.node-version). */
  nodeVersion: string;
}

const lineOf = (instruction: Instruction) => instruction.getRange().start.line + 1;

export function lintDockerfile(content: string, { nodeVersion }: LintOptions): Finding[] {
  const findings: Finding[] = validate(content).map((diagnostic) => ({
    line: diagnostic.range.start.line + 1,
    rule: `dockerfile-utils/${String(diagnostic.code ?? 'syntax')}`,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  }));
  const dockerfile = DockerfileParser.parse(content);
  const froms = dockerfile.getFROMs();
  const stages = new Set(froms.map((from) => from.getBuildStage()).filter((stage): stage is string => !!stage));

  for (const from of froms) findings.push(...baseImage(from, stages, nodeVersion));

  const instructions = dockerfile.getInstructions();
  const last = froms.at(-1);
  const runtime = last ? instructions.filter((instruction) => lineOf(instruction) >= lineOf(last)) : [];
  const keyword = (instruction: Instruction) => instruction.getKeyword().toUpperCase();

  for (const instruction of instructions) {
    if (keyword(instruction) === 'ADD') {
      findings.push({ line: lineOf(instruction), rule: 'no-add', message: 'ADD fetches and unpacks implicitly; use COPY' });
    }
    if ((keyword(instruction) === 'CMD' || keyword(instruction) === 'ENTRYPOINT') && !isExecForm(instruction)) {
      findings.push({ line: lineOf(instruction), rule: 'exec-form', message: `${keyword(instruction)} in shell form runs under /bin/sh, which does not pass SIGTERM on to Node; use the JSON (exec) form` });
    }
    if ((keyword(instruction) === 'CMD' || keyword(instruction) === 'ENTRYPOINT') && isExecForm(instruction)) {
      const argv = (instruction as JSONInstruction).getJSONStrings().map((argument) => argument.getJSONValue());
      if (/(^|\/)(ba|da)?sh$/.test(argv[0] ?? '')) {
        findings.push({ line: lineOf(instruction), rule: 'exec-form', message: `${keyword(instruction)} starts a shell (${argv[0]}); start node itself so that signals reach it` });
      }
    }
  }

  // Every other stage that starts something is an image of its own (the portal's): it runs as a numeric non-root user too.
  froms.forEach((from, index) => {
    if (from === last) return;
    const end = froms[index + 1] ? lineOf(froms[index + 1]) : Infinity;
    const stage = instructions.filter((instruction) => lineOf(instruction) >= lineOf(from) && lineOf(instruction) < end);
    if (!stage.some((instruction) => keyword(instruction) === 'ENTRYPOINT' || keyword(instruction) === 'CMD')) return;
    const user = stage.filter((instruction) => keyword(instruction) === 'USER').at(-1)?.getArgumentsContent()?.trim();
    if (!user || !/^\d+:\d+$/.test(user) || user.split(':').some((id) => Number(id) === 0)) {
      findings.push({ line: lineOf(from), rule: 'non-root-user', message: `the image of stage ${from.getBuildStage() ?? index} needs a numeric non-root USER UID:GID (has ${user ?? 'none'})` });
    }
  });

  if (last) {
    const userInstruction = runtime.filter((instruction) => keyword(instruction) === 'USER').at(-1);
    const user = userInstruction?.getArgumentsContent()?.trim();
    if (!userInstruction || !user) {
      findings.push({ line: lineOf(last), rule: 'non-root-user', message: 'the runtime stage sets no USER: the process would run as root' });
    } else if (!/^\d+:\d+$/.test(user)) {
      findings.push({ line: lineOf(userInstruction), rule: 'non-root-user', message: `USER ${user}: give a numeric UID:GID, so Kubernetes can check runAsNonRoot` });
    } else if (user.split(':').some((id) => Number(id) === 0)) {
      findings.push({ line: lineOf(userInstruction), rule: 'non-root-user', message: `USER ${user} is root` });
    }
    if (!runtime.some((instruction) => keyword(instruction) === 'ENTRYPOINT' || keyword(instruction) === 'CMD')) {
      findings.push({ line: lineOf(last), rule: 'exec-form', message: 'the runtime stage has no ENTRYPOINT or CMD' });
    }
    for (const run of runtime.filter((instruction) => keyword(instruction) === 'RUN')) {
      findings.push({ line: lineOf(run), rule: 'runtime-copies-only', message: 'RUN in the runtime stage: build in an earlier stage and COPY the result in' });
    }
    const env = runtime.filter((instruction) => keyword(instruction) === 'ENV').map((instruction) => instruction.getArgumentsContent() ?? '');
    if (!env.some((content) => /(^|\s)NODE_ENV=production(\s|$)/.test(content))) {
      findings.push({ line: lineOf(last), rule: 'node-env', message: 'the runtime stage does not set NODE_ENV=production (migrating on start stays off only then)' });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

function baseImage(from: From, stages: Set<string>, nodeVersion: string): Finding[] {
  const image = from.getImageName();
  const line = lineOf(from);
  if (!image || stages.has(image)) return [];
  if (image.includes('$')) return [{ line, rule: 'pinned-base', message: `FROM ${image}: a base image from a build argument cannot be checked; name it` }];
  const tag = from.getImageTag();
  const digest = from.getImageDigest();
  if (!tag && !digest) return [{ line, rule: 'pinned-base', message: `FROM ${image} without a tag means :latest; pin a version` }];
  if (tag === 'latest') return [{ line, rule: 'pinned-base', message: `FROM ${image}:latest changes under you; pin a version` }];
  if (/(^|\/)node$/.test(image) && tag && !tag.startsWith(`${nodeVersion}-`) && tag !== nodeVersion) {
    return [{ line, rule: 'node-version', message: `FROM ${image}:${tag} is not the Node.js of .node-version (${nodeVersion})` }];
  }
  return [];
}

function isExecForm(instruction: Instruction): boolean {
  return instruction instanceof JSONInstruction && instruction.getOpeningBracket() !== null && instruction.getJSONStrings().length > 0;
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  const path = process.argv[2] ?? join(root, 'Dockerfile');
  const nodeVersion = readFileSync(join(root, '.node-version'), 'utf8').trim();
  const findings = lintDockerfile(readFileSync(path, 'utf8'), { nodeVersion });
  for (const finding of findings) process.stderr.write(`${path}:${finding.line}: ${finding.message} [${finding.rule}]\n`);
  if (findings.length) process.exit(1);
  process.stdout.write(`${path}: no findings\n`);
}
