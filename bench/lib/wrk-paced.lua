-- wrk at a fixed rate: each connection waits this many milliseconds before
-- each request (bench/lib/wrk.ts passes it), so that all connections
-- together offer the rate asked for while answers come back fast. When they
-- do not (above capacity), the rate falls to what the server answers.
local interval_ms = 0

function init(args)
  interval_ms = tonumber(args[1]) or 0
end

function delay()
  return interval_ms
end
