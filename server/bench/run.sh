#!/usr/bin/env bash
# Load benchmark of the CRM server (`make bench`): the release build, a realistic data volume,
# wrk against the main list/read endpoints and one write. Writes server/bench/RESULTS.md.
#
# Usage: bash server/bench/run.sh        (from anywhere; takes ~3 min plus the release build)
#
# What it does, in order:
#   1. installs wrk (and jq / sqlite3 when missing) with apt-get;
#   2. builds `crm-server` in release mode (niced: other builds share the machine);
#   3. creates a throwaway PostgreSQL database `crm_bench_<random>` when PostgreSQL answers on the
#      admin URL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), else a
#      temporary SQLite file; either is removed on exit;
#   4. starts `target/release/crm-server serve` on a free port and waits for /readyz;
#   5. registers a user through the API, then seeds its workspace with SQL: 100,000 contacts,
#      10,000 companies, 20,000 deals over the default stages, 20,000 tasks, 10,000 notes and one
#      `<kind>.created` activity per company, contact, deal and task (1% of contacts, companies
#      and deals soft-deleted), and sets the workspace's entity_counters to the live counts;
#   6. checks every measured endpoint once with curl (it must answer 200, or 201 for the write),
#      then runs wrk on it (2 threads, 16 connections, 10 s; report.lua prints one JSON line);
#   7. writes requests/s, latency percentiles, status >= 400 counts, the seeding time and the
#      server's peak RSS (VmHWM) to RESULTS.md, with a verdict against the handoff's goals
#      (section 12: P95 <= 400 ms for list/read endpoints, <= 600 ms for writes).
#
# wrk runs on the same machine as the server, so they share its CPUs: read the numbers as
# "this machine, client included", not as the server's ceiling.
#
# Environment (all optional):
#   TEST_DATABASE_URL   PostgreSQL admin URL (default postgres://postgres@127.0.0.1:5432/postgres)
#   BENCH_DB            auto (default) | postgres | sqlite
#   BENCH_KEEP_DB=1     keep the database and print its URL (for EXPLAIN ANALYZE afterwards)
#   BENCH_DURATION      wrk duration per endpoint (default 10s)
#   BENCH_THREADS, BENCH_CONNECTIONS   wrk threads / connections (default 2 / 16)
#   BENCH_CONTACTS, BENCH_COMPANIES, BENCH_DEALS, BENCH_TASKS, BENCH_NOTES   volumes (>= 100 each)
#   BENCH_RESULTS       output file (default server/bench/RESULTS.md)
#   BENCH_SKIP_BUILD=1  use the existing binary (BENCH_BIN, default target/release/crm-server)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

ADMIN_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
BENCH_DB=${BENCH_DB:-auto}
KEEP_DB=${BENCH_KEEP_DB:-0}
DURATION=${BENCH_DURATION:-10s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
N_CONTACTS=${BENCH_CONTACTS:-100000}
N_COMPANIES=${BENCH_COMPANIES:-10000}
N_DEALS=${BENCH_DEALS:-20000}
N_TASKS=${BENCH_TASKS:-20000}
N_NOTES=${BENCH_NOTES:-10000}
RESULTS=${BENCH_RESULTS:-server/bench/RESULTS.md}
BIN=${BENCH_BIN:-target/release/crm-server}
LUA=server/bench/report.lua

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
    log "FAILED: $*"
    exit 1
}

for n in "$N_CONTACTS" "$N_COMPANIES" "$N_DEALS" "$N_TASKS" "$N_NOTES"; do
    [[ $n =~ ^[0-9]+$ ]] && ((n >= 100)) || die "volumes must be whole numbers >= 100 (got '$n')"
done

# ---------------------------------------------------------------------------------------------
# Cleanup on every exit path: stop the server, drop the database, remove the temp directory.

WORK=$(mktemp -d /tmp/crm-bench.XXXXXX)
SERVER_PID=
SERVER_LOG=$WORK/server.log
DB_KIND=
DB_NAME=
DB_CREATED=0
DATABASE_URL=

stop_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}

