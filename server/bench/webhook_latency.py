#!/usr/bin/env python3
"""Webhook delivery latency under a modest write load (`make bench-webhooks`).

Starts `crm-server serve` (BENCH_BIN, default target/release/crm-server) on a fresh database
(DATABASE_URL, default a temporary SQLite file), a receiver on loopback that answers 200 and
notes when each delivery arrived, subscribes it to `contact.*`, then creates contacts from
WRITERS threads at about RATE writes per second in all for SECONDS seconds. For each event it
reports two latencies:

- from commit: the receiver's arrival time minus the moment the writer got its 201 (the change
  is committed before the answer is sent, so this slightly *under*-states commit -> receiver);
- from the event: arrival minus the event's `occurredAt` (stamped inside the transaction, before
  the commit, so this slightly *over*-states it).

Prints p50/p90/p99/max of both in milliseconds, and one JSON line with the figures. Standard
library only. Environment: BENCH_BIN, DATABASE_URL, RATE (default 50), WRITERS (default 4),
SECONDS (default 20), and any CRM_* variable, passed to the server (CRM_EVENT_POLL_MS, say).
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARRIVALS = {}  # event id -> (arrival time, occurredAt)
ARRIVALS_LOCK = threading.Lock()


class Receiver(BaseHTTPRequestHandler):
    # Keep-alive, as a real receiver behind a load balancer would (HTTP/1.0 would open a
    # connection per delivery).
    protocol_version = "HTTP/1.1"

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        now = time.time()
        event = json.loads(body)
        with ARRIVALS_LOCK:
            ARRIVALS.setdefault(event["data"]["entity"]["id"], (now, event["occurredAt"]))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None, token=None, workspace=None):
    request = urllib.request.Request(base + path, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    if workspace:
        request.add_header("x-workspace-id", workspace)
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(request, data, timeout=30) as response:
        return json.loads(response.read() or b"null")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def epoch(rfc3339):
    return datetime.fromisoformat(rfc3339.replace("Z", "+00:00")).timestamp()


def main():
    binary = os.environ.get("BENCH_BIN", "target/release/crm-server")
    rate = float(os.environ.get("RATE", "50"))
    writers = int(os.environ.get("WRITERS", "4"))
    seconds = float(os.environ.get("SECONDS", "20"))
    work = tempfile.mkdtemp(prefix="crm-webhook-bench-")
    database = os.environ.get("DATABASE_URL", f"sqlite://{work}/bench.db?mode=rwc")

    # A listen backlog of 5 (the default) drops connection attempts under 16 concurrent
    # deliveries, and the kernel retries them a second later: the receiver's limit, not ours.
    ThreadingHTTPServer.request_queue_size = 128
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook_url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"

    port = free_port()
    env = dict(os.environ, DATABASE_URL=database, CRM_BIND=f"127.0.0.1:{port}",
               CRM_WEBHOOK_ALLOW_HTTP="on", CRM_WEBHOOK_ALLOW_PRIVATE="on",
               CRM_AUTH_RATE_LIMIT="100000", RUST_LOG="warn")
    server = subprocess.Popen([binary, "serve"], env=env, stdout=subprocess.DEVNULL,
                              stderr=open(f"{work}/server.log", "w"))
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/readyz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        auth = call(base, "POST", "/v1/auth/register",
                    {"name": "Bench", "email": "bench@example.com", "password": "bench-password-123"})
        token, workspace = auth["token"], auth["workspaceId"]
        call(base, "POST", "/v1/webhooks", {"url": hook_url, "events": ["contact.*"]}, token, workspace)

        committed = {}
        lock = threading.Lock()
        interval = writers / rate
        deadline = time.time() + seconds

        def write(worker):
            n = 0
            next_at = time.time()
            while time.time() < deadline:
                body = {"firstName": f"W{worker}", "lastName": f"N{n}"}
                created = call(base, "POST", "/v1/contacts", body, token, workspace)
                with lock:
                    committed[created["id"]] = time.time()
                n += 1
                next_at += interval
                time.sleep(max(0.0, next_at - time.time()))

        threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wait_until = time.time() + 30
        while time.time() < wait_until:
            with ARRIVALS_LOCK:
                if all(i in ARRIVALS for i in committed):
                    break
            time.sleep(0.05)
        with ARRIVALS_LOCK:
            arrived = dict(ARRIVALS)
        missing = [i for i in committed if i not in arrived]
        from_commit = [(arrived[i][0] - t) * 1000 for i, t in committed.items() if i in arrived]
        from_event = [(arrived[i][0] - epoch(arrived[i][1])) * 1000 for i in committed if i in arrived]
        print(f"{len(committed)} writes at ~{rate:g}/s from {writers} writers for {seconds:g} s, "
              f"{len(missing)} not delivered; database {database.split(':')[0]}")
        figures = {"writes": len(committed), "missing": len(missing)}
        for name, values in (("from commit", from_commit), ("from event", from_event)):
            row = {p: round(percentile(values, p), 1) for p in (50, 90, 99)}
            row["max"] = round(max(values), 1)
            figures[name] = row
            print(f"  {name:12} p50 {row[50]:7.1f} ms  p90 {row[90]:7.1f} ms  "
                  f"p99 {row[99]:7.1f} ms  max {row['max']:7.1f} ms")
        print(json.dumps(figures))
        return 1 if missing else 0
    finally:
        server.terminate()
        server.wait(timeout=10)
        receiver.shutdown()


if __name__ == "__main__":
    sys.exit(main())
