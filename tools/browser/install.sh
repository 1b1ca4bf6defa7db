#!/usr/bin/env bash
# Debian's Chromium for the portal's browser tests (playwright-core drives /usr/bin/chromium; no
# browser download). Idempotent and quiet: does nothing when it is there already.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
echo "[browser] installing Debian's chromium"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
[ -x /usr/bin/chromium ] || { echo "[browser] ERROR: /usr/bin/chromium still missing after apt-get install" >&2; exit 1; }
