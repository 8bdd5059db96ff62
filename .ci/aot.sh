#!/usr/bin/env bash
# The fast start: the jar packaged with -Paot, an AOT cache made by tools/aot-cache.sh with the machine's
# JDK 25, and a start that must use that cache (-XX:AOTMode=on refuses to start without it) on a fresh
# data directory, ready and serving the sample articles. Prints the start's time.
set -euo pipefail
JDK=${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}
[ -x "$JDK/bin/java" ] || { echo "no JDK 25 found (set JAVA25_HOME)" >&2; exit 1; }
APP=target/aot-app
rm -rf "$APP"
./mvnw -q package -DskipTests -Paot -Dquarkus.package.output-directory=aot-app
PORT=18183 AOT_CACHE=$APP/app.aot tools/aot-cache.sh "$JDK/bin/java" -jar "$PWD/$APP/quarkus-run.jar"

DATA=$(mktemp -d)
PORT=18184
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA" "$DATA".*' EXIT
start=$(date +%s%N)
LEDE_EMBEDDED_DATABASE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT \
    "$JDK/bin/java" -XX:AOTMode=on -XX:AOTCache="$APP/app.aot" -jar "$PWD/$APP/quarkus-run.jar" > "$DATA.log" 2>&1 &
PID=$!
for _ in $(seq 1 1800); do
    curl -fso /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
    kill -0 $PID 2>/dev/null || { cat "$DATA.log"; echo "Lede did not start with its AOT cache" >&2; exit 1; }
    sleep 0.1
done
ready=$(date +%s%N)
count=$(curl -fs "http://127.0.0.1:$PORT/api/v1/articles" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["data"]))')
[ "$count" -gt 0 ] || { echo "no sample articles" >&2; exit 1; }
echo "first start with the AOT cache: ready in $(( (ready - start) / 1000000 )) ms, $count sample articles listed"
