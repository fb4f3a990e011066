#!/usr/bin/env bash
# Lint the OpenAPI contract. Quiet on success, explicit on failure.
#
# usage: openapi/lint-spec.sh [SPEC]      (SPEC defaults to openapi/crm.openapi.yaml; relative paths
#                                          are taken from the current directory)
#
# 1. Redocly CLI (pinned in openapi/lint/package-lock.json, rules in openapi/lint/redocly.yaml):
#    zero errors AND zero warnings.
# 2. openapi-spec-validator (from openapi/requirements.txt, installed in .venv-gen): schema validity.
# 3. When the shared folder is present (../shared/tools/spec-compat.py next to the repo): the
#    wire-compatibility check against the frontend's contract must end with " 0 failed".
#
# Environment: GEN_VENV overrides the Python venv used for steps 2 and 3 (default: <repo>/.venv-gen).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPEC_ARG="${1:-$ROOT/openapi/crm.openapi.yaml}"
# Resolve the spec path against the caller's directory before we cd to the repo root.
case "$SPEC_ARG" in
  /*) SPEC="$SPEC_ARG" ;;
  *) SPEC="$PWD/$SPEC_ARG" ;;
esac
cd "$ROOT"

LINT_DIR="$ROOT/openapi/lint"
COMPAT="$ROOT/../shared/tools/spec-compat.py"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fail() {
  echo "lint-spec: FAILED: $*" >&2
  exit 1
}

# Print a file to stderr without Redocly's Node.js deprecation banner.
show_log() {
  grep -v -e '[║╔╚]' -e '^[[:space:]]*$' "$1" >&2 || true
}

[ -f "$SPEC" ] || fail "spec not found: $SPEC"

# --- 0. tools -------------------------------------------------------------------------------------
# The pinned Python tools and Node.js (openapi/tools.sh).
# shellcheck source=openapi/tools.sh
source "$ROOT/openapi/tools.sh"
ensure_spec_tools || fail "could not install the pinned tools"
GEN_VENV="$SPEC_TOOLS_VENV"
# Redocly CLI 2.77.0 declares engines node ">=22.12.0 || >=20.19.0 <21.0.0" (Debian 12's own nodejs is 18).
node -e '
  const [maj, min] = process.versions.node.split(".").map(Number);
  process.exit((maj === 20 && min >= 19) || (maj === 22 && min >= 12) || maj > 22 ? 0 : 1);
' || fail "Node.js $(node --version) is too old for Redocly CLI 2.77.0 (needs 20.19+ or 22.12+)"

# The pinned Redocly CLI (openapi/lint/package-lock.json); nothing touches the network when it is current.
ensure_npm_packages "$LINT_DIR" || fail "could not install the Redocly CLI"


# --- 1. Redocly lint: no errors, no warnings -------------------------------------------------------
set +e
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_NOTIFICATIONS=true \
  "$LINT_DIR/node_modules/.bin/redocly" lint "$SPEC" --config "$LINT_DIR/redocly.yaml" \
  --lint-config error --format json --max-problems 10000 >"$TMP/redocly.json" 2>"$TMP/redocly.log"
redocly_rc=$?
set -e
# Summarise the JSON report: one line per problem, a count per rule, and the totals.
set +e
# shellcheck disable=SC2016  # JavaScript template literals, not shell expansions
node -e '
  const fs = require("fs");
  let report;
  try { report = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch (e) { process.exit(3); }
  if (!report || !report.totals) process.exit(3);
  const { errors, warnings } = report.totals;
  if (errors === 0 && warnings === 0) process.exit(0);
  const perRule = {};
  for (const p of report.problems) {
    const loc = (p.location && p.location[0]) || {};
    const file = (loc.source && loc.source.ref) || "?";
    const where = loc.start ? `${file}:${loc.start.line}:${loc.start.col}` : `${file}${loc.pointer || ""}`;
    console.error(`  ${where}  ${p.severity}  ${p.ruleId}  ${p.message}`);
    const key = `${p.severity} ${p.ruleId}`;
    perRule[key] = (perRule[key] || 0) + 1;
  }
  console.error("per rule:");
  for (const [k, n] of Object.entries(perRule).sort((a, b) => b[1] - a[1])) console.error(`  ${String(n).padStart(4)}  ${k}`);
  console.error(`redocly: ${errors} error(s), ${warnings} warning(s)`);
  process.exit(1);
' "$TMP/redocly.json"
summary_rc=$?
set -e
case "$summary_rc" in
  0) ;;
  1) fail "redocly lint reported problems in $SPEC (warnings count as failures)" ;;
  *) show_log "$TMP/redocly.log"; fail "redocly lint did not run (exit $redocly_rc); see above" ;;
esac
[ "$redocly_rc" -eq 0 ] || { show_log "$TMP/redocly.log"; fail "redocly lint exited with $redocly_rc"; }

# --- 2. openapi-spec-validator ----------------------------------------------------------------------
if ! "$GEN_VENV/bin/openapi-spec-validator" --validation-errors all "$SPEC" >"$TMP/osv.log" 2>&1; then
  cat "$TMP/osv.log" >&2
  fail "openapi-spec-validator rejected $SPEC"
fi

# --- 3. wire compatibility with the frontend's contract -------------------------------------------
if [ -f "$COMPAT" ]; then
  set +e
  "$GEN_VENV/bin/python" "$COMPAT" "$SPEC" >"$TMP/compat.log" 2>&1
  set -e
  if ! tail -n 1 "$TMP/compat.log" | grep -q ' 0 failed$'; then
    cat "$TMP/compat.log" >&2
    fail "spec-compat.py: $SPEC is not a wire-compatible refinement of the frontend's contract"
  fi
else
  echo "lint-spec: compat check skipped (../shared/tools/spec-compat.py not found next to the repo)"
fi
