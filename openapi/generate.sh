#!/usr/bin/env bash
# Regenerates the `crm-api` crate (lib `crm_api`) from the OpenAPI contract.
#
#   openapi/generate.sh [OUT_DIR]          # OUT_DIR defaults to generated/ at the repo root
#
# Runs from any directory. Steps:
#   1. `.venv-gen/` (gitignored) holds the pinned tools of openapi/requirements.txt; it is
#      (re)built only when missing or when requirements.txt changed.
#   2. Preflight: openapi-spec-validator, then checks for spec constructs the rust-axum
#      generator silently mishandles (see `preflight` below).
#   3. The templates: the pinned generator's stock rust-axum templates with our patches of
#      openapi/templates/ applied (openapi/patch-templates.sh; a hunk that does not apply fails
#      the run, naming the patch). openapi-generator rust-axum with them, into a
#      temporary directory; generator metadata and README are dropped (only Cargo.toml and
#      src/ are kept), the Rust is formatted with rustfmt (edition 2024, the repo's rustfmt
#      config if any), so two runs give byte-identical trees and `cargo fmt --check` passes.
#   4. OUT_DIR is replaced by the result. Nothing in it is edited by hand.
#
# Environment: CRM_OPENAPI_SPEC overrides the spec path (default openapi/crm.openapi.yaml).
# Needs python3 (venv) and rustfmt; the JDK comes from PyPI (openapi/tools.sh); network only for the first `pip install`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPEC="${CRM_OPENAPI_SPEC:-$ROOT/openapi/crm.openapi.yaml}"
OUT_DIR="${1:-$ROOT/generated}"
IGNORE_FILE="$ROOT/openapi/.openapi-generator-ignore"

GENERATOR_PROPERTIES="packageName=crm-api,packageVersion=0.1.0,allowBlockingValidator=true,allowBlockingResponseSerialize=true"
# `format: date` is read strictly (`YYYY-MM-DD` only; chrono's NaiveDate also reads `2026-1-1`).
TYPE_MAPPINGS="date=crm_api_runtime::CalendarDay"

die() {
    echo "generate.sh: $*" >&2
    exit 1
}

[[ -f "$SPEC" ]] || die "spec not found: $SPEC"
command -v rustfmt >/dev/null || die "rustfmt not found"

# --- 1. tools -------------------------------------------------------------------------------
# The pinned generator, its JDK and Node.js: openapi/tools.sh.
# shellcheck source=openapi/tools.sh
source "$ROOT/openapi/tools.sh"
VENV="$SPEC_TOOLS_VENV"

# --- 2. preflight ---------------------------------------------------------------------------
# Each rule below is a measured rust-axum 7.26.0 behaviour the generator accepts silently and
# that would end as wrong runtime behaviour or an obscure compile error in generated/.
# (`default` responses are fine: the template override answers their `Status0_*` variant 500.)
preflight() {
    "$VENV/bin/openapi-spec-validator" "$SPEC" >/dev/null || die "$SPEC is not a valid OpenAPI document"
    "$VENV/bin/python" - "$SPEC" <<'PY'
import sys

import yaml

path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    spec = yaml.safe_load(f)

errors = []
# jmustache HTML-escapes these in `{{ pattern }}`: the Rust regex is then silently different
# (or, with a quote, does not compile; upstream #18580).
HTML_ESCAPED = {"&": r"\x26", "<": r"\x3C", ">": r"\x3E", '"': r"\x22", "'": r"\x27", "`": r"\x60", "=": r"\x3D"}
SKIPPED = ("example", "examples", "default")
# Formats rust-axum maps to a non-String Rust type (chrono, uuid).
NON_STRING_FORMATS = {"date", "date-time", "uuid"}


def children(node, where):
    """Sub-nodes worth checking: example values are data, not schemas."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in SKIPPED and not str(key).startswith("x-"):
                yield value, f"{where}/{key}"
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield value, f"{where}/{index}"


def check_patterns(node, where):
    if isinstance(node, dict) and isinstance(node.get("pattern"), str):
        pattern = node["pattern"]
        bad = sorted({c for c in pattern if c in HTML_ESCAPED})
        if bad:
            hint = ", ".join(f"{c} as {HTML_ESCAPED[c]}" for c in bad)
            errors.append(f"{where}: pattern {pattern!r}: the generator HTML-escapes {' '.join(bad)} "
                          f"and the Rust regex breaks; write {hint}")
        if node.get("format") in NON_STRING_FORMATS or node.get("type", "string") != "string":
            errors.append(f"{where}: pattern on a {node.get('format') or node.get('type')} value does not "
                          "compile (the Rust type is not a String; upstream #18580); drop the pattern, "
                          "the format already fixes the shape")
    for child, child_where in children(node, where):
        check_patterns(child, child_where)


def resolve(ref):
    node = spec
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


visited = set()


def check_request_enums(node, where, named_schema=False):
    """Inline enums reachable from parameters and request bodies are not checked on input."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref not in visited:
                visited.add(ref)
                named = ref.startswith("#/components/schemas/") and ref.count("/") == 3
                check_request_enums(resolve(ref), ref, named)
            return
        if isinstance(node.get("enum"), list) and not named_schema:
            errors.append(f"{where}: inline enum in request input becomes an unchecked String; "
                          "name it under components/schemas and $ref it")
    for child, child_where in children(node, where):
        check_request_enums(child, child_where)


check_patterns(spec, "#")

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
for route, item in (spec.get("paths") or {}).items():
    item = item or {}
    for method, op in item.items():
        if method not in METHODS or not isinstance(op, dict):
            continue
        where = f"{method.upper()} {route}"
        for index, parameter in enumerate(item.get("parameters", []) + op.get("parameters", [])):
            check_request_enums(parameter, f"{where} parameter {index}")
        body = op.get("requestBody") or {}
        check_request_enums(body, f"{where} requestBody")
        if "$ref" in body:
            body = resolve(body["$ref"])
        if not op.get("tags"):
            errors.append(f"{where}: no tag (untagged operations land in a trait named Default)")
        content = body.get("content") or {}
        if len(content) > 1:
            errors.append(f"{where}: request body has {len(content)} content types; the generator keeps "
                          "only one (multipart wins): declare exactly one")
        if "application/x-www-form-urlencoded" in content:
            errors.append(f"{where}: form-urlencoded bodies do not compile with rust-axum; use JSON")
        for code in op.get("responses") or {}:
            if "X" in str(code).upper():
                errors.append(f"{where}: response {code!r}: status ranges get no usable status in the "
                              "generated code; declare explicit status codes")

if errors:
    print(f"generate.sh: {path} uses constructs rust-axum 7.26.0 mishandles:", file=sys.stderr)
    for error in errors:
        print(f"  - {error}", file=sys.stderr)
    sys.exit(1)
PY
}

