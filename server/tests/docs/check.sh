#!/usr/bin/env bash
# The docs page in a real browser: starts the crm-server binary on a throwaway SQLite database,
# loads /docs in headless Chromium (playwright-core, pinned in server/tests/docs/package-lock.json)
# and checks every tag and operation of the spec is there, with no console error and nothing
# loaded from another origin (check-docs.mjs). The screenshot goes to target/docs/docs.png.
#
# Installs what it lacks into git-ignored folders, from package registries: Node.js (PyPI, through
# openapi/tools.sh), playwright-core and a Chromium build (the npm package @sparticuz/chromium).
# CHROMIUM names another browser to use instead. CRM_SERVER_BIN names the server binary
# (default: target/debug/crm-server, built when missing).
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

# Node.js from PyPI and the npm packages (playwright-core, and the Chromium build shipped in the
# npm package @sparticuz/chromium), all pinned; the browser unpacks into target/browser.
# shellcheck source=openapi/tools.sh
source "$ROOT/openapi/tools.sh"
ensure_spec_tools || fail "could not install the pinned tools"
ensure_npm_packages "$HERE" || fail "could not install server/tests/docs/package-lock.json"
mkdir -p "$ROOT/target/browser"
export TMPDIR="$ROOT/target/browser"

if ! [ -x "$BIN" ]; then
  (cd "$ROOT" && cargo build -p crm-server) || fail "cargo build"
fi
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
DATABASE_URL="sqlite://$WORK/docs.db?mode=rwc" CRM_BIND="127.0.0.1:$PORT" RUST_LOG=warn \
  "$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
# shellcheck source=server/tests/wait-ready.sh
source "$ROOT/server/tests/wait-ready.sh"
wait_until_ready "http://127.0.0.1:$PORT/readyz" "$SERVER_PID" "$WORK/server.log" || fail "the server did not start"

mkdir -p "$SHOT_DIR"
node "$HERE/check-docs.mjs" "http://127.0.0.1:$PORT" "$SHOT_DIR/docs.png" || fail "the docs page check"
