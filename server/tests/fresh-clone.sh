#!/usr/bin/env bash
# `make test` as a newcomer meets it: a clean clone of HEAD, run with PATH reduced to the Rust
# toolchain, Python 3 and basic system tools (coreutils, git, make, a C compiler, curl, patch).
# No Java, Node.js, browser or PostgreSQL client is reachable, so the run proves `make test`
# installs what it needs into git-ignored folders (openapi/tools.sh, server/tests/docs/check.sh).
# PostgreSQL is used when a server answers at TEST_DATABASE_URL, and skipped loudly otherwise.
#
# usage: server/tests/fresh-clone.sh    (make test-fresh; uncommitted changes are not in the clone)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fail() {
  echo "test-fresh: FAILED: $*" >&2
  exit 1
}

[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ] ||
  echo "test-fresh: WARNING: uncommitted changes are not tested (the clone is of HEAD $(git -C "$ROOT" rev-parse --short HEAD))" >&2

# --- the reduced PATH: one folder of links -------------------------------------------------------
BIN="$WORK/bin"
mkdir -p "$BIN"
BASIC_TOOLS=(
  bash sh env cat cp mv rm mkdir rmdir mktemp ls ln chmod touch stat du df readlink realpath
  dirname basename sed grep egrep awk find xargs sort uniq head tail tr cut wc tee date sleep printf
  echo test true false id uname hostname nproc seq timeout kill ps sha256sum md5sum base64 cmp diff
  tar gzip gunzip unzip git make patch curl which od expr comm paste mkfifo ps getconf
  cc gcc c++ g++ ld as ar ranlib strip nm objcopy pkg-config
)
for tool in "${BASIC_TOOLS[@]}"; do
  # The program on PATH, not a shell builtin of the same name (the tests run `kill` themselves).
  found="$(type -P "$tool" 2>/dev/null || true)"
  [ -n "$found" ] && ln -sf "$found" "$BIN/$tool"
done
# Python 3: the interpreter itself, not a version manager's shim.
ln -sf "$(python3 -c 'import sys; print(sys.executable)')" "$BIN/python3"
# Rust: the toolchain's own folder (cargo, rustc, rustfmt, clippy).
RUST_BIN="$(dirname "$(command -v cargo)")"
FRESH_PATH="$BIN:$RUST_BIN"

for absent in java javac node npm npx chromium chromium-browser google-chrome psql pg_isready; do
  if PATH="$FRESH_PATH" command -v "$absent" >/dev/null 2>&1; then
    fail "$absent is reachable on the reduced PATH ($(PATH="$FRESH_PATH" command -v "$absent"))"
  fi
done

# --- the run ---------------------------------------------------------------------------------------
git clone --quiet "$ROOT" "$WORK/crm"
echo "test-fresh: make test in a clean clone of $(git -C "$WORK/crm" rev-parse --short HEAD), PATH=$FRESH_PATH"
start=$(date +%s)
set +e
(cd "$WORK/crm" && env -u JAVA_HOME -u CHROMIUM -u GEN_VENV PATH="$FRESH_PATH" make test) 2>&1 | tee "$WORK/make-test.log"
status=${PIPESTATUS[0]}
set -e
elapsed=$(($(date +%s) - start))
mkdir -p "$ROOT/target"
cp "$WORK/make-test.log" "$ROOT/target/test-fresh.log"
[ "$status" -eq 0 ] || fail "make test exited with $status after ${elapsed} s (log: target/test-fresh.log)"
echo "test-fresh: make test passed in a clean clone with a reduced PATH in ${elapsed} s (log: target/test-fresh.log)"
