#!/usr/bin/env bash
# Starts a local Keycloak for development and tests, with the realms in deploy/keycloak imported.
#
# - The distribution (org.keycloak:keycloak-quarkus-dist, version KEYCLOAK_VERSION) is fetched from
#   Maven Central with Maven and unpacked once into ${KOERS_CACHE:-~/.cache/koers}/keycloak/ (outside git).
# - Keycloak runs in dev mode (start-dev) with its own H2 store under the unpacked dir's data/.
#   --import-realm skips realms that already exist, so a checksum of deploy/keycloak/*.json is kept
#   in the cache; when the realm files change, the dev store is wiped so the edits always take effect.
# - Idempotent: when the koers realm already answers on KEYCLOAK_PORT, the running Keycloak is reused.
# - Stop it with tools/keycloak/stop.sh. Log: <cache>/keycloak/keycloak.log.
#
# - Dev only: bootstrap admin admin/admin, H2 store, realms with sslRequired "none" (plain http on
#   127.0.0.1). Production realms/overlays must use sslRequired "external", real secrets and no
#   koers-tests / koers-tests-kort clients (password grant).
#
# Environment: KEYCLOAK_VERSION (26.7.3), KEYCLOAK_PORT (8180), KOERS_CACHE (~/.cache/koers),
# KEYCLOAK_START_TIMEOUT (300 s). The realm files' placeholders ${KOERS_DEMO_PASSWORD:koers-demo},
# ${KOERS_HORIZON_CLIENT_SECRET:...} and ${KOERS_<DIENST>_CLIENT_SECRET:...} of the service identities (notificaties,
# signalen, tafels, pilots) are resolved by Keycloak from the environment at import; changing one of
# them also re-imports the realms.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="${KEYCLOAK_VERSION:-26.7.3}"
PORT="${KEYCLOAK_PORT:-8180}"
CACHE="${KOERS_CACHE:-$HOME/.cache/koers}/keycloak"
TIMEOUT="${KEYCLOAK_START_TIMEOUT:-300}"
KC_HOME="$CACHE/keycloak-$VERSION"
ZIP="$CACHE/keycloak-quarkus-dist-$VERSION.zip"
LOG="$CACHE/keycloak.log"
PID_FILE="$CACHE/keycloak.pid"
PORT_FILE="$CACHE/keycloak.port"
SUM_FILE="$CACHE/realm.sha256"
BASE_URL="http://127.0.0.1:$PORT"
REALM_CHECK_URL="$BASE_URL/realms/koers/.well-known/openid-configuration"

say() { echo "[keycloak] $*"; }
die() { echo "[keycloak] ERROR: $*" >&2; exit 1; }

realm_answers() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$REALM_CHECK_URL" 2>/dev/null || true)" = "200" ]
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

our_pid() {
  # Prints the pid of the Keycloak started by this script, if it still runs.
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a recycled pid: it must still be kc.sh, or the java it became (exec after re-augmentation).
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Eq 'kc\.sh|-Dkc\.home\.dir=' || return 1
  echo "$pid"
}

