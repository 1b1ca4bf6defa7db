#!/usr/bin/env bash
# Runs one benchmark on the project's Node.js: bash tools/bench/run.sh event-pipeline|metingen-csv|webhook-fanout|tafel-opvolging [args]
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: tools/bench/run.sh event-pipeline|metingen-csv|webhook-fanout|tafel-opvolging [args]}
shift
[ -f "tools/bench/$name.ts" ] || { echo "[bench] no benchmark tools/bench/$name.ts" >&2; exit 2; }
bash tools/install.sh
source tools/node/use.sh
bash tools/infra/ensure-services.sh
exec npx ts-node --transpile-only -r tsconfig-paths/register "tools/bench/$name.ts" "$@"
