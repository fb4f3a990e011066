#!/usr/bin/env bash
# `make drills` (not part of `make test`): builds the release server and runs drills.py, a
# PostgreSQL restart under load on a private cluster. Writes server/bench/DRILLS.md. Needs the
# PostgreSQL server binaries (initdb, pg_ctl) and root (the cluster runs as `postgres`).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
[[ ${DRILL_SKIP_BUILD:-0} == 1 ]] || nice -n 10 cargo build --release -p crm-server
exec python3 server/bench/drills.py
