#!/usr/bin/env bash
# Proves that the tenancy rule of server/clippy.toml bites: clippy must refuse every raw
# tenant-table access in server/lint/raw_tenant_query.rs (each marked `// refused: NAME`; the
# report is matched by method name, as rustfmt may move a call's first line).
# The store layer's own uses pass only because each carries an #[expect] with its reason.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SAMPLE="$ROOT/server/lint/raw_tenant_query.rs"
cd "$ROOT"
out="$(cargo clippy -p crm-server --example raw_tenant_query --features lint-sample \
  --message-format short -- -D warnings 2>&1 || true)"
missing=0
while read -r name; do
  if ! grep -q "raw_tenant_query.rs:[0-9]*:.*disallowed method .*::$name\`" <<<"$out"; then
    echo "check-tenancy-rule: clippy did not refuse \`$name\` in raw_tenant_query.rs" >&2
    missing=1
  fi
done < <(grep -o '// refused: [a-z_]*' "$SAMPLE" | sed 's|// refused: ||')
if [ "$missing" -ne 0 ]; then
  echo "clippy's output was:" >&2
  echo "$out" >&2
  exit 1
fi
echo "check-tenancy-rule: clippy refuses raw tenant queries outside the store ($(grep -c '// refused: ' "$SAMPLE") cases)"
