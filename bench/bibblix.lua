-- wrk script for bench/bibblix.sh: the children's search page with queries that children type.
-- Most requests are the common queries below (spelling mistakes, no å/ä/ö, Swedish inflections,
-- short prefixes), in random order; a share UNIQUE_SHARE (percent, default 10, from the
-- environment) are queries made up on the spot from the catalogue's words with a letter left out,
-- a number of them never asked before, so the search's kept answers do not hide the database's
-- work. Counts every response that is not 2xx and prints p50/p95/p99 and one machine-readable line.
local queries = { "draken", "harry poter", "hästar", "hastar", "mysteriet", "drakn", "kompisen i skolan", "piraten",
   "spöket på vinden", "robot", "katten", "fotboll", "magi", "vargen i skogen", "detektiven", "sjöjungfrun",
   "jatten", "häxan", "ugglan", "målvakt", "dra", "hast", "pirat", "spok", "trollet", "prinsesan", "raven i parken",
   "bjornen", "skatten", "hemligheten" }
local words = { "draken", "hästen", "mysteriet", "resan", "skatten", "hemligheten", "kompisen", "spöket", "roboten", "katten",
   "vargen", "piraten", "häxan", "trollet", "ugglan", "målvakten", "detektiven", "prinsessan", "räven", "björnen", "sjöjungfrun",
   "jätten", "skogen", "sängen", "havet", "skolan", "stallet", "fjällen", "månen", "staden", "källaren", "vinden", "berget",
   "biblioteket", "rymden", "tåget", "sjön", "parken", "slottet", "dalen", "museet", "äventyr", "vänskap", "drakar", "magi",
   "fotboll", "rymdskepp", "skratt", "djur", "Lova", "Elias", "Saga", "Maja", "Noah", "Ekström", "Berg", "Lind", "Sandberg" }
local unique_share = tonumber(os.getenv("UNIQUE_SHARE") or "10") / 100
local think_ms = tonumber(os.getenv("THINK_MS") or "0")

local function typo(word)
   -- a letter left out (children's commonest mistake), somewhere after the first; wrk's LuaJIT has
   -- no utf8 library, so the letters are split by hand (å, ä, ö are two bytes)
   local letters = {}
   for c in word:gmatch("[%z\1-\127\194-\244][\128-\191]*") do letters[#letters + 1] = c end
   if #letters < 4 or math.random() < 0.4 then return word end
   table.remove(letters, math.random(2, #letters))
   return table.concat(letters)
end

local function encode(q)
   return q:gsub(" ", "+"):gsub("([^%w%+])", function(c) return string.format("%%%02X", string.byte(c)) end)
end

function init(args)
   non2xx = 0
   math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
   local q
   if math.random() < unique_share then
      q = typo(words[math.random(#words)]) .. " " .. typo(words[math.random(#words)])
   else
      q = queries[math.random(#queries)]
   end
   return wrk.format("GET", "/bibblix/sok?q=" .. encode(q))
end

-- a child's pause between an answer and the next search (not counted in the latency); none by default
if think_ms > 0 then
   function delay()
      return think_ms
   end
end

function response(status, headers, body)
   if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

local threads = {}
function setup(thread) table.insert(threads, thread) end

function done(summary, latency, requests)
   local bad = 0
   for _, t in ipairs(threads) do bad = bad + t:get("non2xx") end
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
   io.write(string.format("requests %d in %.1f s: %.0f req/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
      .. "socket errors %d, non-2xx %d\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors, bad))
   io.write(string.format("RESULT rps=%.0f p95_ms=%.1f p99_ms=%.1f errors=%d non2xx=%d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, bad))
end
