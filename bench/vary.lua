-- wrk script for bench/scale.sh. Every request spells its URL differently, without changing what it
-- asks for: some letters and digits percent-encoded, leading zeros on limit, a blank cursor of random
-- length. Lede caches rendered responses by the raw URL, so this keeps every request on the database
-- path. Prints "RESULT p50 p95 p99 max req/s errors" (milliseconds) at the end.
local path

function init(args)
    path = args[1]
    math.randomseed(os.time() * 1000 + (tonumber(args[2]) or 0))
end

local function encode(s)
    local out, i = {}, 1
    while i <= #s do
        local c = s:sub(i, i)
        if c == "%" then
            out[#out + 1] = s:sub(i, i + 2)
            i = i + 3
        else
            if c:match("%w") and math.random() < 0.5 then
                c = string.format("%%%02X", c:byte())
            end
            out[#out + 1] = c
            i = i + 1
        end
    end
    return table.concat(out)
end

local function blank()
    local out = {}
    for i = 1, math.random(16, 32) do
        out[i] = math.random() < 0.5 and "+" or "%20"
    end
    return table.concat(out)
end

function request()
    local base, query = path:match("^([^?]*)%??(.*)$")
    -- everything after /api/v1/ varies, so that a path without a query (an article, its navigation)
    -- still has more spellings than a run can ask for
    local prefix, rest = base:match("^(/api/v1/)(.*)$")
    base = prefix .. encode(rest)
    if query == "" then
        return wrk.format("GET", base)
    end
    local parts = {}
    for k, v in query:gmatch("([^&=]+)=([^&]*)") do
        if k == "limit" then
            v = string.rep("0", math.random(0, 6)) .. v
        end
        parts[#parts + 1] = k .. "=" .. (v == "" and blank() or encode(v))
    end
    return wrk.format("GET", base .. "?" .. table.concat(parts, "&"))
end

function done(summary, latency, requests)
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT %.2f %.2f %.2f %.2f %.0f %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1e6), errors))
end
