#!/usr/bin/env bash
# The staging mode of contract-tests/run.sh, tested the way a team uses it: a crm-server started
# here as its own process (as a deployed staging server would be, with the demo data of
# `crm-server seed`), then `run.sh --base-url` pointed at it with a bearer token in
# CONTRACT_TOKEN. Passes when the run exits 0, reports that the served spec is the one under
# test, and leaves junit.xml and report.json in target/contract/staging-selftest/. It also checks
# that a served spec that differs is reported as a warning naming the differences.
#
# usage: contract-tests/staging-selftest.sh [EXAMPLES]    (default 3 examples per operation)
# CRM_SERVER_BIN names the binary (default: the release build, built when missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXAMPLES="${1:-3}"
LABEL=staging-selftest
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "staging-selftest: FAILED: $*" >&2
  exit 1
}

BIN="${CRM_SERVER_BIN:-}"
if [ -z "$BIN" ]; then
  (cd "$ROOT" && cargo build --release -p crm-server --quiet) || fail "cargo build --release"
  BIN="$ROOT/target/release/crm-server"
fi

# --- the "staging" server: another process, its own database, demo data --------------------------
export DATABASE_URL="sqlite://$WORK/staging.db?mode=rwc"
export CRM_JWT_SECRET="staging-selftest-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
"$BIN" seed >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; fail "crm-server seed"; }
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
CRM_BIND="127.0.0.1:$PORT" CRM_AUTH_RATE_LIMIT=100000 CRM_FAILED_LOGIN_LIMIT=100000 CRM_EVENT_STREAM_SECONDS=0 RUST_LOG=warn "$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
# shellcheck source=server/tests/wait-ready.sh
source "$ROOT/server/tests/wait-ready.sh"
wait_until_ready "http://127.0.0.1:$PORT/readyz" "$SERVER_PID" "$WORK/server.log" || fail "the server did not start"
BASE="http://127.0.0.1:$PORT/v1"
TOKEN="$(curl -fsS -X POST "$BASE/auth/login" -H 'Content-Type: application/json' \
  --data '{"email":"demo@example.com","password":"demo-password"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')" || fail "demo login"

# --- the staging run ---------------------------------------------------------------------------------
set +e
CONTRACT_TOKEN="$TOKEN" bash "$ROOT/contract-tests/run.sh" --base-url "$BASE" --examples "$EXAMPLES" \
  --label "$LABEL" 2>&1 | tee "$WORK/run.log"
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || fail "run.sh --base-url exited with $status"
grep -q "is the spec under test" "$WORK/run.log" || fail "the served spec was not compared with the spec under test"
for report in junit.xml report.json; do
  [ -s "$ROOT/target/contract/$LABEL/$report" ] || fail "no target/contract/$LABEL/$report"
done

# --- a served spec that differs is a warning with the differences ------------------------------------
sed 's/^  title: .*/  title: Another version/' "$ROOT/openapi/crm.openapi.yaml" >"$WORK/other.yaml"
"${ST_VENV:-$ROOT/.venv-st}/bin/python" "$ROOT/contract-tests/support.py" compare-spec "$WORK/other.yaml" \
  "http://127.0.0.1:$PORT/openapi.yaml" >"$WORK/compare.log"
grep -q "WARNING: the server's .* differs from the spec under test" "$WORK/compare.log" &&
  grep -q "title: Another version" "$WORK/compare.log" ||
  { cat "$WORK/compare.log" >&2; fail "a differing served spec was not reported with its differences"; }
echo "staging-selftest: run.sh --base-url against a separately started server passed (reports in target/contract/$LABEL/)"