cleanup() {
    local rc=$?
    set +e
    stop_server
    if ((rc != 0)) && [[ -s $SERVER_LOG ]]; then
        log "last lines of the server log:"
        tail -n 20 "$SERVER_LOG" >&2
    fi
    if [[ $KEEP_DB == 1 && -n $DATABASE_URL ]]; then
        log "kept the database: DATABASE_URL=$DATABASE_URL"
        [[ $DB_KIND == postgres ]] && log "drop it with: psql '$ADMIN_URL' -c 'DROP DATABASE $DB_NAME'"
        if [[ $DB_KIND == sqlite ]]; then
            log "remove it with: rm -r $WORK"
        else
            rm -rf "$WORK"
        fi
    else
        if ((DB_CREATED)); then
            psql "$ADMIN_URL" -qc "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null 2>&1 ||
                log "could not drop database $DB_NAME"
        fi
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
# Tools.

apt_install() {
    local sudo=
    ((EUID == 0)) || sudo=sudo
    log "installing $* with apt-get"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 || {
        $sudo apt-get update -qq >/dev/null 2>&1
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    } || die "apt-get install $* failed"
}

need() { # need COMMAND [PACKAGE]
    command -v "$1" >/dev/null 2>&1 || apt_install "${2:-$1}"
}

need wrk
need jq
need curl

# ---------------------------------------------------------------------------------------------
# Database.

pg_reachable() {
    command -v psql >/dev/null 2>&1 &&
        PGCONNECT_TIMEOUT=3 psql "$ADMIN_URL" -Atqc 'SELECT 1' >/dev/null 2>&1
}

case $BENCH_DB in
auto) if pg_reachable; then DB_KIND=postgres; else DB_KIND=sqlite; fi ;;
postgres) pg_reachable || die "PostgreSQL not reachable at $ADMIN_URL"; DB_KIND=postgres ;;
sqlite) DB_KIND=sqlite ;;
*) die "BENCH_DB must be auto, postgres or sqlite" ;;
esac

if [[ $DB_KIND == postgres ]]; then
    DB_NAME=crm_bench_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')
    base=${ADMIN_URL%%\?*}
    query=
    [[ $ADMIN_URL == *\?* ]] && query="?${ADMIN_URL#*\?}"
    DATABASE_URL="${base%/*}/$DB_NAME$query"
    psql "$ADMIN_URL" -qc "CREATE DATABASE $DB_NAME" >/dev/null
    DB_CREATED=1
    DB_VERSION="PostgreSQL $(psql "$DATABASE_URL" -Atc 'SHOW server_version')"
    log "database: PostgreSQL, throwaway database $DB_NAME"
else
    need sqlite3
    SQLITE_FILE=$WORK/bench.db
    DATABASE_URL="sqlite://$SQLITE_FILE?mode=rwc"
    libsqlite=$(awk '/^name = "libsqlite3-sys"/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
    DB_VERSION="SQLite (file, WAL; server linked with libsqlite3-sys ${libsqlite:-?}, seeded with the sqlite3 CLI $(sqlite3 --version | cut -d' ' -f1))"
    log "database: SQLite file $SQLITE_FILE (PostgreSQL not used)"
fi

# ---------------------------------------------------------------------------------------------
# Build and start the server.

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    log "building the release server (nice -n 10 cargo build --release -p crm-server)"
    nice -n 10 cargo build --release -p crm-server
fi
[[ -x $BIN ]] || die "$BIN is missing"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null && return
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        ss -Htln "sport = :$port" | grep -q . || {
            echo "$port"
            return
        }
    done
    die "no free port found"
}

PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
JWT_SECRET=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')

log "starting $BIN serve on $BASE"
env DATABASE_URL="$DATABASE_URL" CRM_BIND="127.0.0.1:$PORT" CRM_JWT_SECRET="$JWT_SECRET" \
    CRM_AUTH_RATE_LIMIT=100000 CRM_ACCESS_TOKEN_TTL=7200 RUST_LOG=warn CRM_LOG_FORMAT=json \
    "$BIN" serve >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

for _ in $(seq 600); do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz" || true) == 200 ]] && break
    sleep 0.1
