#!/usr/bin/env bash
# The docs page in a real browser: starts the crm-server binary on a throwaway SQLite database,
# loads /docs in headless Chromium (playwright-core, pinned in server/tests/docs/package-lock.json)
# and checks every tag and operation of the spec is there, with no console error and nothing
# loaded from another origin (check-docs.mjs). The screenshot goes to target/docs/docs.png.
#
# Installs what it lacks: Debian's chromium (apt-get, when run as root; otherwise it says how),
# and the npm packages. CRM_SERVER_BIN names the binary (default: target/debug/crm-server,
# built when missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
HERE="$ROOT/server/tests/docs"
BIN="${CRM_SERVER_BIN:-$ROOT/target/debug/crm-server}"
SHOT_DIR="$ROOT/target/docs"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "docs: FAILED: $*" >&2
  exit 1
}

CHROMIUM="${CHROMIUM:-$(command -v chromium || true)}"
if [ -z "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "docs: installing Debian's chromium" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$WORK/apt.log" 2>&1 ||
      { tail -20 "$WORK/apt.log" >&2; fail "apt-get install chromium"; }
    CHROMIUM="$(command -v chromium)"
  else
    fail "chromium is not installed (sudo apt-get install chromium)"
  fi
fi
export CHROMIUM

command -v node >/dev/null || fail "node is not installed"
if ! [ -d "$HERE/node_modules/playwright-core" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error) >"$WORK/npm.log" 2>&1 ||
    { tail -20 "$WORK/npm.log" >&2; fail "npm ci in server/tests/docs"; }
fi

if ! [ -x "$BIN" ]; then
  (cd "$ROOT" && cargo build -p crm-server) || fail "cargo build"
fi
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
DATABASE_URL="sqlite://$WORK/docs.db?mode=rwc" CRM_BIND="127.0.0.1:$PORT" RUST_LOG=warn \
  "$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; fail "the server exited"; }
  sleep 0.1
done

mkdir -p "$SHOT_DIR"
node "$HERE/check-docs.mjs" "http://127.0.0.1:$PORT" "$SHOT_DIR/docs.png" || fail "the docs page check"
