#!/usr/bin/env bash
# `make soak` (not part of `make test`): builds the release server, installs wrk when missing, and
# runs soak.py (bursts of failed logins, then SOAK_MINUTES minutes of mixed load at 64
# connections on PostgreSQL). Writes server/bench/SOAK.md. Needs a reachable PostgreSQL.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
if ! command -v wrk >/dev/null 2>&1; then
  sudo=; ((EUID == 0)) || sudo=sudo
  $sudo apt-get install -y -qq wrk >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk; }
fi
[[ ${SOAK_SKIP_BUILD:-0} == 1 ]] || nice -n 10 cargo build --release -p crm-server
exec python3 server/bench/soak.py
