-- wrk script of server/bench/soak.sh: a mix of the frontend's reads and writes, in turn on each
-- connection. SOAK_TOKEN is the bearer token, SOAK_CONTACT and SOAK_STAGE ids to read and use.
-- done() prints one JSON line like report.lua's.

local token = os.getenv("SOAK_TOKEN")
local contact = os.getenv("SOAK_CONTACT")
local stage = os.getenv("SOAK_STAGE")

wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Content-Type"] = "application/json"

local mix = {
  { "GET", "/v1/contacts", nil },
  { "GET", "/v1/deals", nil },
  { "GET", "/v1/contacts/" .. contact, nil },
  { "POST", "/v1/contacts", '{"firstName":"Soak","lastName":"{n}","tags":["soak"]}' },
  { "GET", "/v1/tasks", nil },
  { "GET", "/v1/search?q=soak", nil },
  { "POST", "/v1/deals", '{"title":"Soak {n}","amount":12.5,"currency":"EUR","stageId":"' .. stage .. '"}' },
  { "GET", "/v1/reports/dashboard", nil },
  { "PATCH", "/v1/contacts/" .. contact, '{"jobTitle":"Soak {n}"}' },
  { "GET", "/v1/activities?limit=20", nil },
}

local next_thread = 0
function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_no", next_thread)
end

local counter = 0
function request()
  counter = counter + 1
  local item = mix[(counter % #mix) + 1]
  local body = item[3]
  if body then
    body = body:gsub("{n}", tostring(thread_no or 0) .. "-" .. tostring(counter))
  end
  return wrk.format(item[1], item[2], nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,'
      .. '"non2xx":%d,"socket_errors":%d}\n',
    summary.requests,
    summary.duration / 1e6,
    latency:percentile(50) / 1000.0,
    latency:percentile(99) / 1000.0,
    latency.max / 1000.0,
    e.status,
    e.connect + e.read + e.write + e.timeout
  ))
end
