-- wrk script: ask for the research export with a wrong password, as someone guessing would, and
-- count the answers: 401 (a password was checked and was wrong) and 429 (refused unchecked).
wrk.headers["Authorization"] = "Basic YmVuY2g6d3Jvbmc="  -- bench:wrong

local threads = {}
function setup(thread)
  thread:set("unauthorized", 0)
  thread:set("tooMany", 0)
  thread:set("other", 0)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status == 401 then unauthorized = (unauthorized or 0) + 1
  elseif status == 429 then tooMany = (tooMany or 0) + 1
  else other = (other or 0) + 1 end
end

function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("unauthorized")
    b = b + thread:get("tooMany")
    c = c + thread:get("other")
  end
  io.write(string.format("UNAUTHORIZED %d TOO_MANY %d OTHER %d\n", a, b, c))
end
