#!/usr/bin/env bash
# Stops the six services started by tools/platform.sh (and Keycloak with --all).
set -euo pipefail
cd "$(dirname "$0")/.."
for pidfile in .koers/pids/*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null && echo "[platform] stopped $(basename "$pidfile" .pid)"
  rm -f "$pidfile"
done
if [ "${1:-}" = "--all" ]; then bash tools/keycloak/stop.sh; fi
