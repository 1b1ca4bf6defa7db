#!/usr/bin/env bash
# Makes sure PostgreSQL and RabbitMQ run on this machine and the Koers databases exist.
# Installs them from Debian's packages when they are missing (root), starts them when stopped.
set -euo pipefail

PGHOST_ADDR=${PGHOST_ADDR:-127.0.0.1}
PGPORT=${PGPORT:-5432}
log() { printf '[infra] %s\n' "$*"; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

apt_install() {
  [ "$(id -u)" = 0 ] || die "$1 is not installed and we are not root to install it"
  log "installing $* from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for_port() {
  local name=$1 host=$2 port=$3 seconds=${4:-60}
  for _ in $(seq "$seconds"); do port_open "$host" "$port" && return 0; sleep 1; done
  die "$name did not open $host:$port within ${seconds}s"
}

ensure_postgres() {
  if ! port_open "$PGHOST_ADDR" "$PGPORT"; then
    command -v pg_ctlcluster >/dev/null || apt_install postgresql
    local version
    version=$(ls /etc/postgresql | sort -V | tail -1)
    log "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    wait_for_port PostgreSQL "$PGHOST_ADDR" "$PGPORT" 60
  fi
  for _ in $(seq 30); do psql -h "$PGHOST_ADDR" -p "$PGPORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
  for db in koers koers_test; do
    if [ -z "$(psql -h "$PGHOST_ADDR" -p "$PGPORT" -U postgres -d postgres -Atqc "select 1 from pg_database where datname='$db'")" ]; then
      log "creating database $db"
      psql -h "$PGHOST_ADDR" -p "$PGPORT" -U postgres -d postgres -qc "create database $db" >/dev/null
    fi
  done
  log "PostgreSQL ready on $PGHOST_ADDR:$PGPORT (databases koers, koers_test)"
}

ensure_rabbitmq() {
  if ! port_open 127.0.0.1 5672; then
    command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
    if rabbitmqctl -q ping >/dev/null 2>&1; then
      # The node runs but its app was stopped (rabbitmqctl stop_app), e.g. by an interrupted chaos test.
      log "starting the RabbitMQ app"
      rabbitmqctl -q start_app
    else
      log "starting RabbitMQ"
      rabbitmq-server -detached || true
    fi
    wait_for_port RabbitMQ 127.0.0.1 5672 90
  fi
  log "RabbitMQ ready on 127.0.0.1:5672"
}

ensure_postgres
ensure_rabbitmq
