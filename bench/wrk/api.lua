-- GET the URL given to wrk as API clients: BENCH_TOKENS holds their bearer tokens ("|" between them); each request
-- takes the next, so the connections work as different machines (the rate limit and the token's last use are per
-- token, as in production).
local tokens = {}
for t in string.gmatch(os.getenv("BENCH_TOKENS") or "", "[^|]+") do
  table.insert(tokens, t)
end

local n = 0
function setup(thread)
  thread:set("offset", n)
  n = n + 1
end

local i = 0
request = function()
  i = i + 1
  return wrk.format(nil, nil, { ["Authorization"] = "Bearer " .. tokens[((i * 2 + (offset or 0)) % #tokens) + 1],
    ["Accept-Language"] = "vi" })
end
