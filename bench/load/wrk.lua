-- Drives one scenario for bench/load/run.py: cycles through the requests in the file named
-- by the first argument (one a line: path, Authorization value, JSON body, tab-separated),
-- each wrk thread starting at its own offset, and sorts the answers by what they said.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local path, auth, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
    local headers = { ["Content-Type"] = "application/json" }
    if auth ~= "" then headers["Authorization"] = auth end
    requests[#requests + 1] = wrk.format("POST", path, headers, body)
  end
  step = tonumber(args[2])
  index = offset
  ok, refused, taken, confirmed, failed = 0, 0, 0, 0, 0
end

function request()
  index = index % #requests + 1
  local chosen = requests[index]
  index = index + step - 1
  return chosen
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  elseif body:find('"errors":%s*%[%s*{') then
    if body:find("ALREADY_TAKEN", 1, true) then taken = taken + 1 else refused = refused + 1 end
  else
    ok = ok + 1
  end
  if body:find('"status":%s*"CONFIRMED"') then confirmed = confirmed + 1 end
end

function done(summary, latency, requests)
  local totals = { ok = 0, refused = 0, taken = 0, confirmed = 0, failed = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(totals) do totals[key] = totals[key] + thread:get(key) end
  end
  local errors = summary.errors
  io.write(string.format("RESULT requests %d\n", summary.requests))
  io.write(string.format("RESULT seconds %f\n", summary.duration / 1e6))
  io.write(string.format("RESULT p50_ms %f\n", latency:percentile(50) / 1000))
  io.write(string.format("RESULT p99_ms %f\n", latency:percentile(99) / 1000))
  io.write(string.format("RESULT socket_errors %d\n",
    errors.connect + errors.read + errors.write + errors.timeout))
  for key, value in pairs(totals) do io.write(string.format("RESULT %s %d\n", key, value)) end
end
