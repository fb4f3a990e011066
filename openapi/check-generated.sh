#!/usr/bin/env bash
# Fails when generated/ differs from what openapi/generate.sh produces from the current spec and
# templates (a hand edit, or a spec/template change that was not regenerated).
#
#   openapi/check-generated.sh [GENERATED_DIR]     # defaults to generated/ at the repo root
#
# Environment: CRM_OPENAPI_SPEC is passed on to generate.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMMITTED="${1:-$ROOT/generated}"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

bash "$ROOT/openapi/generate.sh" "$WORK/generated" >/dev/null

if [[ ! -d "$COMMITTED" ]]; then
    echo "check-generated: $COMMITTED does not exist; run 'make generate' (openapi/generate.sh)" >&2
    exit 1
fi

if ! diff -ru "$COMMITTED" "$WORK/generated" >"$WORK/generated.diff"; then
    echo "check-generated: FAILED: $COMMITTED is not what the spec and openapi/templates generate." >&2
    echo "Never edit generated/ by hand: change the spec or a template, then run 'make generate'." >&2
    echo "Differences (committed -> regenerated), first 200 lines:" >&2
    head -n 200 "$WORK/generated.diff" >&2
    exit 1
fi
echo "check-generated: $COMMITTED is up to date"
