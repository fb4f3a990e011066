#!/usr/bin/env bash
# Contract fuzzing with schemathesis: against a throwaway crm-server this script starts (on a fresh
# SQLite or PostgreSQL database), or against a server already running somewhere (staging).
#
# usage: contract-tests/run.sh [--quick] [--examples N] [--database sqlite|postgres] [--seed-data]
#                              [--max-response-time SECONDS] [--base-url URL] [--label NAME]
#   --quick              the bounded pass of `make test` (20 examples per operation, fixed seed)
#   --examples N         examples per operation (default: max-examples of schemathesis.toml)
#   --database KIND      the throwaway server's database: sqlite (default) or postgres (a fresh
#                        database created through TEST_DATABASE_URL and dropped afterwards)
#   --seed-data          load the demo workspace (`crm-server seed`) first and fuzz as its owner,
#                        so reads and the stateful phase meet real records (the other demo members
#                        are removed first: with a second member the fuzzer could make it OWNER
#                        and then remove its own membership, and every later request is a 403)
#   --max-response-time  fail any answer slower than SECONDS (schemathesis' check)
#   --base-url URL       fuzz the server at URL (e.g. https://staging.example.com/v1) instead of
#                        starting one; its /openapi.yaml is compared with the spec under test first
#                        (run that server with CRM_EVENT_STREAM_SECONDS=0, as the servers started
#                        here are: otherwise each GET /events stays open its whole stream time)
#   --label NAME         report folder name under target/contract/ (default: the database, or
#                        `staging` with --base-url)
#
# Credentials (with --base-url; optional): CONTRACT_EMAIL and CONTRACT_PASSWORD of a user to sign
# in as, or CONTRACT_TOKEN, a bearer token (then authLogout is not fuzzed: it would end the token's
# session). Without them the run registers its own user `contract-<random>@example.com`, which
# gets a workspace of its own: the run never reads or writes another tenant's data. The run acts
# in the user's current workspace (GET /auth/me), sent as X-Workspace-Id.
#
# Reports: target/contract/<label>/ (junit.xml, report.json, and server.log for a local server),
# recreated on each run. Exit status: schemathesis' own (0 pass, 1 failures, 2 usage or spec
# error); 1 when the server does not come up or the user cannot sign in; 0 with a loud notice
# when every operation is switched off.
#
# Environment (optional):
#   CRM_SERVER_BIN     use this crm-server binary instead of building target/release/crm-server
#   CONTRACT_SPEC      spec to test instead of openapi/crm.openapi.yaml
#   TEST_DATABASE_URL  PostgreSQL admin URL for --database postgres
#                      (default postgres://postgres@127.0.0.1:5432/postgres)
#   ST_VENV            Python venv with schemathesis (default: <repo>/.venv-st, created on demand
#                      from contract-tests/requirements.txt)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QUICK_MAX_EXAMPLES=20
EXAMPLES=""
DATABASE=sqlite
SEED_DATA=0
MAX_RESPONSE_TIME=""
BASE_URL=""
LABEL=""
usage_error() {
  echo "contract-tests: $* (see contract-tests/run.sh --help)" >&2
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) EXAMPLES="$QUICK_MAX_EXAMPLES" ;;
    --examples) EXAMPLES="${2:-}"; shift ;;
    --database) DATABASE="${2:-}"; shift ;;
    --seed-data) SEED_DATA=1 ;;
    --max-response-time) MAX_RESPONSE_TIME="${2:-}"; shift ;;
    --base-url) BASE_URL="${2:-}"; shift ;;
    --label) LABEL="${2:-}"; shift ;;
    -h | --help)
      awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    *) usage_error "unknown argument: $1" ;;
  esac
  shift
