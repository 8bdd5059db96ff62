#!/usr/bin/env bash
# Import throughput: (1) parsing and quote extraction alone, one thread, warm; (2) HTTP imports of distinct seed-sized pages
# with wrk; (3) a CLI import of N page files (default 10,000; pages read and quotes found on every core, stored in
# batches), then the same files again. Loopback only, bounded in time.
# Usage: bench/import.sh [pages for the CLI run, default 10000] [seconds of HTTP load, default 20]
source "$(dirname "$0")/lib.sh"
PAGES=${1:-10000}
HTTP_SECONDS=${2:-20}
need wrk wrk
cd "$ROOT"
[ -f target/test-classes/dev/lede/ingest/quotes/QuoteExtractionThroughput.class ] || ./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

echo "== 1. Parsing alone (PageReader, one thread, seed page), then quote extraction alone (QuoteExtractor)"
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" dev.lede.ingest.page.ParseThroughput
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" dev.lede.ingest.quotes.QuoteExtractionThroughput

echo "== 2. HTTP: POST /api/v1/imports of distinct pages (${HTTP_SECONDS}s, 8 connections)"
start_lede
cat > /tmp/lede-import.lua <<LUA
local seed = io.open("$ROOT/src/main/resources/seed/000_7f78643c581e5c7b.txt"):read("*a")
local n = 0
request = function()
  n = n + 1
  local id = tostring(math.random(1, 1e9)) .. "-" .. n
  local page = seed:gsub("Why North Korea is sending troops to Russia", "Dispatch " .. id .. " on why North Korea is sending troops", 1)
  page = page:gsub("It is a charge", "Report " .. id .. " adds to it. It is a charge", 1)
  return wrk.format("POST", "/api/v1/imports", {["Content-Type"] = "text/plain; charset=utf-8", ["Authorization"] = "Bearer $BENCH_KEY"}, page)
end
LUA
wrk -t1 -c8 -d"${HTTP_SECONDS}s" --latency -s /tmp/lede-import.lua "$BASE" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
echo "   RSS: $(rss_mib) MiB"
stop_lede
trap - EXIT

echo "== 3. CLI: import of $PAGES page files into a fresh embedded database"
PAGE_DIR=$(mktemp -d /tmp/lede-pages-XXXX)
python3 - "$PAGE_DIR" "$PAGES" <<'PY'
import sys, pathlib
out, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
seed = pathlib.Path("src/main/resources/seed/000_7f78643c581e5c7b.txt").read_text(encoding="utf-8")
for i in range(n):
    page = seed.replace("Why North Korea is sending troops to Russia", f"Dispatch {i} on why North Korea is sending troops", 1)
    page = page.replace("It is a charge", f"Report {i} adds to it. It is a charge", 1)
    (out / f"page-{i:05d}.txt").write_text(page, encoding="utf-8")
PY
DB=$(mktemp -d /tmp/lede-cli-db-XXXX)
cli_import() {   # label; prints the summary, wall and CPU time (JVM and database start included) and the load average
    local started ended
    started=$(date +%s.%N)
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$DB" /usr/bin/time -f "%U %S" -o "$DB.cpu" \
        java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar import "$PAGE_DIR" | tail -1
    ended=$(date +%s.%N)
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); u,k=map(float,open(sys.argv[4]).read().split()); print(f'   {sys.argv[5]}: {int(sys.argv[3])} pages in {s:.1f} s wall ({int(sys.argv[3])/s:.0f} pages/s), JVM CPU {u+k:.0f} s, JVM and database start included; load average {sys.argv[6]}')" \
        "$started" "$ended" "$PAGES" "$DB.cpu" "$1" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
cli_import "first import"
cli_import "the same pages again (all unchanged)"
rm -rf "$PAGE_DIR" "$DB" "$DB.cpu"
