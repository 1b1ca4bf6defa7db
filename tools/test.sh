#!/usr/bin/env bash
# The whole test suite on a fresh machine: Node.js 24 and the dependencies, PostgreSQL, RabbitMQ and
# Keycloak, then type check, lint, the Dockerfile lint, the docker-compose.yml validation, the NL
# API Design Rules on every OpenAPI document, the portal's component tests and build, unit + e2e
# tests (parallel; the portal's browser tests among them), and last the chaos tests that stop the
# broker (in band). Every stage prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
stage_started=$SECONDS
stage() {
  local now=$SECONDS
  [ -z "${stage_name:-}" ] || echo "[test] ${stage_name}: $((now - stage_started)) s"
  stage_name=$1
  stage_started=$now
  echo "[test] ${stage_name}"
}

stage "install"
bash tools/install.sh
source tools/node/use.sh
stage "infrastructure (PostgreSQL, RabbitMQ, Keycloak)"
bash tools/infra/ensure-services.sh
bash tools/keycloak/start.sh

stage "type check"
npx tsc -p tsconfig.json --noEmit
stage "type check of the portal (apps/portaal: DOM, JSX)"
npx tsc -p apps/portaal/tsconfig.json --noEmit
stage "lint (incl. Nx module boundaries)"
NX_DAEMON=false npx nx show projects >/dev/null  # the boundary rule reads the project graph
npx eslint apps libs tools e2e
stage "Dockerfile lint (dockerfile-utils and the image rules of ADR 0019)"
npx ts-node --transpile-only tools/docker/lint-dockerfile.ts
stage "docker-compose.yml against the Compose Specification schema and the project's rules"
npx ts-node --transpile-only tools/compose/validate-compose.ts
stage "NL API Design Rules (Spectral) on the OpenAPI document of every service"
npx ts-node --transpile-only -r tsconfig-paths/register tools/api/lint-openapi.ts

stage "portal component tests (Vitest)"
npx vitest run --config apps/portaal/vite.config.ts
stage "portal build (Vite) and the browser (Debian's Chromium)"
npx vite build --config apps/portaal/vite.config.ts --logLevel warn
bash tools/browser/install.sh
stage "Kubernetes manifests: kubectl kustomize every overlay, schemas and policies (tools/k8s)"
npx ts-node --transpile-only -r tsconfig-paths/register tools/k8s/validate.ts

status=0
stage "unit and e2e tests (incl. the portal in Chromium)"
npx jest --ci "$@" || status=$?
# In band, after the parallel run: tests that stop the shared broker (chaos) or change shared
# Keycloak users (serial), which would disturb tests running beside them.
stage "chaos and serial tests (stop the broker, change shared Keycloak users), in band"
npx jest --ci --runInBand --testMatch '<rootDir>/{apps,libs,e2e}/**/*.{chaos,serial}-spec.ts' "$@" || status=$?
stage "done"
echo "[test] total: $((SECONDS - started)) s, exit status $status"
exit $status
