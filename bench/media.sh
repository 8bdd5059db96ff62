#!/usr/bin/env bash
# Image renditions: (1) a cold rendition (decode a 1,600-pixel JPEG, scale to 640, encode) on one thread with a
# warm JIT, in process; (2) a cached rendition served by the packaged jar over loopback with wrk: the srcset URL
# of a 640-pixel rendition, answered from memory on the event loop. Bounded in time.
# Usage: bench/media.sh [seconds of HTTP load, default 20] [connections, default 32]
source "$(dirname "$0")/lib.sh"
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-32}
need wrk wrk
cd "$ROOT"
echo "load: $(uptime)"
[ -f target/test-classes/dev/lede/image/RenditionSpeed.class ] || ./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

echo "== 1. A cold rendition, in process (RenditionSpeed)"
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" dev.lede.image.RenditionSpeed

echo "== 2. A cached rendition over HTTP (${SECONDS_PER_RUN}s, $CONNECTIONS connections, 1 wrk thread)"
start_lede
IMAGE=$(curl -fs -X POST -H "Authorization: Bearer $BENCH_KEY" -H 'Content-Type: image/jpeg' \
        --data-binary @docs/examples/harbour.jpg "$BASE/api/v1/images" | sed -E 's/.*"id":"([^"]+)".*/\1/')
URL=$(curl -fs "$BASE/api/v1/images/$IMAGE" | grep -o "[^\" ]*/render?w=640&v=[0-9a-f]*" | head -1)
URL="$BASE${URL#*8080}"
echo "cold over HTTP (first request): $(curl -s -o /dev/null -w '%{time_total}' "$URL") s; second: $(curl -s -o /dev/null -w '%{time_total}' "$URL") s"
wrk -t1 -c"$CONNECTIONS" -d5s "$URL" >/dev/null   # warm-up
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$URL" | grep -E "Requests/sec|Transfer/sec|50%|99%|Non-2xx|Socket errors"
echo "== RSS after the runs: $(rss_mib) MiB; load: $(uptime)"
