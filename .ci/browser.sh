#!/usr/bin/env bash
# Starts the packaged jar on a free port with a throwaway embedded database (sample content loaded)
# and runs contract/swagger-ui.mjs in Debian's Chromium through playwright-core (no browser
# download): operations listed, "Try it out" on GET /api/v1/articles, target/swagger-ui.png.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "$JAR is missing: run mvn package first" >&2; exit 1; }
if ! command -v chromium >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ -d contract/node_modules/playwright-core ] || (cd contract && npm ci --no-audit --no-fund --loglevel=error)

DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LEDE_EMBEDDED_DATABASE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT java -jar "$JAR" > "$DATA.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA" "$DATA.log"' EXIT
for _ in $(seq 1 360); do   # up to 3 minutes: a busy machine starts slowly
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
    kill -0 $PID 2>/dev/null || { cat "$DATA.log"; exit 1; }
    sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { cat "$DATA.log"; echo "Lede did not become ready" >&2; exit 1; }
node contract/swagger-ui.mjs "http://127.0.0.1:$PORT" openapi/openapi.json target/swagger-ui.png