# --- 3. generate ----------------------------------------------------------------------------
generate() {
    local work="$1" out="$1/out" templates="$1/templates" config_path=() unexpected
    OPENAPI_GENERATOR_CLI="$VENV/bin/openapi-generator-cli" bash "$ROOT/openapi/patch-templates.sh" "$templates" ||
        die "the templates could not be prepared (above)"
    mkdir -p "$out"
    cp "$IGNORE_FILE" "$out/.openapi-generator-ignore"
    spec_for_generator "$SPEC" "$work/spec.yaml" || die "could not prepare the spec for the generator"
    if ! "$VENV/bin/openapi-generator-cli" generate \
        -g rust-axum \
        -i "$work/spec.yaml" \
        -t "$templates" \
        -o "$out" \
        --additional-properties="$GENERATOR_PROPERTIES" \
        --type-mappings="$TYPE_MAPPINGS" \
        >"$work/generator.log" 2>&1; then
        cat "$work/generator.log" >&2
        die "openapi-generator failed (log above)"
    fi
    # Generator bookkeeping: not part of the crate.
    rm -rf "$out/.openapi-generator" "$out/.openapi-generator-ignore"
    unexpected="$(cd "$out" && find . -mindepth 1 -maxdepth 1 ! -name Cargo.toml ! -name src | sort)"
    [[ -z "$unexpected" ]] || die "generator wrote files we do not keep (add them to openapi/.openapi-generator-ignore): $unexpected"

    for config in rustfmt.toml .rustfmt.toml; do
        if [[ -f "$ROOT/$config" ]]; then
            config_path=(--config-path "$ROOT/$config")
            break
        fi
    done
    # rustfmt follows the `mod` declarations from lib.rs, like `cargo fmt`.
    rustfmt --edition 2024 "${config_path[@]}" "$out/src/lib.rs"
    rustfmt --edition 2024 "${config_path[@]}" --check "$out/src/lib.rs" >/dev/null ||
        rustfmt --edition 2024 "${config_path[@]}" "$out/src/lib.rs"
}

# --- 4. replace OUT_DIR ---------------------------------------------------------------------
replace_out_dir() {
    local result="$1" leftovers
    if [[ -d "$OUT_DIR" ]]; then
        # Refuse to wipe a directory that does not look like earlier output.
        leftovers="$(cd "$OUT_DIR" && find . -mindepth 1 -maxdepth 1 ! -name Cargo.toml ! -name src ! -name .gitkeep | sort)"
        [[ -z "$leftovers" ]] || die "refusing to replace $OUT_DIR: it holds files generate.sh did not write: $leftovers"
        rm -rf "$OUT_DIR/Cargo.toml" "$OUT_DIR/src" "$OUT_DIR/.gitkeep"
    else
        mkdir -p "$OUT_DIR"
    fi
    cp -R "$result/." "$OUT_DIR/"
}

ensure_spec_tools || die "could not install the pinned tools"
preflight
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
generate "$WORK"
replace_out_dir "$WORK/out"
echo "generate.sh: $(cd "$OUT_DIR" && pwd) regenerated from ${SPEC#"$ROOT"/}"
