"""`make drills`: a PostgreSQL restart under load, survived by the same server process. A private
PostgreSQL cluster (initdb in a temporary folder, as the `postgres` user, on a free port) so the
machine's shared server is never touched; the release server on it; a reader and a /readyz poller
running while the cluster stops for DRILL_OUTAGE seconds (default 3) and starts again.

Checked: no request hangs (the slowest answer during the outage), every failed request is a 503
SERVICE_UNAVAILABLE with Retry-After, /readyz goes 503 and back to 200 by itself, the process
is the same before and after. Prints the findings and writes server/bench/DRILLS.md."""

import datetime
import glob
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loadkit import call  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("DRILL_BIN", os.path.join(ROOT, "target/release/crm-server"))
OUTAGE = float(os.environ.get("DRILL_OUTAGE", "3"))
OUT = os.environ.get("DRILL_OUT", os.path.join(ROOT, "server/bench/DRILLS.md"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_postgres(*command):
    subprocess.run(["su", "postgres", "-c", " ".join(command)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pg_bin(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(f"{name} not found under /usr/lib/postgresql")
    return found[-1]


def retry_after_of_503(base, token):
    request = urllib.request.Request(base + "/v1/contacts", headers={"Authorization": "Bearer " + token})
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Retry-After")
    return 200, None


def main():
    folder = tempfile.mkdtemp(prefix="crm-drill-")
    shutil.chown(folder, "postgres")
    data, port = os.path.join(folder, "data"), free_port()
    pg_ctl = pg_bin("pg_ctl")
    as_postgres(pg_bin("initdb"), "-D", data, "-U", "postgres", "-A", "trust")
    start = [pg_ctl, "-D", data, "-o", f"'-p {port} -k {folder} -c listen_addresses=127.0.0.1'", "-w", "start"]
    as_postgres(*start)
    server = None
    try:
        url = f"postgres://postgres@127.0.0.1:{port}/postgres"
        api_port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("CRM_")}
        env.update(DATABASE_URL=url, CRM_BIND=f"127.0.0.1:{api_port}", CRM_JWT_SECRET=secrets.token_hex(32),
                   RUST_LOG="error")
        server = subprocess.Popen([BIN, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{api_port}"
        for _ in range(300):
            if call(base, "GET", "/readyz", timeout=2)[0] == 200:
                break
            time.sleep(0.1)
        status, session, _ = call(base, "POST", "/v1/auth/register",
                                  {"name": "Drill", "email": "drill@example.com", "password": "drill-password-1"})
        assert status == 200, session
        token = session["token"]
        pid_before = server.pid

        samples, ready = [], []
        stop = threading.Event()

        def reader():
            while not stop.is_set():
                status, _, seconds = call(base, "GET", "/v1/contacts", token=token, timeout=30)
                samples.append((time.monotonic(), status, seconds))

        def poller():
            while not stop.is_set():
                status, _, _ = call(base, "GET", "/readyz", timeout=30)
                if not ready or ready[-1][1] != status:
                    ready.append((time.monotonic(), status))
                time.sleep(0.05)

        threads = [threading.Thread(target=reader) for _ in range(4)] + [threading.Thread(target=poller)]
        for thread in threads:
            thread.start()
        time.sleep(2)
        outage_start = time.monotonic()
        as_postgres(pg_ctl, "-D", data, "-m", "fast", "-w", "stop")
        time.sleep(OUTAGE / 2)
        down_status = retry_after_of_503(base, token)
        time.sleep(OUTAGE / 2)
        as_postgres(*start)
        outage_end = time.monotonic()
        recovered = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if samples and samples[-1][1] == 200 and samples[-1][0] > outage_end:
                recovered = samples[-1][0] - outage_end
                break
            time.sleep(0.05)
        time.sleep(2)
        stop.set()
        for thread in threads:
            thread.join()
        alive = server.poll() is None and server.pid == pid_before
        report(samples, ready, outage_start, outage_end, down_status, recovered, alive)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        subprocess.run(["su", "postgres", "-c", f"{pg_ctl} -D {data} -m immediate stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


def report(samples, ready, outage_start, outage_end, down_status, recovered, alive):
    during = [s for s in samples if outage_start <= s[0] + s[2] and s[0] <= outage_end]
    statuses = {}
    for _, status, _ in during:
        statuses[status] = statuses.get(status, 0) + 1
    slowest = max((s[2] for s in during), default=0.0)
    after = [s for s in samples if s[0] > outage_end + (recovered or 0)]
    after_ok = all(s[1] == 200 for s in after)
    timeline = " → ".join(str(status) for _, status in ready)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    ok = alive and after_ok and set(statuses) <= {200, 503} and slowest < 2.5 and down_status == (503, "1")
    lines = [
        "# Fault drills", "",
        f"`make drills` on {now}: a PostgreSQL restart under load (4 readers of `GET /v1/contacts` "
        f"and a `/readyz` poller), the cluster stopped (`pg_ctl stop -m fast`) for {OUTAGE:g} s and "
        "started again, the server left running.", "",
        f"- Answers while the database was down: {', '.join(f'{n}x {s}' for s, n in sorted(statuses.items()))}.",
        f"- Slowest answer during the outage: {slowest * 1000:.0f} ms (nothing hangs; a request waits at most "
        "1 s for a connection).",
        f"- A request in the outage: {down_status[0]} with Retry-After {down_status[1]}.",
        f"- `/readyz`: {timeline}.",
        f"- First 200 after the database was back: {recovered * 1000:.0f} ms." if recovered is not None
        else "- No 200 within 30 s after the database was back.",
        f"- Same process throughout: {'yes' if alive else 'NO'}; every request after recovery 200: "
        f"{'yes' if after_ok else 'NO'}.", "",
        f"Verdict: {'survived' if ok else 'NOT survived'}.",
        "",
        "The other drills are tests in `make test` (`server/tests/api/faults.rs`, both databases): "
        "kill -9 under 8 concurrent writers loses no acknowledged write and no timeline activity "
        "(and an SQLite file killed mid-write passes `PRAGMA integrity_check`), SIGTERM lets a "
        "request in flight finish, an exhausted pool answers 503 at once.",
    ]
    text = "\n".join(lines) + "\n"
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(text)
    print(text)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
