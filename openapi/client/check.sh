#!/usr/bin/env bash
# The typed TypeScript client of the contract: generated with the pinned openapi-generator
# (`typescript-fetch`, from openapi/requirements.txt) into target/ts-client/ (not committed: it is
# regenerated from the spec on every run), then compiled with the pinned TypeScript under
# `--strict` together with openapi/client/usage.ts, the way the frontend uses it. A spec change
# that breaks the client's types fails here.
#
# usage: openapi/client/check.sh [--generate-only]
# Needs python3 (venv), Java 17+, Node.js; the network only for the first installs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLIENT_DIR="$ROOT/openapi/client"
OUT="$ROOT/target/ts-client"
VENV="${GEN_VENV:-$ROOT/.venv-gen}"
REQUIREMENTS="$ROOT/openapi/requirements.txt"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

fail() {
  echo "client: FAILED: $*" >&2
  [ -s "$LOG" ] && tail -40 "$LOG" >&2
  exit 1
}

command -v java >/dev/null || fail "java not found (openapi-generator needs Java 17+)"
if ! [ -x "$VENV/bin/openapi-generator-cli" ]; then
  { python3 -m venv "$VENV" && "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQUIREMENTS"; } >"$LOG" 2>&1 ||
    fail "could not install openapi/requirements.txt into $VENV"
fi

rm -rf "$OUT"
"$VENV/bin/openapi-generator-cli" generate -g typescript-fetch \
  -i "$ROOT/openapi/crm.openapi.yaml" -o "$OUT/src" \
  --additional-properties=supportsES6=true,typescriptThreePlus=true,modelPropertyNaming=original \
  >"$LOG" 2>&1 || fail "openapi-generator typescript-fetch"
echo "client: generated $OUT/src"
[ "${1:-}" = "--generate-only" ] && exit 0

command -v node >/dev/null || fail "node is not installed"
if ! [ -x "$CLIENT_DIR/node_modules/.bin/tsc" ]; then
  (cd "$CLIENT_DIR" && npm ci --no-audit --no-fund --loglevel=error) >"$LOG" 2>&1 ||
    fail "npm ci in openapi/client (the first install needs the npm registry)"
fi
(cd "$CLIENT_DIR" && node_modules/.bin/tsc -p tsconfig.json) >"$LOG" 2>&1 ||
  fail "tsc --strict found type errors in the generated client or in usage.ts"
echo "client: the generated client and usage.ts compile under tsc --strict"