realm_checksum() {
  # The realm files, the values of the environment placeholders they use (${KOERS_DEMO_PASSWORD:...}
  # etc.; only hashed, never stored) and the Keycloak version: any change gives a fresh dev store.
  {
    echo "keycloak $VERSION"
    cat "$ROOT"/deploy/keycloak/*.json
    grep -ohE '\$\{[A-Z][A-Z0-9_]*' "$ROOT"/deploy/keycloak/*.json | cut -c3- | sort -u | while read -r name; do
      echo "$name=${!name-<unset>}"
    done
  } | sha256sum | cut -d' ' -f1
}

command -v curl >/dev/null 2>&1 || die "curl is required but not found on PATH"
compgen -G "$ROOT/deploy/keycloak/*.json" >/dev/null || die "no realm files in $ROOT/deploy/keycloak/*.json"

mkdir -p "$CACHE"
# One start.sh at a time (test runs and tools/platform.sh may call it concurrently).
exec 9>"$CACHE/start.lock"
flock 9

CHECKSUM="$(realm_checksum)"

if realm_answers; then
  if [ "$(cat "$SUM_FILE" 2>/dev/null || true)" = "$CHECKSUM" ]; then
    say "reusing the running Keycloak at $BASE_URL (realm koers answers; realm files unchanged)"
    exit 0
  fi
  if our_pid >/dev/null; then
    say "realm files in deploy/keycloak (or their placeholder values) changed: restarting Keycloak to re-import them"
    bash "$ROOT/tools/keycloak/stop.sh"
  else
    say "WARNING: reusing a Keycloak at $BASE_URL that this script did not start; realm files may differ from deploy/keycloak"
    exit 0
  fi
fi

if pid="$(our_pid)" && [ "$(cat "$PORT_FILE" 2>/dev/null || true)" != "$PORT" ]; then
  die "the Keycloak of $KC_HOME already runs (pid $pid) on port $(cat "$PORT_FILE" 2>/dev/null || echo '?'), not on $PORT; stop it first: bash tools/keycloak/stop.sh"
fi

if ! our_pid >/dev/null && port_open; then
  # Something listens: give it a short while in case it is a Keycloak that is just coming up.
  for _ in 1 2 3 4 5; do
    sleep 1
    if realm_answers; then
      say "reusing the running Keycloak at $BASE_URL"
      exit 0
    fi
  done
  die "port $PORT (127.0.0.1) is taken by another process that does not serve realm koers; stop it or set KEYCLOAK_PORT"
fi

# --- prerequisites -------------------------------------------------------------------------------
command -v java >/dev/null 2>&1 || die "java not found on PATH; Keycloak $VERSION needs Java 17 or newer"
java_version="$(java -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
java_major="${java_version%%.*}"
if [ "$java_major" = "1" ]; then java_major="$(echo "$java_version" | cut -d. -f2)"; fi  # 1.8.0 style
[[ "$java_major" =~ ^[0-9]+$ ]] || die "cannot read the Java version from 'java -version' (got '$java_version')"
[ "$java_major" -ge 17 ] || die "Java $java_version found; Keycloak $VERSION needs Java 17 or newer"

# --- fetch and unpack once -----------------------------------------------------------------------
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  if [ ! -s "$ZIP" ]; then
    command -v mvn >/dev/null 2>&1 || die "mvn (Maven) not found on PATH; it is needed once to fetch keycloak-quarkus-dist $VERSION"
    say "fetching org.keycloak:keycloak-quarkus-dist:$VERSION:zip with Maven"
    if ! mvn -q -B -Dstyle.color=never dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
      -DoutputDirectory="$CACHE" >"$CACHE/mvn.log" 2>&1; then
      cat "$CACHE/mvn.log" >&2
      die "Maven could not fetch org.keycloak:keycloak-quarkus-dist:$VERSION:zip (output above, also in $CACHE/mvn.log)"
    fi
    [ -s "$ZIP" ] || die "Maven finished but $ZIP is missing"
  fi
  say "unpacking $(basename "$ZIP")"
  tmp="$(mktemp -d "$CACHE/unpack.XXXXXX")"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$ZIP" -d "$tmp"
  elif command -v python3 >/dev/null 2>&1; then
    say "unzip not found; unpacking with python3 zipfile instead"
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$ZIP" "$tmp"
  else
    rm -rf "$tmp"
    die "neither unzip nor python3 found; install unzip (apt-get install unzip) to unpack $ZIP"
  fi
  [ -f "$tmp/keycloak-$VERSION/bin/kc.sh" ] || { rm -rf "$tmp"; die "unexpected layout in $ZIP (no keycloak-$VERSION/bin/kc.sh)"; }
  chmod +x "$tmp/keycloak-$VERSION/bin/"*.sh
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$VERSION" "$KC_HOME"
  rm -rf "$tmp"
fi

# --- start (unless our own instance is already coming up) ----------------------------------------
if pid="$(our_pid)"; then
  say "Keycloak (pid $pid) is already starting; waiting for it"
else
  if [ "$(cat "$SUM_FILE" 2>/dev/null || true)" != "$CHECKSUM" ]; then
    say "realm files or placeholder values changed (or first start): wiping the dev store so the realms are imported afresh"
    if [ -d "$KC_HOME/data" ]; then
      find "$KC_HOME/data" -mindepth 1 -maxdepth 1 ! -name import -exec rm -rf {} +
    fi
    rm -f "$SUM_FILE"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME/data/import/"*.json
  cp "$ROOT"/deploy/keycloak/*.json "$KC_HOME/data/import/"

  # Bootstrap admin for the master realm: admin/admin, for local development only.
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
  export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
  # Keep the JVM light (2-core dev machines, many other processes).
  export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx768m}"

  say "starting Keycloak $VERSION on $BASE_URL (log: $LOG)"
  echo "=== $(date -Is) start-dev on 127.0.0.1:$PORT ===" >>"$LOG"
  # setsid: own session and process group, so stop.sh can end kc.sh and its java child together,
  # and the caller's shell ending does not take Keycloak with it. 9>&-: Keycloak must not hold the lock.
  nohup setsid "$KC_HOME/bin/kc.sh" start-dev \
    --http-port "$PORT" --http-host 127.0.0.1 --import-realm \
    >>"$LOG" 2>&1 </dev/null 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  echo "$PORT" >"$PORT_FILE"
fi

# --- wait until the koers realm answers ----------------------------------------------------------
deadline=$((SECONDS + TIMEOUT))
until realm_answers; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "[keycloak] ERROR: Keycloak exited during start; last log lines ($LOG):" >&2
    tail -n 40 "$LOG" >&2
    rm -f "$PID_FILE" "$PORT_FILE"
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "[keycloak] ERROR: realm koers did not answer at $REALM_CHECK_URL within ${TIMEOUT}s; last log lines ($LOG):" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  sleep 2
done

echo "$CHECKSUM" >"$SUM_FILE"
say "Keycloak $VERSION listens on $BASE_URL (pid $pid): realm koers at $BASE_URL/realms/koers, admin console $BASE_URL/admin (admin/admin, dev only)"
