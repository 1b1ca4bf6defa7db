#!/usr/bin/env bash
# The whole test suite on a fresh machine: dependencies, PostgreSQL, RabbitMQ and Keycloak, then
# type check, lint, unit + e2e tests (parallel), and last the chaos tests that stop the broker (in band).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install.sh
bash tools/infra/ensure-services.sh
bash tools/keycloak/start.sh

echo "[test] type check"
npx tsc -p tsconfig.json --noEmit
echo "[test] lint (incl. Nx module boundaries)"
NX_DAEMON=false npx nx show projects >/dev/null  # the boundary rule reads the project graph
npx eslint apps libs tools e2e

status=0
echo "[test] unit and e2e tests"
npx jest --ci "$@" || status=$?
echo "[test] chaos tests (stop and start the broker), in band"
npx jest --ci --runInBand --testMatch '<rootDir>/{apps,libs,e2e}/**/*.chaos-spec.ts' "$@" || status=$?
exit $status
