#!/usr/bin/env bash
# Contract fuzzing: run schemathesis against a throwaway crm-server on a fresh SQLite database.
#
# usage: contract-tests/run.sh [--quick]
#   --quick   the bounded pass of `make test` (5 examples per operation); without it, the full run
#             (max-examples from contract-tests/schemathesis.toml).
#
# Covered operations: every operation of the spec, except any that contract-tests/schemathesis.toml
# switches off (see the comment there).
# Reports: contract-tests/reports/ (junit.xml, server.log; register/login answers when those fail),
# recreated on each run.
# Exit status: schemathesis' own (0 pass, 1 failures, 2 usage or spec error); 1 when the server does
# not come up or registration fails; 0 with a loud notice when every operation is switched off.
#
# Environment (optional):
#   CRM_SERVER_BIN  use this crm-server binary instead of building target/release/crm-server
#   CONTRACT_SPEC   spec to test instead of openapi/crm.openapi.yaml (relative to the current directory)
#   ST_VENV         Python venv with schemathesis (default: <repo>/.venv-st, created on demand from
#                   contract-tests/requirements.txt)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QUICK=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *)
      echo "contract-tests: unknown argument: $arg (usage: contract-tests/run.sh [--quick])" >&2
      exit 2
      ;;
  esac
done

