-- wrk script: POST one complete, valid questionnaire with a CSRF cookie and field taken once from
-- the form (set by run.sh through the environment), and count the 303 answers.
local cookie = os.getenv("CLOSER_COOKIE")
local token = os.getenv("CLOSER_TOKEN")
local answers = {}
for item = 1, 35 do answers[#answers + 1] = "q" .. item .. "=" .. ((item % 5) + 1) end
wrk.method = "POST"
wrk.path = "/fis/questions"
wrk.body = table.concat(answers, "&") .. "&consent=yes&_csrf=" .. token
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = cookie

local threads = {}
function setup(thread)
  thread:set("sent", 0)
  thread:set("seeOther", 0)
  thread:set("other", 0)
  table.insert(threads, thread)
end

function request()
  sent = (sent or 0) + 1
  return wrk.format()
end

function response(status, headers, body)
  if status == 303 then seeOther = (seeOther or 0) + 1 else other = (other or 0) + 1 end
end

-- Requests still in flight when wrk stops are stored but never counted as answered; "sent" counts them.
function done(summary, latency, requests)
  local sentTotal, ok, bad = 0, 0, 0
  for _, thread in ipairs(threads) do
    sentTotal = sentTotal + thread:get("sent")
    ok = ok + thread:get("seeOther")
    bad = bad + thread:get("other")
  end
  io.write(string.format("SEE_OTHER %d OTHER %d SENT %d\n", ok, bad, sentTotal))
end
