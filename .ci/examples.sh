#!/usr/bin/env bash
# Every sh example of README.md and docs/ run as written (.ci/examples.py checks each request's
# status) against the packaged jar on localhost:8080, on its first start on a fresh data directory,
# as a newcomer meets it: KEY is the admin key from its first-start banner. The webhook examples
# subscribe a receiver on this machine, so private webhook addresses are allowed (docs/webhooks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lede.sh
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw package first" >&2; exit 1; }
DATA=$(mktemp -d)
export LEDE_EMBEDDED_DATABASE_DATA_DIR=$DATA LEDE_WEBHOOKS_ALLOW_PRIVATE=true
setsid java -jar "$JAR" > "$DATA.log" 2>&1 < /dev/null &
PID=$!
trap 'stop_group $PID; rm -rf "$DATA" "$DATA.log"' EXIT
wait_ready $PID "$DATA.log"
KEY=$(grep -o 'lede_[A-Za-z0-9_-]\{43\}' "$DATA.log" | head -1)
[ -n "$KEY" ] || { cat "$DATA.log"; echo "no admin key in the first-start banner" >&2; exit 1; }
export KEY
python3 .ci/examples.py README.md docs/*.md