SPEC_ARG="${CONTRACT_SPEC:-$ROOT/openapi/crm.openapi.yaml}"
case "$SPEC_ARG" in
  /*) SPEC="$SPEC_ARG" ;;
  *) SPEC="$PWD/$SPEC_ARG" ;;
esac
cd "$ROOT"

CONFIG="$ROOT/contract-tests/schemathesis.toml"
REQUIREMENTS="$ROOT/contract-tests/requirements.txt"
REPORT_DIR="$ROOT/contract-tests/reports"
ST_VENV="${ST_VENV:-$ROOT/.venv-st}"
QUICK_MAX_EXAMPLES=5

fail() {
  echo "contract-tests: FAILED: $*" >&2
  exit 1
}

# --- state cleaned up on every exit path ----------------------------------------------------------
WORK="$(mktemp -d)"
SERVER_PID=""
ST_PID=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  if [ -n "$ST_PID" ]; then
    kill -TERM "$ST_PID" 2>/dev/null || true
    wait "$ST_PID" 2>/dev/null || true
  fi
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

random_hex() { # $1 = bytes
  od -An -N "$1" -tx1 /dev/urandom | tr -d ' \n'
}

# --- 1. schemathesis venv (pip runs only when requirements.txt changed) ---------------------------
want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
if ! [ -x "$ST_VENV/bin/schemathesis" ] || [ "$(cat "$ST_VENV/.requirements.sha256" 2>/dev/null)" != "$want" ]; then
  if ! { [ -x "$ST_VENV/bin/python" ] || python3 -m venv "$ST_VENV"; } >"$WORK/venv.log" 2>&1 ||
     ! "$ST_VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQUIREMENTS" >>"$WORK/venv.log" 2>&1; then
    cat "$WORK/venv.log" >&2
    fail "could not create $ST_VENV from contract-tests/requirements.txt (needs Python >= 3.11 and PyPI)"
  fi
  echo "$want" >"$ST_VENV/.requirements.sha256"
fi

# --- 2. the covered operations ------------------------------------------------------------------------
# Every operation of the spec is fuzzed, except those an [[operations]] table with `enabled = false`
# names in `include-operation-id` (operations not served yet). Schemathesis does not report a
# misspelt id in a filter, so every id named there is checked here.
if ! OPERATIONS="$("$ST_VENV/bin/python" - "$CONFIG" "$SPEC" <<'EOF'
import os, sys, tomllib
import yaml

config_path, spec_path = sys.argv[1], sys.argv[2]
with open(config_path, "rb") as f:
    config = tomllib.load(f)
if not os.path.isfile(spec_path):
    sys.exit(f"spec not found: {spec_path}")
with open(spec_path, encoding="utf-8") as f:
    spec = yaml.safe_load(f)
known = [op.get("operationId") for item in (spec.get("paths") or {}).values() if isinstance(item, dict)
         for op in item.values() if isinstance(op, dict) and op.get("operationId")]
named, off = [], set()
for table in config.get("operations", []):
    ids = table.get("include-operation-id", table.get("exclude-operation-id", []))
    ids = [ids] if isinstance(ids, str) else ids
    named += ids
    if table.get("enabled") is False:
        if "include-operation-id" not in table:
            sys.exit(f"{config_path}: a table with enabled = false must name its operations with "
                     "include-operation-id")
        off.update(ids)
unknown = sorted({i for i in named if i not in known})
for i in unknown:
    print(f"{config_path}: {i!r} is not an operationId of {spec_path}", file=sys.stderr)
if unknown:
    sys.exit(1)
print(" ".join(i for i in known if i not in off))
EOF
)"; then
  fail "cannot use contract-tests/schemathesis.toml (see above)"
fi
if [ -z "$OPERATIONS" ]; then
  echo "=====================================================================================" >&2
  echo "contract-tests: every operation is switched off in contract-tests/schemathesis.toml:" >&2
  echo "contract-tests: NOTHING WAS FUZZED." >&2
  echo "=====================================================================================" >&2
  exit 0
fi

# --- 3. server binary --------------------------------------------------------------------------------
rm -rf "$REPORT_DIR"
mkdir -p "$REPORT_DIR"
if [ -n "${CRM_SERVER_BIN:-}" ]; then
  SERVER_BIN="$CRM_SERVER_BIN"
else
  if ! cargo build --release -p crm-server --quiet; then
    fail "cargo build --release -p crm-server failed"
  fi
  SERVER_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/crm-server"
fi
[ -x "$SERVER_BIN" ] || fail "server binary not found: $SERVER_BIN"

# --- 4. start it on a free port with a fresh database --------------------------------------------
PORT="$("$ST_VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
SERVER_LOG="$REPORT_DIR/server.log"
DATABASE_URL="sqlite://$WORK/contract.db?mode=rwc" \
  CRM_BIND="127.0.0.1:$PORT" \
  CRM_JWT_SECRET="$(random_hex 32)" \
  CRM_AUTH_RATE_LIMIT=100000 \
  CRM_LOG_FORMAT=json \
  "$SERVER_BIN" serve >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

ORIGIN="http://127.0.0.1:$PORT"
deadline=$((SECONDS + 30))
until curl -fsS -o /dev/null --max-time 2 "$ORIGIN/healthz" 2>/dev/null; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    tail -n 50 "$SERVER_LOG" >&2 || true
    fail "crm-server exited during start-up (log above, full log in $SERVER_LOG)"
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    tail -n 50 "$SERVER_LOG" >&2 || true
    fail "crm-server did not answer GET /healthz within 30 s (log above, full log in $SERVER_LOG)"
  fi
  sleep 0.2
done

# --- 5. a user for schemathesis' dynamic auth ----------------------------------------------------
export API_BASE="$ORIGIN/v1"
API_EMAIL="contract-$(random_hex 6)@example.com"
API_PASSWORD="Ct-$(random_hex 12)"
export API_EMAIL API_PASSWORD

# $1 = path, $2 = JSON body, $3 = output file; prints the HTTP status (000 when no answer).
post_json() {
  curl -sS -o "$3" -w '%{http_code}' --max-time 10 -X POST "$API_BASE$1" \
    -H 'Content-Type: application/json' --data "$2" 2>"$3.err" || echo "000"
}
has_token() { # $1 = response file: does it carry a string at /token?
  "$ST_VENV/bin/python" -c 'import json, sys; sys.exit(0 if isinstance(json.load(open(sys.argv[1])).get("token"), str) else 1)' "$1" 2>/dev/null
}
status="$(post_json /auth/register \
  "{\"name\":\"Contract Tests\",\"email\":\"$API_EMAIL\",\"password\":\"$API_PASSWORD\"}" "$REPORT_DIR/register.json")"
if [[ "$status" != 2?? ]] || ! has_token "$REPORT_DIR/register.json"; then
  echo "POST $API_BASE/auth/register answered $status:" >&2
  cat "$REPORT_DIR/register.json" "$REPORT_DIR/register.json.err" >&2 2>/dev/null || true
  echo >&2
  fail "could not register a user through POST /v1/auth/register (is auth implemented yet?); server log: $SERVER_LOG"
fi
status="$(post_json /auth/login "{\"email\":\"$API_EMAIL\",\"password\":\"$API_PASSWORD\"}" "$REPORT_DIR/login.json")"
if [[ "$status" != 2?? ]] || ! has_token "$REPORT_DIR/login.json"; then
  echo "POST $API_BASE/auth/login answered $status:" >&2
  cat "$REPORT_DIR/login.json" "$REPORT_DIR/login.json.err" >&2 2>/dev/null || true
  echo >&2
  fail "the registered user cannot log in through POST /v1/auth/login (no string at /token); server log: $SERVER_LOG"
fi
# The user's workspace: schemathesis sends it as X-Workspace-Id (see [parameters] in the config), so
# fuzzed requests act in a workspace the user belongs to instead of a random one (always a 403).
API_WORKSPACE_ID="$("$ST_VENV/bin/python" -c 'import json, sys; print(json.load(open(sys.argv[1]))["workspaceId"])' "$REPORT_DIR/login.json")"
export API_WORKSPACE_ID
rm -f "$REPORT_DIR"/register.json* "$REPORT_DIR"/login.json*

# --- 6. fuzz -----------------------------------------------------------------------------------------
ARGS=(--config-file "$CONFIG" run "$SPEC" --report junit --report-dir "$REPORT_DIR"
  --report-junit-path "$REPORT_DIR/junit.xml")
if [ "$QUICK" -eq 1 ]; then
  ARGS+=(--max-examples "$QUICK_MAX_EXAMPLES")
fi
echo "contract-tests: fuzzing $(wc -w <<<"$OPERATIONS") operation(s) against $API_BASE$([ "$QUICK" -eq 1 ] && echo ' (quick)')"
# In the background so that INT/TERM reach our trap at once; the trap stops schemathesis too.
"$ST_VENV/bin/schemathesis" "${ARGS[@]}" &
ST_PID=$!
set +e
wait "$ST_PID"
st_status=$?
set -e
ST_PID=""
if [ "$st_status" -ne 0 ]; then
  echo "contract-tests: schemathesis exited with $st_status; reports and server log in $REPORT_DIR" >&2
fi
exit "$st_status"
