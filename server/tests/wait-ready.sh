# Waiting for a crm-server this script started. Sourced by contract-tests/run.sh,
# contract-tests/staging-selftest.sh and server/tests/docs/check.sh.

# wait_until_ready URL PID LOG: returns 0 once GET URL answers 2xx; 1, with the last 50 lines of
# LOG on stderr and the reason, when process PID exits first or 30 s pass.
wait_until_ready() {
  local url="$1" pid="$2" log="$3" deadline=$((SECONDS + 30))
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 50 "$log" >&2 || true
      echo "crm-server exited during start-up (log above, full log in $log)" >&2
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 50 "$log" >&2 || true
      echo "crm-server did not answer GET $url within 30 s (log above, full log in $log)" >&2
      return 1
    fi
    sleep 0.2
  done
}
