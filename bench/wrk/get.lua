-- GET the URL given to wrk with the session cookie of a signed-in demo user (BENCH_COOKIE).
local cookie = os.getenv("BENCH_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
