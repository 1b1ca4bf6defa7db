import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDockerfile } from './lint-dockerfile';

const ROOT = join(__dirname, '..', '..');
const nodeVersion = readFileSync(join(ROOT, '.node-version'), 'utf8').trim();
const lint = (content: string) => lintDockerfile(content, { nodeVersion });
const rules = (content: string) => lint(content).map((finding) => finding.rule);

/** A good image, changed one line at a time by the cases below. */
const GOED = `FROM node:${nodeVersion}-bookworm-slim AS build
WORKDIR /app
RUN npm ci
FROM node:${nodeVersion}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/dist ./dist
USER 10001:10001
ENTRYPOINT ["node", "dist/apps/main.js"]
`;

describe('the Dockerfile linter', () => {
  it('finds nothing in the project’s Dockerfile', () => {
    expect(lint(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'))).toEqual([]);
  });

  it('finds nothing in the good example the cases below break', () => {
    expect(lint(GOED)).toEqual([]);
  });

  it.each([
    ['a :latest base', GOED.replace(`node:${nodeVersion}-bookworm-slim AS build`, 'node:latest AS build'), 'pinned-base'],
    ['an untagged base', GOED.replace(`FROM node:${nodeVersion}-bookworm-slim\n`, 'FROM debian\n'), 'pinned-base'],
    ['another Node.js than .node-version', GOED.replace(`FROM node:${nodeVersion}-bookworm-slim\n`, 'FROM node:20.19.0-bookworm-slim\n'), 'node-version'],
    ['a shell-form ENTRYPOINT', GOED.replace('ENTRYPOINT ["node", "dist/apps/main.js"]', 'ENTRYPOINT node dist/apps/main.js'), 'exec-form'],
    ['a shell-form CMD', GOED.replace('ENTRYPOINT ["node", "dist/apps/main.js"]', 'CMD node dist/apps/main.js'), 'exec-form'],
    ['an exec-form start through sh -c', GOED.replace('ENTRYPOINT ["node", "dist/apps/main.js"]', 'CMD ["sh", "-c", "exec node dist/apps/main.js"]'), 'exec-form'],
    ['USER root', GOED.replace('USER 10001:10001', 'USER root'), 'non-root-user'],
    ['USER 0:0', GOED.replace('USER 10001:10001', 'USER 0:0'), 'non-root-user'],
    ['a user by name', GOED.replace('USER 10001:10001', 'USER node'), 'non-root-user'],
    ['no USER', GOED.replace('USER 10001:10001\n', ''), 'non-root-user'],
    ['RUN in the runtime stage', GOED.replace('USER 10001:10001', 'RUN npm prune --omit=dev\nUSER 10001:10001'), 'runtime-copies-only'],
    ['ADD', GOED.replace('COPY --from=build', 'ADD https://example.org/dist.tgz ./\nCOPY --from=build'), 'no-add'],
    ['no NODE_ENV=production', GOED.replace('ENV NODE_ENV=production', 'ENV NODE_ENV=development'), 'node-env'],
    ['an unknown instruction', GOED.replace('WORKDIR /app\nRUN', 'WORKDIRR /app\nRUN'), 'dockerfile-utils/38'],
  ])('refuses %s, naming the line', (_, content, rule) => {
    const findings = lint(content);
    expect(findings.map((finding) => finding.rule)).toContain(rule);
    expect(findings.every((finding) => finding.line >= 1 && finding.message.length > 10)).toBe(true);
  });

  it('refuses another image stage (the portal’s) that runs as root', () => {
    const portaal = `FROM nginxinc/nginx-unprivileged:1.29.1-alpine AS portaal\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n`;
    expect(rules(portaal + GOED)).toEqual(['non-root-user']);
    expect(rules(portaal.replace('ENTRYPOINT', 'USER 101:101\nENTRYPOINT') + GOED)).toEqual([]);
  });

  it('accepts a base pinned by digest', () => {
    expect(rules(GOED.replace(`FROM node:${nodeVersion}-bookworm-slim\n`, `FROM node@sha256:${'a'.repeat(64)}\n`))).toEqual([]);
  });
});
