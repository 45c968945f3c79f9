-- The wrk script of every HTTP run of bench/run.sh:
--   wrk [options] -s bench/wrk/load.lua URL -- EXPECTED_STATUS [BODIES_FILE]
-- Without BODIES_FILE it sends wrk's default request (a GET). With it, it POSTs the file's lines (one JSON body
-- a line) in turn, each thread starting at another line. Every response whose status is not EXPECTED_STATUS is
-- counted; at the end one line "result key=value ..." gives exact figures for the driver to read.

local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

local function read_lines(path)
   local lines = {}
   for line in io.lines(path) do
      if line ~= "" then
         table.insert(lines, line)
      end
   end
   assert(#lines > 0, "no bodies in " .. path)
   return lines
end

local requests = {}
local next_request = 1

function init(args)
   expected_status = tonumber(args[1]) or error("usage: -- EXPECTED_STATUS [BODIES_FILE]")
   unexpected = 0
   last_unexpected_status = 0
   if args[2] then
      -- Formatted once here, so that the load loop only hands out ready requests.
      for _, body in ipairs(read_lines(args[2])) do
         table.insert(requests, wrk.format("POST", nil, nil, body))
      end
      next_request = (id * 7) % #requests + 1
   end
end

function request()
   if #requests == 0 then
      return wrk.format()
   end
   local r = requests[next_request]
   next_request = next_request % #requests + 1
   return r
end

function response(status, headers, body)
   if status ~= expected_status then
      unexpected = unexpected + 1
      last_unexpected_status = status
   end
end

function done(summary, latency, requests)
   local unexpected_total, last_status = 0, 0
   for _, thread in ipairs(threads) do
      unexpected_total = unexpected_total + thread:get("unexpected")
      local status = thread:get("last_unexpected_status")
      if status ~= 0 then
         last_status = status
      end
   end
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   io.write(string.format(
      "result requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f unexpected_status=%d last_unexpected_status=%d socket_errors=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      unexpected_total, last_status, socket_errors))
end
