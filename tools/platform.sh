#!/usr/bin/env bash
# The whole Koers platform on one machine: dependencies, PostgreSQL, RabbitMQ, Keycloak (with the
# realm from deploy/keycloak), a build, and the six services, each migrating its own schema on start.
# Logs and pids go to .koers/ (ignored by git). Stop everything with tools/platform-stop.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install.sh
source tools/node/use.sh
bash tools/infra/ensure-services.sh
bash tools/keycloak/start.sh

echo "[platform] building"
rm -rf dist && npx tsc -p tsconfig.build.json

mkdir -p .koers/logs .koers/pids
declare -A PORTS=([signalen]=3001 [tafels]=3002 [pilots]=3003 [consent]=3004 [monitoring]=3005 [notificaties]=3006)
for svc in signalen tafels pilots consent monitoring notificaties; do
  pidfile=.koers/pids/$svc.pid
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "[platform] $svc already runs (pid $(cat "$pidfile")), restarting"
    kill "$(cat "$pidfile")" && sleep 1
  fi
  PORT=${PORTS[$svc]} TS_NODE_BASEURL=./dist nohup node -r tsconfig-paths/register "dist/apps/$svc/src/main.js" \
    >> ".koers/logs/$svc.log" 2>&1 &
  echo $! > "$pidfile"
done

echo "[platform] waiting for the services to be ready"
for svc in signalen tafels pilots consent monitoring notificaties; do
  port=${PORTS[$svc]}
  for i in $(seq 90); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
    if ! kill -0 "$(cat .koers/pids/$svc.pid)" 2>/dev/null || [ "$i" = 90 ]; then
      echo "[platform] ERROR: $svc did not become ready; last log lines:" >&2
      tail -20 ".koers/logs/$svc.log" >&2
      exit 1
    fi
    sleep 1
  done
done

cat <<MSG

Koers runs:
  signalen      http://127.0.0.1:3001/v1/signalen      (OpenAPI: /v1/openapi.json)
  tafels        http://127.0.0.1:3002
  pilots        http://127.0.0.1:3003
  consent       http://127.0.0.1:3004
  monitoring    http://127.0.0.1:3005
  notificaties  http://127.0.0.1:3006/v1/inbox
  Keycloak      http://127.0.0.1:${KEYCLOAK_PORT:-8180}  (realm koers; admin console /admin)
  RabbitMQ      amqp://127.0.0.1:5672     PostgreSQL 127.0.0.1:5432 (database koers)
Logs: .koers/logs/<service>.log     Stop: bash tools/platform-stop.sh
MSG
