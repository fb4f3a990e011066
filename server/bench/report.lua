-- wrk script of server/bench/run.sh.
--
-- GET by default. With BENCH_METHOD=POST and BENCH_BODY set, every request sends that JSON body
-- with each "{n}" replaced by "<thread>-<counter>", so no two created records are identical.
-- done() prints one JSON line: request count, requests/s, latency percentiles in milliseconds,
-- responses with status >= 400 (wrk's errors.status) and socket errors (connect, read, write,
-- timeout).

local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
if body == "" then
  body = nil
end

wrk.method = method
if body then
  wrk.headers["Content-Type"] = "application/json"
end

local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_no", next_thread)
end

local counter = 0

-- Only for a body: without request(), wrk sends one prepared request over and over.
if body then
  function request()
    counter = counter + 1
    local tag = tostring(thread_no or 0) .. "-" .. tostring(counter)
    local filled = body:gsub("{n}", tag)
    return wrk.format(method, nil, nil, filled)
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local ms = function(us)
    return us / 1000.0
  end
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,"p95_ms":%.2f,'
      .. '"p99_ms":%.2f,"max_ms":%.2f,"non2xx":%d,"socket_errors":%d,"timeouts":%d}\n',
    summary.requests,
    seconds,
    summary.requests / seconds,
    ms(latency:percentile(50)),
    ms(latency:percentile(90)),
    ms(latency:percentile(95)),
    ms(latency:percentile(99)),
    ms(latency.max),
    e.status,
    e.connect + e.read + e.write + e.timeout,
    e.timeout
  ))
end
