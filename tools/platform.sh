#!/usr/bin/env bash
# The whole Koers platform on one machine: dependencies, PostgreSQL, RabbitMQ, Keycloak (with the
# realm from deploy/keycloak), a build, the six services (each migrating its own schema on start),
# a dev mailbox (maildev: SMTP for notificaties, a web view of what it sent) and the portal, served
# by `vite preview` with its proxy to the services on one origin.
# Logs and pids go to .koers/ (ignored by git). Stop everything with tools/platform-stop.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install.sh
source tools/node/use.sh
bash tools/infra/ensure-services.sh
bash tools/keycloak/start.sh

echo "[platform] building"
rm -rf dist && npx tsc -p tsconfig.build.json
npx vite build --config apps/portaal/vite.config.ts --logLevel warn
KEYCLOAK_URL="http://127.0.0.1:${KEYCLOAK_PORT:-8180}"
# The portal's runtime configuration names the Keycloak the browser logs in at.
node -e 'const f=process.argv[1]; const c=require("./"+f); c.keycloak.url=process.argv[2]; require("fs").writeFileSync(f, JSON.stringify(c, null, 2));' \
  apps/portaal/dist/config.json "$KEYCLOAK_URL"

mkdir -p .koers/logs .koers/pids

# start NAME COMMAND...: (re)starts one background process with its pid in .koers/pids, log in .koers/logs.
start() {
  local name=$1 pidfile=.koers/pids/$1.pid
  shift
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "[platform] $name already runs (pid $(cat "$pidfile")), restarting"
    kill "$(cat "$pidfile")" && sleep 1
  fi
  nohup "$@" >> ".koers/logs/$name.log" 2>&1 &
  echo $! > "$pidfile"
}

MAIL_SMTP_PORT=${MAIL_SMTP_PORT:-1025}
MAIL_WEB_PORT=${MAIL_WEB_PORT:-1080}
PORTAAL_PORT=${PORTAAL_PORT:-4200}
start maildev node_modules/.bin/maildev --ip 127.0.0.1 --web-ip 127.0.0.1 --smtp "$MAIL_SMTP_PORT" --web "$MAIL_WEB_PORT"

declare -A PORTS=([signalen]=3001 [tafels]=3002 [pilots]=3003 [consent]=3004 [monitoring]=3005 [notificaties]=3006)
# Each service as the image starts it (ADR 19); without NODE_ENV=production it migrates its schema on start.
for svc in signalen tafels pilots consent monitoring notificaties; do
  PORT=${PORTS[$svc]} NOTIFICATIES_SMTP_PORT=$MAIL_SMTP_PORT \
    NOTIFICATIES_PORTAAL_URL="http://127.0.0.1:$PORTAAL_PORT" start "$svc" node dist/apps/main.js "$svc"
done
KEYCLOAK_URL=$KEYCLOAK_URL start portaal node node_modules/vite/bin/vite.js preview --config apps/portaal/vite.config.ts --port "$PORTAAL_PORT" --strictPort

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
for i in $(seq 30); do
  curl -fs "http://127.0.0.1:$PORTAAL_PORT/config.json" >/dev/null 2>&1 && break
  [ "$i" = 30 ] && { echo "[platform] ERROR: the portal did not start; last log lines:" >&2; tail -20 .koers/logs/portaal.log >&2; exit 1; }
  sleep 1
done

cat <<MSG

Koers runs:
  portaal       http://127.0.0.1:$PORTAAL_PORT/             (log in as e.g. gemeente.weert / koers-demo)
  mailbox       http://127.0.0.1:$MAIL_WEB_PORT/index.html   (every e-mail notificaties sends; SMTP 127.0.0.1:$MAIL_SMTP_PORT)
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
