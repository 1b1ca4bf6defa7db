#!/usr/bin/env bash
# Regenerates what is generated from the code and committed: the typed clients of every service
# (libs/clients) and the AsyncAPI document of every event. `--check` only reports what is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/node/use.sh
exec npx ts-node --transpile-only -r tsconfig-paths/register tools/generate.ts "$@"
