#!/usr/bin/env bash
# Builds the template directory openapi/generate.sh generates with: the pinned generator's stock
# rust-axum templates, with our patches (openapi/templates/*.patch) applied and our own templates
# (openapi/templates/*.mustache, if any) added. See openapi/templates/README.md.
#
#   openapi/patch-templates.sh OUT_DIR [STOCK_DIR]
#
# OUT_DIR must not exist; STOCK_DIR, if given, receives the unpatched stock templates too (to
# diff against when changing a patch). Fails, naming the patch and showing the rejected hunks,
# when a patch does not apply exactly (no fuzz, no offset guessing beyond what patch(1) reports).
#
# Environment: OPENAPI_GENERATOR_CLI is the generator (default .venv-gen/bin/openapi-generator-cli,
# which `make generate` installs from openapi/requirements.txt).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TEMPLATES="$ROOT/openapi/templates"
GENERATOR="${OPENAPI_GENERATOR_CLI:-$ROOT/.venv-gen/bin/openapi-generator-cli}"
OUT="${1:?usage: openapi/patch-templates.sh OUT_DIR [STOCK_DIR]}"
STOCK_COPY="${2:-}"

die() {
    echo "patch-templates.sh: $*" >&2
    exit 1
}

[[ -x "$GENERATOR" ]] || die "generator not found: $GENERATOR (run 'make generate' once to install it)"
command -v patch >/dev/null || die "patch(1) not found (Debian package 'patch')"
[[ ! -e "$OUT" ]] || die "refusing to overwrite $OUT"

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
if ! "$GENERATOR" author template -g rust-axum -o "$OUT" >"$LOG" 2>&1; then
    cat "$LOG" >&2
    die "could not extract the stock rust-axum templates (log above)"
fi
if [[ -n "$STOCK_COPY" ]]; then
    cp -R "$OUT" "$STOCK_COPY"
fi

shopt -s nullglob
for patch_file in "$TEMPLATES"/*.patch; do
    name="$(basename "$patch_file")"
    target="${name%.patch}"
    [[ -f "$OUT/$target" ]] || die "$name: the stock templates have no $target any more"
    # --fuzz=0: a hunk whose context changed upstream is rejected, never applied somewhere close.
    if ! patch --batch --forward --fuzz=0 --no-backup-if-mismatch --quiet \
        -d "$OUT" -p1 -r "$OUT/$target.rej" -i "$patch_file" >"$LOG" 2>&1; then
        cat "$LOG" >&2
        if [[ -f "$OUT/$target.rej" ]]; then
            echo "--- rejected hunks of $name:" >&2
            cat "$OUT/$target.rej" >&2
        fi
        die "openapi/templates/$name does not apply to the stock $target of this generator version; fix the rejected hunks (see openapi/templates/README.md)"
    fi
done
for own in "$TEMPLATES"/*.mustache; do
    name="$(basename "$own")"
    [[ ! -f "$OUT/$name" ]] || die "openapi/templates/$name replaces a stock template: keep it as $name.patch instead"
    cp "$own" "$OUT/$name"
done