done
[ -z "$EXAMPLES" ] || [[ "$EXAMPLES" =~ ^[1-9][0-9]*$ ]] || usage_error "--examples needs a positive number"
[[ "$DATABASE" =~ ^(sqlite|postgres)$ ]] || usage_error "--database is sqlite or postgres"
BASE_URL="${BASE_URL%/}"
[ -z "$BASE_URL" ] || [[ "$BASE_URL" =~ ^https?://.+/v1$ ]] || usage_error "--base-url needs an http(s) URL ending in /v1"
[ -n "$LABEL" ] || LABEL="$([ -n "$BASE_URL" ] && echo staging || echo "$DATABASE")"
[[ "$LABEL" =~ ^[A-Za-z0-9._-]+$ ]] || usage_error "--label is a plain folder name"
if [ -n "$BASE_URL" ] && [ "$SEED_DATA" -eq 1 ]; then
  usage_error "--seed-data loads demo data into the server this script starts; it cannot be used with --base-url"
fi
if [ -n "${CONTRACT_TOKEN:-}" ] && [ -n "${CONTRACT_EMAIL:-}" ]; then
  usage_error "set CONTRACT_TOKEN or CONTRACT_EMAIL/CONTRACT_PASSWORD, not both"
fi

SPEC_ARG="${CONTRACT_SPEC:-$ROOT/openapi/crm.openapi.yaml}"
case "$SPEC_ARG" in
  /*) SPEC="$SPEC_ARG" ;;
  *) SPEC="$PWD/$SPEC_ARG" ;;
esac
cd "$ROOT"

CONFIG="$ROOT/contract-tests/schemathesis.toml"
REQUIREMENTS="$ROOT/contract-tests/requirements.txt"
REPORT_DIR="$ROOT/target/contract/$LABEL"
ADMIN_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PG_DB=""
SUPPORT="$ROOT/contract-tests/support.py"
# shellcheck source=server/tests/wait-ready.sh
source "$ROOT/server/tests/wait-ready.sh"
ST_VENV="${ST_VENV:-$ROOT/.venv-st}"

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
  if [ -n "$PG_DB" ]; then
    "$ST_VENV/bin/python" "$SUPPORT" pg-drop "$ADMIN_URL" "$PG_DB" || echo "contract-tests: could not drop database $PG_DB" >&2
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
# names in `include-operation-id`. With a fixed token, a copy of the config without the dynamic
# login (and without authLogout) is used.
if [ -n "${CONTRACT_TOKEN:-}" ]; then
  "$ST_VENV/bin/python" "$SUPPORT" token-config "$CONFIG" "$WORK/schemathesis.toml"
  CONFIG="$WORK/schemathesis.toml"
fi
OPERATIONS="$("$ST_VENV/bin/python" "$SUPPORT" operations "$CONFIG" "$SPEC")" ||
  fail "cannot use contract-tests/schemathesis.toml (see above)"
if [ -z "$OPERATIONS" ]; then
  echo "=====================================================================================" >&2
  echo "contract-tests: every operation is switched off in contract-tests/schemathesis.toml:" >&2
  echo "contract-tests: NOTHING WAS FUZZED." >&2
  echo "=====================================================================================" >&2
  exit 0
fi

rm -rf "$REPORT_DIR"
mkdir -p "$REPORT_DIR"

# --- 3. a local server: binary, database, demo data, start ---------------------------------------
start_local_server() {
  local server_bin database_url
  if [ -n "${CRM_SERVER_BIN:-}" ]; then
    server_bin="$CRM_SERVER_BIN"
  else
    cargo build --release -p crm-server --quiet || fail "cargo build --release -p crm-server failed"
    server_bin="${CARGO_TARGET_DIR:-$ROOT/target}/release/crm-server"
  fi
  [ -x "$server_bin" ] || fail "server binary not found: $server_bin"

  if [ "$DATABASE" = postgres ]; then
    PG_DB="crm_contract_$(random_hex 6)"
    "$ST_VENV/bin/python" "$SUPPORT" pg-create "$ADMIN_URL" "$PG_DB" ||
      fail "could not create a PostgreSQL database through $ADMIN_URL"
    database_url="$(python3 -c 'import sys; from urllib.parse import urlsplit; u = urlsplit(sys.argv[1]); print(u._replace(path="/" + sys.argv[2]).geturl())' "$ADMIN_URL" "$PG_DB")"
  else
    database_url="sqlite://$WORK/contract.db?mode=rwc"
  fi
  export DATABASE_URL="$database_url" CRM_JWT_SECRET="$(random_hex 32)"
  if [ "$SEED_DATA" -eq 1 ]; then
    "$server_bin" seed >"$REPORT_DIR/seed.log" 2>&1 || { cat "$REPORT_DIR/seed.log" >&2; fail "crm-server seed"; }
  fi

  local port
  port="$("$ST_VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  SERVER_LOG="$REPORT_DIR/server.log"
  CRM_BIND="127.0.0.1:$port" CRM_AUTH_RATE_LIMIT=100000 CRM_FAILED_LOGIN_LIMIT=100000 CRM_LOG_FORMAT=json \
    CRM_EVENT_STREAM_SECONDS=0 \
    "$server_bin" serve >"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  wait_until_ready "http://127.0.0.1:$port/healthz" "$SERVER_PID" "$SERVER_LOG" || fail "the server did not start"
  BASE_URL="http://127.0.0.1:$port/v1"
}
if [ -z "$BASE_URL" ]; then
  start_local_server
  if [ "$SEED_DATA" -eq 1 ] && [ -z "${CONTRACT_EMAIL:-}${CONTRACT_TOKEN:-}" ]; then
    # The demo workspace's owner (README "Demo credentials").
    CONTRACT_EMAIL=demo@example.com
    CONTRACT_PASSWORD=demo-password
  fi
fi

# --- 4. the spec the server serves -------------------------------------------------------------------
ORIGIN="${BASE_URL%/v1}"
"$ST_VENV/bin/python" "$SUPPORT" compare-spec "$SPEC" "$ORIGIN/openapi.yaml" || true

# --- 5. the user schemathesis acts as ----------------------------------------------------------------
export API_BASE="$BASE_URL"
# $1 = method, $2 = path, $3 = JSON body or "", $4 = output file, $5 = bearer token or "";
# prints the HTTP status (000 when no answer).
call() {
  local args=(-sS -o "$4" -w '%{http_code}' --max-time 15 -X "$1" "$API_BASE$2")
  [ -z "$3" ] || args+=(-H 'Content-Type: application/json' --data "$3")
  [ -z "$5" ] || args+=(-H "Authorization: Bearer $5")
  curl "${args[@]}" 2>"$4.err" || echo "000"
}
# $1 = what failed, $2 = status, $3 = answer file
refused() {
  echo "$1 answered $2:" >&2
  cat "$3" "$3.err" >&2 2>/dev/null || true
  echo >&2
  fail "$1 failed${SERVER_LOG:+; server log: $SERVER_LOG}"
}
if [ -n "${CONTRACT_TOKEN:-}" ]; then
  API_TOKEN="$CONTRACT_TOKEN"
  echo "contract-tests: signed in with CONTRACT_TOKEN"
else
  if [ -n "${CONTRACT_EMAIL:-}" ]; then
    [ -n "${CONTRACT_PASSWORD:-}" ] || usage_error "CONTRACT_EMAIL needs CONTRACT_PASSWORD"
    API_EMAIL="$CONTRACT_EMAIL"
    API_PASSWORD="$CONTRACT_PASSWORD"
  else
    API_EMAIL="contract-$(random_hex 6)@example.com"
    API_PASSWORD="Ct-$(random_hex 12)"
    body="{\"name\":\"Contract Tests\",\"email\":\"$API_EMAIL\",\"password\":\"$API_PASSWORD\"}"
    status="$(call POST /auth/register "$body" "$WORK/register.json" "")"
    [[ "$status" == 2?? ]] || refused "POST $API_BASE/auth/register" "$status" "$WORK/register.json"
    echo "contract-tests: registered $API_EMAIL (its own workspace)"
  fi
  export API_EMAIL API_PASSWORD
  body="$("$ST_VENV/bin/python" -c 'import json, sys; print(json.dumps({"email": sys.argv[1], "password": sys.argv[2]}))' "$API_EMAIL" "$API_PASSWORD")"
  status="$(call POST /auth/login "$body" "$WORK/login.json" "")"
  [[ "$status" == 2?? ]] || refused "POST $API_BASE/auth/login" "$status" "$WORK/login.json"
  API_TOKEN="$("$ST_VENV/bin/python" "$SUPPORT" json-get "$WORK/login.json" token)" ||
    refused "POST $API_BASE/auth/login (no string at /token)" "$status" "$WORK/login.json"
fi
if [ "$SEED_DATA" -eq 1 ]; then
  "$ST_VENV/bin/python" "$SUPPORT" sole-member "$API_BASE" "$API_TOKEN" ||
    fail "could not make the demo owner the workspace's only member"
fi
# The user's current workspace: schemathesis sends it as X-Workspace-Id (see [parameters] in the
# config), so fuzzed requests act in a workspace the user belongs to instead of a random one.
status="$(call GET /auth/me "" "$WORK/me.json" "$API_TOKEN")"
[[ "$status" == 200 ]] || refused "GET $API_BASE/auth/me" "$status" "$WORK/me.json"
API_WORKSPACE_ID="$("$ST_VENV/bin/python" "$SUPPORT" json-get "$WORK/me.json" workspaceId)" ||
  fail "the user belongs to no workspace (GET /auth/me has workspaceId null)"
export API_WORKSPACE_ID
echo "contract-tests: acting as $("$ST_VENV/bin/python" "$SUPPORT" json-get "$WORK/me.json" email) in workspace $API_WORKSPACE_ID"

# --- 6. fuzz -----------------------------------------------------------------------------------------
ARGS=(--config-file "$CONFIG" run "$SPEC" --report junit,json --report-dir "$REPORT_DIR"
  --report-junit-path "$REPORT_DIR/junit.xml" --report-json-path "$REPORT_DIR/report.json")
[ -z "$EXAMPLES" ] || ARGS+=(--max-examples "$EXAMPLES")
[ -z "$MAX_RESPONSE_TIME" ] || ARGS+=(--max-response-time "$MAX_RESPONSE_TIME")
[ -z "${CONTRACT_TOKEN:-}" ] || ARGS+=(--header "Authorization: Bearer $CONTRACT_TOKEN")
echo "contract-tests: fuzzing $(wc -w <<<"$OPERATIONS") operation(s) against $API_BASE" \
  "(${EXAMPLES:-configured} examples per operation${MAX_RESPONSE_TIME:+, max response time ${MAX_RESPONSE_TIME} s}; reports in ${REPORT_DIR#"$ROOT"/})"
started=$SECONDS
# In the background so that INT/TERM reach our trap at once; the trap stops schemathesis too.
"$ST_VENV/bin/schemathesis" "${ARGS[@]}" &
ST_PID=$!
set +e
wait "$ST_PID"
st_status=$?
set -e
ST_PID=""
echo "contract-tests: $LABEL: schemathesis exited with $st_status after $((SECONDS - started)) s; reports in ${REPORT_DIR#"$ROOT"/}"
exit "$st_status"
