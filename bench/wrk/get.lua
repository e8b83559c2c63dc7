-- GET the URL given to wrk as signed-in users: BENCH_COOKIES holds their session cookies ("|" between them;
-- each request takes the next, so the connections work as different users), or BENCH_COOKIE one session.
local cookies = {}
for c in string.gmatch(os.getenv("BENCH_COOKIES") or "", "[^|]+") do
  table.insert(cookies, c)
end
local single = os.getenv("BENCH_COOKIE")
if #cookies == 0 and single ~= nil and single ~= "" then
  wrk.headers["Cookie"] = single
end

local n = 0
function setup(thread)
  thread:set("offset", n)
  n = n + 1
end

local i = 0
request = function()
  if #cookies == 0 then
    return wrk.format()
  end
  i = i + 1
  return wrk.format(nil, nil, { ["Cookie"] = cookies[((i * 2 + (offset or 0)) % #cookies) + 1] })
end
