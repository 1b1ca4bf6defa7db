#!/usr/bin/env bash
# Installs the pinned Node dependencies when they are missing or the lock file changed.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/node/use.sh
echo "[install] Node.js $(node --version), npm $(npm --version)"
stamp=node_modules/.koers-lock-sha
# A new Node version rebuilds native modules too, so it is part of the stamp.
want="$(sha256sum package-lock.json | cut -d' ' -f1) $(node --version)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[install] npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
