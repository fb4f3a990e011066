"""Helpers of contract-tests/run.sh that are clearer in Python than in shell.

usage: python support.py COMMAND ARGS...
  operations CONFIG SPEC        print the operationIds the run covers (the spec's, minus those an
                                [[operations]] table switches off); fail on an unknown id
  compare-spec SPEC URL         compare the served spec at URL with SPEC: "same", or a warning
                                with the differences (exit 0 either way; 3 when URL cannot be read)
  token-config CONFIG OUT       write a copy of CONFIG for a fixed bearer token: no dynamic login,
                                and authLogout switched off (it would end the token's session)
  json-get FILE KEY             print the top-level KEY of the JSON object in FILE
  sole-member BASE_URL TOKEN    remove every other member from the caller's current workspace,
                                so the fuzzer cannot promote one to OWNER and then leave
  pg-create ADMIN_URL NAME      create database NAME through the PostgreSQL admin URL
  pg-drop ADMIN_URL NAME        drop database NAME (and end its connections)
"""

import difflib
import json
import os
import re
import sys
import tomllib
import urllib.request
from urllib.parse import unquote, urlsplit

import yaml


def operations(config_path: str, spec_path: str) -> None:
    with open(config_path, "rb") as f:
        config = tomllib.load(f)
    if not os.path.isfile(spec_path):
        sys.exit(f"spec not found: {spec_path}")
    with open(spec_path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    known = [
        op.get("operationId")
        for item in (spec.get("paths") or {}).values()
        if isinstance(item, dict)
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId")
    ]
    named, off = [], set()
    for table in config.get("operations", []):
        ids = table.get("include-operation-id", table.get("exclude-operation-id", []))
        ids = [ids] if isinstance(ids, str) else ids
        named += ids
        if table.get("enabled") is False:
            if "include-operation-id" not in table:
                sys.exit(f"{config_path}: a table with enabled = false must name its operations "
                         "with include-operation-id")
            off.update(ids)
    # Schemathesis does not report a misspelt id in a filter, so every id named is checked here.
    unknown = sorted({i for i in named if i not in known})
    for i in unknown:
        print(f"{config_path}: {i!r} is not an operationId of {spec_path}", file=sys.stderr)
    if unknown:
        sys.exit(1)
    print(" ".join(i for i in known if i not in off))


def compare_spec(spec_path: str, url: str) -> None:
    try:
        with urllib.request.urlopen(url, timeout=15) as answer:
            served = answer.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"contract-tests: WARNING: could not read the served spec at {url}: {error}")
        sys.exit(3)
    with open(spec_path, encoding="utf-8") as f:
        local = f.read()
    if served == local:
        print(f"contract-tests: the server's {url} is the spec under test")
        return
    diff = list(difflib.unified_diff(local.splitlines(), served.splitlines(),
                                     "spec under test", f"served {url}", lineterm="", n=1))
    changed = sum(1 for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---"))
    print("=" * 100)
    print(f"contract-tests: WARNING: the server's {url} differs from the spec under test "
          f"({changed} changed lines; the first 60 lines of the diff follow). The run tests the")
    print("contract-tests: local spec: failures may come from the server running another version.")
    for line in diff[:60]:
        print(f"  {line}")
    print("=" * 100)


def token_config(config_path: str, out_path: str) -> None:
    with open(config_path, encoding="utf-8") as f:
        text = f.read()
    # Drop the dynamic-auth table (from its header to the next table header).
    text = re.sub(r"(?ms)^\[auth\.dynamic\.openapi\.bearerAuth\]\n.*?(?=^\[)", "", text)
    text += ('\n# Added by run.sh for CONTRACT_TOKEN: a fixed token cannot be fetched again after\n'
             '# POST /auth/logout ended its session.\n'
             '[[operations]]\ninclude-operation-id = ["authLogout"]\nenabled = false\n')
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)


def json_get(path: str, key: str) -> None:
    with open(path, encoding="utf-8") as f:
        value = json.load(f).get(key)
    if not isinstance(value, str):
        sys.exit(f"{path}: no string at {key!r}")
    print(value)


def sole_member(base_url: str, token: str) -> None:
    def call(method: str, path: str):
        request = urllib.request.Request(f"{base_url}{path}", method=method,
                                         headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=15) as answer:
            return json.load(answer)

    me = call("GET", "/auth/me")
    members = call("GET", "/memberships?limit=200")["rows"]
    others = [m for m in members if m["userId"] != me["id"]]
    for membership in others:
        call("DELETE", f"/memberships/{membership['id']}")
    print(f"contract-tests: the fuzzing user is the workspace's only member ({len(others)} removed)")


def pg_connect(admin_url: str):
    import pg8000.native  # only the PostgreSQL runs need it

    parts = urlsplit(admin_url)
    return pg8000.native.Connection(
        user=unquote(parts.username or "postgres"),
        password=unquote(parts.password) if parts.password else None,
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        database=(parts.path or "/postgres").lstrip("/") or "postgres",
    )


def pg_name(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        sys.exit(f"not a plain database name: {name!r}")
    return name


def pg_create(admin_url: str, name: str) -> None:
    connection = pg_connect(admin_url)
    connection.run(f"CREATE DATABASE {pg_name(name)}")
    connection.close()


def pg_drop(admin_url: str, name: str) -> None:
    connection = pg_connect(admin_url)
    connection.run(f"DROP DATABASE IF EXISTS {pg_name(name)} WITH (FORCE)")
    connection.close()


COMMANDS = {
    "operations": operations,
    "compare-spec": compare_spec,
    "token-config": token_config,
    "json-get": json_get,
    "sole-member": sole_member,
    "pg-create": pg_create,
    "pg-drop": pg_drop,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    COMMANDS[sys.argv[1]](*sys.argv[2:])
