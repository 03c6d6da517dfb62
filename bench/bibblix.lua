-- wrk script for bench/bibblix.sh: the children's search page with queries that children type
-- (spelling mistakes, no å/ä/ö, Swedish inflections), round the list; counts every response that
-- is not 2xx and prints p50/p95/p99 and one machine-readable line.
local queries = { "draken", "harry poter", "hästar", "hastar", "mysteriet", "drakn", "kompisen i skolan", "piraten",
   "spöket på vinden", "robot", "katten", "fotboll", "magi", "vargen i skogen", "detektiven", "sjöjungfrun",
   "jatten", "häxan", "ugglan", "målvakt" }
local i = 0

function init(args)
   non2xx = 0
end

function request()
   i = i % #queries + 1
   return wrk.format("GET", "/bibblix/sok?q=" .. queries[i]:gsub(" ", "+"):gsub("([^%w%+])", function(c)
      return string.format("%%%02X", string.byte(c)) end))
end

function response(status, headers, body)
   if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

local threads = {}
function setup(thread) table.insert(threads, thread) end

function done(summary, latency, requests)
   local bad = 0
   for _, t in ipairs(threads) do bad = bad + t:get("non2xx") end
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
   io.write(string.format("requests %d in %.1f s: %.0f req/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
      .. "socket errors %d, non-2xx %d\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors, bad))
   io.write(string.format("RESULT rps=%.0f p95_ms=%.1f p99_ms=%.1f errors=%d non2xx=%d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, bad))
end
