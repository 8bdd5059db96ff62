#!/usr/bin/env bash
# The packaged jar starts its own embedded PostgreSQL (no build-time URL baked in), loads the
# sample content and serves the seed article; a restart keeps the data. (That a webhook event
# survives a restart is WebhookRestartIT's, in mvn verify.)
set -euo pipefail
JAR=target/quarkus-app/quarkus-run.jar
if grep -rqs "jdbc:postgresql" target/quarkus-app/quarkus target/quarkus-app/app; then
    echo "the packaged jar carries a build-time database URL" >&2
    exit 1
fi
DATA=$(mktemp -d)
PORT=18181
run() {
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT \
        java -jar "$JAR" > "$DATA.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 360); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && return 0; sleep 0.5; done
    cat "$DATA.log"; echo "Lede did not become ready" >&2; exit 1
}
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA" "$DATA".*' EXIT
run
ARTICLE=$(curl -fs "http://127.0.0.1:$PORT/api/v1/articles?section=news&limit=20" | python3 -c '
import json, sys
page = json.load(sys.stdin)["data"]
print(next(a["slug"] for a in page if a["headline"].startswith("Why North Korea is sending troops")))')
curl -fs "http://127.0.0.1:$PORT/api/v1/articles/$ARTICLE" | python3 -c '
import json, sys
a = json.load(sys.stdin)
assert a["section"]["name"] == "News", a["section"]
assert a["whyWeWroteThis"].startswith("North Korea’s decision"), a["whyWeWroteThis"]
assert len(a["body"]) == 10, len(a["body"])
print("seed article served:", a["slug"], "with", len(a["body"]), "blocks")'

kill $PID; wait $PID || true
run
curl -fs "http://127.0.0.1:$PORT/api/v1/articles/$ARTICLE" >/dev/null && echo "data kept across a restart"
