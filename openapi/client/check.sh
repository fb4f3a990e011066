#!/usr/bin/env bash
# The typed TypeScript client of the contract: generated with the pinned openapi-generator
# (`typescript-fetch`, from openapi/requirements.txt) into target/ts-client/ (not committed: it is
# regenerated from the spec on every run), then compiled with the pinned TypeScript under
# `--strict` together with openapi/client/usage.ts, the way the frontend uses it. A spec change
# that breaks the client's types fails here.
#
# usage: openapi/client/check.sh [--generate-only]
# Needs python3 (venv); the JDK and Node.js come from PyPI (openapi/tools.sh); the network only
# for the first installs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLIENT_DIR="$ROOT/openapi/client"
OUT="$ROOT/target/ts-client"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

fail() {
  echo "client: FAILED: $*" >&2
  [ -s "$LOG" ] && tail -40 "$LOG" >&2
  exit 1
}

# The pinned generator, its JDK and Node.js (openapi/tools.sh).
# shellcheck source=openapi/tools.sh
source "$ROOT/openapi/tools.sh"
ensure_spec_tools || fail "could not install the pinned tools"
VENV="$SPEC_TOOLS_VENV"

rm -rf "$OUT"
mkdir -p "$OUT"
spec_for_generator "$ROOT/openapi/crm.openapi.yaml" "$OUT/spec.yaml" || fail "could not prepare the spec for the generator"
"$VENV/bin/openapi-generator-cli" generate -g typescript-fetch \
  -i "$OUT/spec.yaml" -o "$OUT/src" \
  --additional-properties=supportsES6=true,typescriptThreePlus=true,modelPropertyNaming=original \
  >"$LOG" 2>&1 || fail "openapi-generator typescript-fetch"
echo "client: generated $OUT/src"
[ "${1:-}" = "--generate-only" ] && exit 0

ensure_npm_packages "$CLIENT_DIR" || fail "could not install TypeScript (openapi/client/package-lock.json)"
(cd "$CLIENT_DIR" && node_modules/.bin/tsc -p tsconfig.json) >"$LOG" 2>&1 ||
  fail "tsc --strict found type errors in the generated client or in usage.ts"
echo "client: the generated client and usage.ts compile under tsc --strict"