done
[[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz" || true) == 200 ]] || die "/readyz never answered 200"

# ---------------------------------------------------------------------------------------------
# A user and its workspace.

REG=$(curl -s -X POST "$BASE/v1/auth/register" -H 'Content-Type: application/json' \
    -d '{"name":"Bench User","email":"bench@example.com","password":"bench-password-123"}')
TOKEN=$(jq -r '.token // empty' <<<"$REG")
WS=$(jq -r '.workspaceId // empty' <<<"$REG")
USER_ID=$(jq -r '.user.id // empty' <<<"$REG")
[[ -n $TOKEN && -n $WS && -n $USER_ID ]] || die "register failed: $REG"
AUTH=(-H "Authorization: Bearer $TOKEN" -H "X-Workspace-Id: $WS")
log "registered bench@example.com, workspace $WS"

# ---------------------------------------------------------------------------------------------
# Seeding SQL. One template, with the few dialect differences as small functions:
# ids (time-ordered UUIDv7-like on PostgreSQL, 16 random bytes on SQLite: how the server stores a
# uuid there), timestamps (timestamptz, or the text the server writes on SQLite:
# 2026-11-28T02:48:48.614485+00:00), uuid literals, JSON and row series.
# Timestamps are computed as whole microseconds since the epoch.

NOW_US=$(($(date +%s%N) / 1000))
DAY_US=86400000000

if [[ $DB_KIND == postgres ]]; then
    sql_id() { echo "pg_temp.bench_uuid($1)"; }
    sql_ts() { echo "(timestamptz 'epoch' + ($1) * interval '1 microsecond')"; }
    sql_uuid() { echo "'$1'::uuid"; }
    sql_json() { echo "CAST($1 AS jsonb)"; }
    sql_series() { echo "SELECT CAST(g AS BIGINT) AS n FROM generate_series(1, $1) AS g"; }
else
    sql_id() { echo "randomblob(16)"; }
    sql_ts() { echo "(strftime('%Y-%m-%dT%H:%M:%S', ($1) / 1000000, 'unixepoch') || printf('.%06d+00:00', ($1) % 1000000))"; }
    sql_uuid() { echo "X'${1//-/}'"; }
    sql_json() { echo "$1"; }
    sql_series() { echo "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $1) SELECT n FROM s"; }
fi

# A word list as a temp table (i = 1..count, v); words hold no quotes.
word_table() { # NAME WORD...
    local name=$1 i=0 values=()
    shift
    for w in "$@"; do
        i=$((i + 1))
        values+=("($i, '$w')")
    done
    local IFS=,
    echo "CREATE TEMP TABLE $name (i INTEGER PRIMARY KEY, v TEXT NOT NULL);"
    echo "INSERT INTO $name (i, v) VALUES ${values[*]};"
}

# The word of TABLE (COUNT words) chosen by EXPR.
pick() { echo "(SELECT v FROM $1 WHERE i = 1 + ($2) % $3)"; }

# A row number in 1..N chosen by EXPR that is never a multiple of 100 (those rows are the
# soft-deleted ones), so references always point at live records.
live_ref() { echo "(100 * (($1) % $(($2 / 100))) + 1 + ($1) % 99)"; }

FIRST=(Ann Anna Hannah Joanne Dianne Shannon Leanne James Mary John Patricia Robert Jennifer
    Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles
    Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Paul Ashley Steven Emily Andrew
    Kimberly Joshua Donna Kevin Michelle Brian Carol George Amanda Edward Melissa Ronald)
LAST=(Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
    Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
    Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
    Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Mann Hoffmann)
TITLES=("Account Manager" "CEO" "CTO" "Head of Sales" "Office Manager" "Procurement Lead"
    "Marketing Director" "Software Engineer" "Nurse" "Practice Manager" "Consultant" "CFO")
MAIL=(gmail.com outlook.com yahoo.com example.org proton.me company.example mail.example)
WORD1=(Northwind Contoso Fabrikam Tailspin Wingtip Adventure Blue Lakeside Summit Pioneer
    Silverline Redwood Harbor Granite Bright Evergreen Atlas Nova Vertex Hanna Brannon Cobalt
    Orchard Maple Riverside Keystone Meridian Sterling Beacon Horizon)
WORD2=(Traders Logistics Systems Health Dental Clinic Foods Energy Labs Media Partners Software
    Motors Capital Consulting Design Robotics Textiles Pharma Solutions)
SUFFIX=(Inc LLC Ltd GmbH Group Co)
INDUSTRY=(Software Healthcare Retail Manufacturing Finance Logistics Education Media Energy
    Hospitality)
SIZES=(1-10 11-50 51-200 201-500 501-1000 1000+)
TAGS=('[]' '["vip"]' '["lead"]' '["customer","vip"]' '["newsletter"]' '["partner","lead"]' '[]'
    '["customer"]' '["churn-risk"]' '["customer","newsletter"]')
PRODUCTS=("Annual licence" "Support renewal" "Onboarding package" "Hardware refresh"
    "Consulting block" "Enterprise upgrade" "Pilot project" "Training day" "Maintenance plan")
TASKS=("Call back" "Send proposal" "Plan annual review" "Follow up on invoice" "Book demo"
    "Prepare contract" "Check in after onboarding" "Schedule meeting" "Update billing details"
    "Send brochure")
NOTES=("Met at the trade fair, interested in the annual plan."
    "Asked for a discount on the second year."
    "Prefers email over phone calls."
    "Decision expected after the board meeting next month."
    "Budget approved, waiting for procurement."
    "Mentioned a competitor offer; send comparison sheet.")

# Volumes and their per-table timing spread: created within the last two years, updated between
# creation and now, rows whose number is a multiple of 100 soft-deleted (where the table has
# soft delete).
seed_sql() {
    local WSL UIDL
    WSL=$(sql_uuid "$WS")
    UIDL=$(sql_uuid "$USER_ID")
    local nf=${#FIRST[@]} nl=${#LAST[@]} nt=${#TITLES[@]} nm=${#MAIL[@]} n1=${#WORD1[@]}
    local n2=${#WORD2[@]} ns=${#SUFFIX[@]} ni=${#INDUSTRY[@]} nz=${#SIZES[@]} ng=${#TAGS[@]}
    local np=${#PRODUCTS[@]} nk=${#TASKS[@]} nn=${#NOTES[@]}

    if [[ $DB_KIND == postgres ]]; then
        echo '\set ON_ERROR_STOP on'
        # UUIDv7 layout: 48-bit milliseconds, version 7, random rest (variant from gen_random_uuid).
        echo 'CREATE FUNCTION pg_temp.bench_uuid(us bigint) RETURNS uuid LANGUAGE sql VOLATILE AS'
        echo "\$fn\$ SELECT encode(set_byte(b, 6, (get_byte(b, 6) & 15) | 112), 'hex')::uuid"
        echo '  FROM (SELECT substring(int8send(us / 1000) FROM 3)'
        echo '    || substring(uuid_send(gen_random_uuid()) FROM 7) AS b) AS s $fn$;'
    else
        echo '.bail on'
        echo '.timeout 10000'
    fi
    echo 'BEGIN;'
    word_table w_first "${FIRST[@]}"
    word_table w_last "${LAST[@]}"
    word_table w_title "${TITLES[@]}"
    word_table w_mail "${MAIL[@]}"
    word_table w_word1 "${WORD1[@]}"
    word_table w_word2 "${WORD2[@]}"
    word_table w_suffix "${SUFFIX[@]}"
    word_table w_industry "${INDUSTRY[@]}"
    word_table w_size "${SIZES[@]}"
    word_table w_tags "${TAGS[@]}"
    word_table w_product "${PRODUCTS[@]}"
    word_table w_task "${TASKS[@]}"
    word_table w_note "${NOTES[@]}"

    # b_<table>: n, created (c_us), updated (u_us), gone (soft-deleted), id.
    local t name salt count one many kind
    for t in companies:11:$N_COMPANIES contacts:23:$N_CONTACTS deals:37:$N_DEALS \
        tasks:41:$N_TASKS notes:53:$N_NOTES; do
        IFS=: read -r name salt count <<<"$t"
        cat <<SQL
CREATE TEMP TABLE b_$name AS
  SELECT n, c_us, u_us, CASE WHEN n % 100 = 0 THEN 1 ELSE 0 END AS gone, $(sql_id c_us) AS id
  FROM (SELECT n, c_us, c_us + (($NOW_US - c_us) / 10) * ((n * 31) % 10) AS u_us
        FROM (SELECT n, $NOW_US - ((n * 7919 + $salt) % 63072000) * 1000000 - (n * 104729) % 1000000 AS c_us
              FROM ($(sql_series "$count")) AS s) AS t) AS u;
CREATE UNIQUE INDEX b_${name}_n ON b_$name (n);
SQL
    done
    echo "CREATE TEMP TABLE b_stages AS SELECT row_number() OVER (ORDER BY position, id) AS i, id FROM stages WHERE workspace_id = $WSL;"

    local w1 w2
    w1=$(pick w_word1 n "$n1")
    w2=$(pick w_word2 "n / $n1" "$n2")
    cat <<SQL
INSERT INTO companies (id, workspace_id, owner_id, name, domain, industry, size, created_at, updated_at, deleted_at)
SELECT id, $WSL, $UIDL, w1 || ' ' || w2 || ' ' || $(pick w_suffix "n / $((n1 * n2))" "$ns"),
       CASE WHEN n % 9 = 0 THEN NULL ELSE lower(w1) || '-' || lower(w2) || n || '.example' END,
       CASE WHEN n % 7 = 0 THEN NULL ELSE $(pick w_industry "n * 3" "$ni") END,
       CASE WHEN n % 5 = 0 THEN NULL ELSE $(pick w_size "n * 7" "$nz") END,
       $(sql_ts c_us), $(sql_ts u_us), CASE WHEN gone = 1 THEN $(sql_ts u_us) END
FROM (SELECT n, id, c_us, u_us, gone, $w1 AS w1, $w2 AS w2 FROM b_companies) AS c;

INSERT INTO contacts (id, workspace_id, owner_id, first_name, last_name, job_title, email, phone,
                      company_id, customer_type, tags, created_at, updated_at, deleted_at)
SELECT k.id, $WSL, $UIDL, k.f, k.l,
       CASE WHEN k.n % 5 = 0 THEN NULL ELSE $(pick w_title "k.n * 11" "$nt") END,
       CASE WHEN k.n % 20 = 0 THEN NULL
            ELSE lower(k.f) || '.' || lower(k.l) || k.n || '@' || $(pick w_mail "k.n * 13" "$nm") END,
       CASE WHEN k.n % 3 = 0 THEN NULL ELSE '+1 555 ' || (1000000 + (k.n * 7919) % 9000000) END,
       CASE WHEN k.n % 10 < 7 THEN c.id END,
       CASE k.n % 4 WHEN 0 THEN 'B2B' WHEN 1 THEN 'B2C' WHEN 2 THEN 'PATIENT' END,
       $(sql_json "$(pick w_tags "k.n * 17" "$ng")"),
       $(sql_ts k.c_us), $(sql_ts k.u_us), CASE WHEN k.gone = 1 THEN $(sql_ts k.u_us) END
FROM (SELECT n, id, c_us, u_us, gone, $(pick w_first n "$nf") AS f, $(pick w_last "n / $nf + n * 7" "$nl") AS l
      FROM b_contacts) AS k
JOIN b_companies c ON c.n = $(live_ref "k.n * 7907" "$N_COMPANIES");

INSERT INTO deals (id, workspace_id, owner_id, title, amount_cents, currency, stage_id, company_id,
                   primary_contact_id, expected_close_date, status, description, created_at,
                   updated_at, deleted_at)
SELECT d.id, $WSL, $UIDL,
       $(pick w_product "d.n * 5" "$np") || ' - ' || $(pick w_word1 "d.n * 7907" "$n1"),
       100 * (500 + (d.n * 7919) % 249500),
       CASE WHEN d.n % 10 = 0 THEN 'EUR' ELSE 'USD' END,
       s.id,
       CASE WHEN d.n % 10 < 8 THEN c.id END,
       CASE WHEN d.n % 10 < 9 THEN k.id END,
       CASE WHEN d.n % 5 = 1 THEN NULL ELSE $(sql_ts "d.c_us + (30 + d.n % 90) * $DAY_US") END,
       CASE WHEN d.n % 10 < 7 THEN 'OPEN' WHEN d.n % 10 < 9 THEN 'WON' ELSE 'LOST' END,
       CASE WHEN d.n % 2 = 0 THEN $(pick w_note "d.n" "$nn") END,
       $(sql_ts d.c_us), $(sql_ts d.u_us), CASE WHEN d.gone = 1 THEN $(sql_ts d.u_us) END
FROM b_deals d
JOIN b_stages s ON s.i = 1 + d.n % (SELECT count(*) FROM b_stages)
JOIN b_companies c ON c.n = $(live_ref "d.n * 7907" "$N_COMPANIES")
JOIN b_contacts k ON k.n = $(live_ref "d.n * 7901" "$N_CONTACTS");

INSERT INTO tasks (id, workspace_id, created_by_id, assignee_id, title, due_at, status,
                   related_type, related_id, created_at, updated_at)
SELECT t.id, $WSL, $UIDL, CASE WHEN t.n % 10 < 7 THEN $UIDL END,
       $(pick w_task "t.n * 3" "$nk"),
       CASE WHEN t.n % 7 = 0 THEN NULL
            ELSE $(sql_ts "$NOW_US + ((t.n * 7919) % 10368000 - 5184000) * 1000000") END,
       CASE WHEN t.n % 5 < 3 THEN 'OPEN' ELSE 'DONE' END,
       CASE t.n % 3 WHEN 0 THEN 'contact' WHEN 1 THEN 'deal' ELSE 'company' END,
       CASE t.n % 3 WHEN 0 THEN k.id WHEN 1 THEN d.id ELSE c.id END,
       $(sql_ts t.c_us), $(sql_ts t.u_us)
FROM b_tasks t
JOIN b_contacts k ON k.n = $(live_ref "t.n * 7901" "$N_CONTACTS")
JOIN b_deals d ON d.n = $(live_ref "t.n * 7883" "$N_DEALS")
JOIN b_companies c ON c.n = $(live_ref "t.n * 7877" "$N_COMPANIES");

INSERT INTO notes (id, workspace_id, author_id, body, related_type, related_id, created_at, updated_at)
SELECT o.id, $WSL, $UIDL, $(pick w_note "o.n * 7" "$nn"),
       CASE o.n % 3 WHEN 0 THEN 'contact' WHEN 1 THEN 'deal' ELSE 'company' END,
       CASE o.n % 3 WHEN 0 THEN k.id WHEN 1 THEN d.id ELSE c.id END,
       $(sql_ts o.c_us), $(sql_ts o.u_us)
FROM b_notes o
JOIN b_contacts k ON k.n = $(live_ref "o.n * 7901" "$N_CONTACTS")
JOIN b_deals d ON d.n = $(live_ref "o.n * 7883" "$N_DEALS")
JOIN b_companies c ON c.n = $(live_ref "o.n * 7877" "$N_COMPANIES");
SQL
    local kind
    for kind in company:companies contact:contacts deal:deals task:tasks; do
        IFS=: read -r one many <<<"$kind"
        cat <<SQL
INSERT INTO activities (id, workspace_id, actor_id, type, entity_type, entity_id, metadata, created_at)
SELECT $(sql_id c_us), $WSL, $UIDL, '$one.created', '$one', id, NULL, $(sql_ts c_us) FROM b_$many;
SQL
    done
    # The unfiltered lists read their total from here: the exact live counts.
    local counted
    for counted in contacts:soft companies:soft deals:soft tasks:hard notes:hard activities:hard; do
        IFS=: read -r many kind <<<"$counted"
        local live=
        [[ $kind == soft ]] && live=" AND deleted_at IS NULL"
        cat <<SQL
INSERT INTO entity_counters (workspace_id, entity, live_count)
SELECT $WSL, '$many', count(*) FROM $many WHERE workspace_id = $WSL$live
ON CONFLICT (workspace_id, entity) DO UPDATE SET live_count = excluded.live_count;
SQL
    done
    echo 'COMMIT;'
    # PostgreSQL's autovacuum would analyze these tables within a minute of such a load; the
    # server never runs ANALYZE on SQLite, so SQLite is left without statistics, as in use.
    if [[ $DB_KIND == postgres ]]; then
        echo 'ANALYZE companies, contacts, deals, tasks, notes, activities, entity_counters;'
    fi
}

seed_sql >"$WORK/seed.sql"
log "seeding $N_CONTACTS contacts, $N_COMPANIES companies, $N_DEALS deals, $N_TASKS tasks, $N_NOTES notes"
seed_start=$(date +%s%N)
if [[ $DB_KIND == postgres ]]; then
    psql "$DATABASE_URL" -q -X -v ON_ERROR_STOP=1 -f "$WORK/seed.sql" >/dev/null
else
    sqlite3 "$SQLITE_FILE" <"$WORK/seed.sql" >/dev/null
fi
SEED_SECONDS=$(awk -v ns=$(($(date +%s%N) - seed_start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
log "seeded in ${SEED_SECONDS} s"

# The API must see exactly the live rows.
check_total() { # PATH EXPECTED
    local got
    got=$(curl -s "${AUTH[@]}" "$BASE$1" | jq -r '.total // empty')
    [[ $got == "$2" ]] || die "GET $1: total is '$got', expected $2"
}
LIVE_CONTACTS=$((N_CONTACTS - N_CONTACTS / 100))
LIVE_COMPANIES=$((N_COMPANIES - N_COMPANIES / 100))
LIVE_DEALS=$((N_DEALS - N_DEALS / 100))
check_total '/v1/contacts?limit=1' "$LIVE_CONTACTS"
check_total '/v1/companies?limit=1' "$LIVE_COMPANIES"
check_total '/v1/deals?limit=1' "$LIVE_DEALS"
check_total '/v1/tasks?limit=1' "$N_TASKS"
log "totals check out: $LIVE_CONTACTS live contacts"

CONTACT_ID=$(curl -s "${AUTH[@]}" "$BASE/v1/contacts?limit=1" | jq -r '.rows[0].id // empty')
[[ -n $CONTACT_ID ]] || die "no contact to read"

# ---------------------------------------------------------------------------------------------
# Load: name | method | path | expected status. The write creates a contact per request.

WRITE_BODY='{"firstName":"Bench","lastName":"Writer {n}","email":"bench.{n}@example.com","tags":["bench"],"customerType":"B2B"}'
ENDPOINTS=(
    "list contacts|GET|/v1/contacts|200"
    "list contacts, q=smith (filtered, counted)|GET|/v1/contacts?q=smith|200"
    "list contacts, limit=200|GET|/v1/contacts?limit=200|200"
    "read one contact|GET|/v1/contacts/$CONTACT_ID|200"
    "list deals|GET|/v1/deals|200"
    "list tasks|GET|/v1/tasks|200"
    "dashboard report|GET|/v1/reports/dashboard|200"
    "pipeline report|GET|/v1/reports/pipeline|200"
    "global search, q=ann|GET|/v1/search?q=ann|200"
    "create contact|POST|/v1/contacts|201"
)

ROWS=()
ID_PLACEHOLDER='{id}'
for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name method path expect <<<"$entry"
    body=
    [[ $method == POST ]] && body=$WRITE_BODY
    # One request first: a 4xx here would make the numbers meaningless.
    check_body=${body//\{n\}/check}
    if [[ -n $body ]]; then
        code=$(curl -s -o "$WORK/check.json" -w '%{http_code}' -X "$method" "${AUTH[@]}" \
            -H 'Content-Type: application/json' -d "$check_body" "$BASE$path")
    else
        code=$(curl -s -o "$WORK/check.json" -w '%{http_code}' "${AUTH[@]}" "$BASE$path")
    fi
    [[ $code == "$expect" ]] || die "$method $path answered $code, expected $expect: $(head -c 500 "$WORK/check.json")"

    log "wrk: $method $path"
    out=$(BENCH_METHOD=$method BENCH_BODY=$body wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" \
        --timeout 10s -s "$LUA" "${AUTH[@]}" "$BASE$path")
    json=$(grep '^{' <<<"$out" | tail -n 1)
    [[ -n $json ]] || die "no JSON line from wrk: $out"
    log "  $json"
    shown_path=${path//"$CONTACT_ID"/$ID_PLACEHOLDER}
    ROWS+=("$name|$method|$shown_path|$json")
done

kill -0 "$SERVER_PID" 2>/dev/null || die "the server died during the load"
PEAK_RSS_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status")

# ---------------------------------------------------------------------------------------------
# RESULTS.md

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ram_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git status --porcelain -- server/src server/Cargo.toml migration generated Cargo.lock 2>/dev/null) ]]; then
    commit="$commit (with uncommitted changes)"
fi
wrk_version=$( (wrk -v 2>&1 || true) | grep -o -m1 '[0-9][0-9]*\.[0-9][0-9.]*' | head -n 1)

fmt_ms() { awk -v v="$1" 'BEGIN { printf (v < 10 ? "%.2f" : (v < 100 ? "%.1f" : "%.0f")), v }'; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

table=
worst_read_p95=0
worst_read_p99=0
worst_read=
write_p95=0
slow_line=
for row in "${ROWS[@]}"; do
    IFS='|' read -r name method path json <<<"$row"
    read -r rps p50 p95 p99 max non2xx sock < <(jq -r '[.rps, .p50_ms, .p95_ms, .p99_ms, .max_ms, .non2xx, .socket_errors] | @tsv' <<<"$json")
    table+="| $name | \`$method $path\` | $(printf '%.0f' "$rps") | $(fmt_ms "$p50") | $(fmt_ms "$p95") | $(fmt_ms "$p99") | $(fmt_ms "$max") | $non2xx | $sock |"$'\n'
    if [[ $method == GET ]]; then
        if gt "$p99" "$worst_read_p99"; then
            worst_read_p99=$p99
            worst_read="$method $path"
        fi
        if gt "$p95" "$worst_read_p95"; then worst_read_p95=$p95; fi
        if gt "$p99" 400; then
            slow_line+="${slow_line:+, }\`$method $path\` (p99 $(fmt_ms "$p99") ms)"
        fi
    elif gt "$p95" "$write_p95"; then
        write_p95=$p95
    fi
done

verdict_reads=met
if gt "$worst_read_p95" 400; then verdict_reads="NOT met"; fi
verdict_writes=met
if gt "$write_p95" 600; then verdict_writes="NOT met"; fi
if [[ -n $slow_line ]]; then
    slow_line="List/read endpoints with p99 over 400 ms: $slow_line."
else
    slow_line="Every list/read endpoint has p99 <= 400 ms."
fi
analyzed=
if [[ $DB_KIND == postgres ]]; then analyzed=", ANALYZE included"; fi

tmp_results=$WORK/RESULTS.md
cat >"$tmp_results" <<MD
# Benchmark results

Written by \`server/bench/run.sh\` (\`make bench\`); every run overwrites this file.

| | |
|---|---|
| date (UTC) | $(date -u '+%Y-%m-%d %H:%M') |
| commit | $commit |
| machine | $(nproc) CPUs ($cpu_model), $ram_gib GiB RAM |
| database | $DB_VERSION |
| data volume | one workspace: $N_CONTACTS contacts, $N_COMPANIES companies, $N_DEALS deals (over the default stages), $N_TASKS tasks, $N_NOTES notes, one activity per company/contact/deal/task; 1% of contacts, companies and deals soft-deleted |
| seeding | $SEED_SECONDS s (SQL$analyzed) |
| server | \`$BIN serve\`, default pool (CRM_DB_MAX_CONNECTIONS=10), RUST_LOG=warn |
| load | wrk $wrk_version, $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint, on the same machine as the server (they share the CPUs) |
| server peak RSS | $(awk -v k="$PEAK_RSS_KB" 'BEGIN { printf "%.1f", k / 1024 }') MiB (VmHWM after all runs) |

Latencies in milliseconds. "≥400" counts responses with status 400 or more (wrk's
\`errors.status\`); "socket" counts connect, read, write errors and timeouts (10 s).

| endpoint | request | req/s | p50 | p95 | p99 | max | ≥400 | socket |
|---|---|---:|---:|---:|---:|---:|---:|---:|
${table}
Goal (backend handoff, section 12): P95 <= 400 ms for list/read endpoints: **$verdict_reads**
(worst p95 $(fmt_ms "$worst_read_p95") ms; worst p99 $(fmt_ms "$worst_read_p99") ms, \`$worst_read\`).
P95 <= 600 ms for writes: **$verdict_writes** (\`POST /v1/contacts\` p95 $(fmt_ms "$write_p95") ms).
$slow_line
MD
mkdir -p "$(dirname "$RESULTS")"
mv "$tmp_results" "$RESULTS"
log "wrote $RESULTS"
cat "$RESULTS"
