-- wrk script for bench/run.sh: counts every response that is not 2xx (wrk itself counts only
-- status >= 400 as errors, so a redirect to /login would otherwise pass), adds the 95th
-- percentile that `wrk --latency` does not print, and ends with one machine-readable line.
-- With SESSIONS_FILE set (one session cookie value per line), requests go round the sessions,
-- each wrk thread through its own share of them: many signed-in users, not one.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads)
end

function init(args)
   non2xx = 0
   cookies = {}
   local file = os.getenv("SESSIONS_FILE")
   if file and file ~= "" then
      local all = {}
      for line in io.lines(file) do
         if line ~= "" then table.insert(all, line) end
      end
      local count = tonumber(os.getenv("WRK_THREADS") or "1")
      for i, value in ipairs(all) do
         if (i - 1) % count == thread_number - 1 then
            table.insert(cookies, "SAMBRUK_SESSION=" .. value)
         end
      end
   end
   next_cookie = 0
end

-- defined only with sessions: without a request function wrk builds its request once
local sessions_file = os.getenv("SESSIONS_FILE")
if sessions_file and sessions_file ~= "" then
   function request()
      next_cookie = next_cookie % #cookies + 1
      return wrk.format(nil, nil, { Cookie = cookies[next_cookie] })
   end
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + thread:get("non2xx")
   end
   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, non2xx_total, socket))
end
