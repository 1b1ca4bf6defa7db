#!/usr/bin/env bash
# Stops the Keycloak started by tools/keycloak/start.sh (via its pid file). Idempotent: does nothing
# when it does not run. A Keycloak this script did not start is left alone.
set -euo pipefail

CACHE="${KOERS_CACHE:-$HOME/.cache/koers}/keycloak"
PID_FILE="$CACHE/keycloak.pid"
PORT_FILE="$CACHE/keycloak.port"

if [ ! -f "$PID_FILE" ]; then
  echo "[keycloak] not running (no pid file $PID_FILE)"
  exit 0
fi
pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
  echo "[keycloak] not running (stale pid file removed)"
  rm -f "$PID_FILE" "$PORT_FILE"
  exit 0
fi

if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Eq 'kc\.sh|-Dkc\.home\.dir='; then
  echo "[keycloak] not running (pid $pid belongs to another program now; stale pid file removed)"
  rm -f "$PID_FILE" "$PORT_FILE"
  exit 0
fi

echo "[keycloak] stopping Keycloak (pid $pid)"
# start.sh runs kc.sh with setsid, so its pid is also its process group: end kc.sh and java together.
kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 60); do
  if ! kill -0 "$pid" 2>/dev/null && ! kill -0 -- "-$pid" 2>/dev/null; then
    rm -f "$PID_FILE" "$PORT_FILE"
    echo "[keycloak] stopped"
    exit 0
  fi
  sleep 0.5
done
echo "[keycloak] did not stop within 30 s; killing it"
kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
rm -f "$PID_FILE" "$PORT_FILE"
echo "[keycloak] stopped"
