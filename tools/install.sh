#!/usr/bin/env bash
# Installs the pinned Node dependencies when they are missing or the lock file changed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null || { echo "[install] ERROR: Node.js 20 is required" >&2; exit 1; }
stamp=node_modules/.koers-lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[install] npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
