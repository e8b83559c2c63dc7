-- Officers record progress (IN_PROGRESS, a percent, a note) on their own agencies' open assignments.
-- BENCH_COOKIES / BENCH_CSRFS: "|"-separated sessions of the officers and a CSRF token of each;
-- BENCH_ASSIGNMENTS: "id:version:officer,..." (officer = index in those lists) read from the database.
-- Run with one connection per wrk thread (BENCH_THREADS = -t = -c): thread t posts as officer t mod #officers
-- and walks round its own list (that officer's assignments, every m-th when m threads share the officer), sending
-- the version it expects (each saved update increments it). A connection sends its next request only after the
-- answer to its last, and no two threads share an assignment: no two requests ever race on one version, so any
-- 409 is a real error.
local counter = 0

-- BENCH_DELAY_MS: each connection sends a save every this many ms of wall-clock time (the mixed scenarios'
-- pace: with c connections, c * 1000 / delay saves a second): the wait before the next save is what is left
-- of its slot after the last answer, so the time a save takes does not lower the rate (a save slower than its
-- slot is followed at once, and the connection catches up); 0 or unset: no wait. The clock is /proc/uptime
-- (10 ms steps): wrk's Lua has no wall clock of its own.
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local function uptime_ms()
  local file = io.open("/proc/uptime", "r")
  local seconds = file:read("*n")
  file:close()
  return seconds * 1000
end
if pace > 0 then
  local due = nil
  function delay()
    local now = uptime_ms()
    -- the first slot starts now; a connection more than a slot behind starts afresh rather than bursting
    if due == nil or due < now - pace then
      due = now
    end
    due = due + pace
    return math.max(0, math.floor(due - now))
  end
end

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

local function split(text)
  local parts = {}
  for part in string.gmatch(text or "", "([^|]+)") do
    table.insert(parts, part)
  end
  return parts
end

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS") or "16")
  cookies = split(os.getenv("BENCH_COOKIES"))
  csrfs = split(os.getenv("BENCH_CSRFS"))
  local officer = tid % #cookies
  -- the threads that share this officer, and this thread's place among them
  local sharing = math.floor((threads - 1 - officer) / #cookies) + 1
  local place = math.floor(tid / #cookies)
  mine = {}
  local i = 0
  for id, v, o in string.gmatch(os.getenv("BENCH_ASSIGNMENTS") or "", "(%d+):(%d+):(%d+)") do
    if tonumber(o) == officer then
      if i % sharing == place then
        table.insert(mine, { id = id, v = tonumber(v), o = officer + 1 })
      end
      i = i + 1
    end
  end
  if #mine == 0 then
    error("wrk thread " .. tid .. " has no assignment of its own to post to")
  end
  idx = 0
  sent = 0
end

function request()
  idx = idx % #mine + 1
  sent = sent + 1
  local a = mine[idx]
  local headers = {
    ["Cookie"] = cookies[a.o],
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }
  local body = "_csrf=" .. csrfs[a.o] .. "&version=" .. a.v .. "&status=IN_PROGRESS&percent=" .. (10 + sent % 80)
    .. "&note=%C4%90ang+tri%E1%BB%83n+khai+theo+k%E1%BA%BF+ho%E1%BA%A1ch+%28benchmark%29"
  -- the version moves on when the answer says the update was saved (see response): wrk may call request()
  -- more often than it sends (it builds a connection's request again on a reconnect), and a version counted
  -- for a request never sent made every later post to that assignment a 409
  pending = a
  return wrk.format("POST", "/assignments/" .. a.id .. "/progress", headers, body)
end

-- which statuses the errors had, printed at the end ("status 409: 3"); a redirect anywhere but to the
-- assignment's page (e.g. to /login: the session is gone, nothing was saved) is an error too
-- ("status 302-elsewhere: 1"), which wrk itself would count as a success
local threads = {}
local base_setup = setup
function setup(thread)
  base_setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status >= 400 then
    errors = (errors or "") .. status .. " "
  elseif status >= 300 then
    local location = headers["Location"] or headers["location"] or ""
    if not string.find(location, "/assignments/%d+$") then
      errors = (errors or "") .. status .. "-elsewhere "
    elseif pending ~= nil then
      pending.v = pending.v + 1
    end
  end
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for code in string.gmatch(thread:get("errors") or "", "(%S+)") do
      counts[code] = (counts[code] or 0) + 1
    end
  end
  for code, n in pairs(counts) do
    io.write(string.format("status %s: %d\n", code, n))
  end
end
