"""Helpers of the soak and the fault drills (server/bench/soak.sh, drills.sh): HTTP calls, the
server's memory, bursts of failed logins. Standard library only."""

import json
import threading
import time
import urllib.error
import urllib.request


def call(base, method, path, body=None, token=None, timeout=30):
    """(status, parsed JSON or None, seconds) of one request; never raises on HTTP errors."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            status, raw = answer.status, answer.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, None, time.monotonic() - started
    elapsed = time.monotonic() - started
    try:
        return status, json.loads(raw), elapsed
    except ValueError:
        return status, None, elapsed


def rss_mib(pid):
    """The process's resident memory (VmRSS) in MiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def login_burst(base, count, pid=None, tag="burst"):
    """`count` failed logins (unknown emails) released at the same instant, one thread each.
    Answers the status counts, the seconds until the last answer and the peak RSS meanwhile."""
    barrier = threading.Barrier(count + 1)
    statuses = {}
    lock = threading.Lock()

    def one(n):
        barrier.wait()
        status, _, _ = call(base, "POST", "/v1/auth/login",
                            {"email": f"{tag}-{n}-{time.time_ns()}@example.com", "password": "guess-1234"})
        with lock:
            statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    peak = [rss_mib(pid) if pid else 0.0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], rss_mib(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample) if pid else None
    if sampler:
        sampler.start()
    started = time.monotonic()
    barrier.wait()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    stop.set()
    if sampler:
        sampler.join()
    return {"statuses": dict(sorted(statuses.items())), "seconds": round(elapsed, 2), "peak_mib": round(peak[0], 1)}
