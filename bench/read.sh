#!/usr/bin/env bash
# Read throughput of the packaged jar on loopback: one article and the first page of the list.
# Usage: bench/read.sh [seconds per run, default 20] [connections, default 32]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-32}
need wrk wrk
start_lede

SLUG=$(curl -fs "$BASE/api/v1/articles?section=news&limit=1&fields=slug" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
for url in "$BASE/api/v1/articles/$SLUG" "$BASE/api/v1/articles?limit=20"; do
    wrk -t1 -c"$CONNECTIONS" -d5s "$url" >/dev/null   # warm-up: JIT and caches
    echo "== GET ${url#$BASE} (${SECONDS_PER_RUN}s, $CONNECTIONS connections, 1 wrk thread)"
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$url" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors"
done
echo "== RSS after the runs: $(rss_mib) MiB"
