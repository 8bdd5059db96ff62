#!/usr/bin/env bash
# The packaged jar starts its own embedded PostgreSQL (no build-time URL baked in), loads the
# sample content and serves the seed article; a restart keeps the data, and a webhook event
# whose receiver was down before the restart is delivered, signed, after it.
set -euo pipefail
JAR=target/quarkus-app/quarkus-run.jar
if grep -rqs "jdbc:postgresql" target/quarkus-app/quarkus target/quarkus-app/app; then
    echo "the packaged jar carries a build-time database URL" >&2
    exit 1
fi
DATA=$(mktemp -d)
PORT=18181
HOOK_PORT=18182
KEY=smoke-admin-key
SECRET=smoke-webhook-secret-0123456789
run() {
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT \
    LEDE_SECURITY_KEYS="admin:$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)" \
    LEDE_WEBHOOKS_ALLOW_PRIVATE=true LEDE_WEBHOOKS_RETRY_BASE=1s \
        java -jar "$JAR" > "$DATA.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && return 0; sleep 0.5; done
    cat "$DATA.log"; echo "Lede did not become ready" >&2; exit 1
}
# The webhook receiver: answers 503 while $DATA.down exists; otherwise checks the signature and
# records the event it got.
python3 - "$HOOK_PORT" "$SECRET" "$DATA" <<'PY' &
import hashlib, hmac, http.server, os, sys
port, secret, data = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3]
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if os.path.exists(data + ".down"):
            self.send_response(503); self.end_headers(); return
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(expected, self.headers.get("X-Lede-Signature", ""))
        with open(data + ".received", "a") as out:
            out.write(("signed " if ok else "UNSIGNED ") + body.decode() + "\n")
        self.send_response(204 if ok else 400); self.end_headers()
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", port), Hook).serve_forever()
PY
HOOK_PID=$!
trap 'kill $PID $HOOK_PID 2>/dev/null || true; rm -rf "$DATA" "$DATA".*' EXIT
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

API="http://127.0.0.1:$PORT/api/v1"
AUTH="Authorization: Bearer $KEY"
touch "$DATA.down"
curl -fs -X POST -H "$AUTH" -H 'Content-Type: application/json' "$API/webhooks" \
    -d "{\"url\":\"http://127.0.0.1:$HOOK_PORT/hook\",\"events\":[\"created\"],\"secret\":\"$SECRET\"}" >/dev/null
SLUG=$(curl -fs -X POST -H "$AUTH" -H 'Content-Type: application/json' "$API/articles" \
    -d '{"headline":"Smoke test: an event that waits out a restart","body":[{"type":"paragraph","text":"Written while the receiver is down."}],"section":"News","status":"published"}' \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["slug"])')
for _ in $(seq 1 40); do   # wait until Lede has tried and failed
    curl -fs -H "$AUTH" "$API/webhooks" | grep -q '"failing":[1-9]' && break; sleep 0.5
done
curl -fs -H "$AUTH" "$API/webhooks" | grep -q '"failing":[1-9]' || { echo "the receiver was never tried" >&2; exit 1; }
[ ! -e "$DATA.received" ] || { echo "delivered while the receiver was down" >&2; exit 1; }
echo "webhook delivery failed while the receiver was down; restarting Lede"

kill $PID; wait $PID || true
rm "$DATA.down"
run
curl -fs "$API/articles/$ARTICLE" >/dev/null && echo "data kept across a restart"
for _ in $(seq 1 60); do
    grep -q "\"slug\":\"$SLUG\"" "$DATA.received" 2>/dev/null && break; sleep 1
done
grep "\"slug\":\"$SLUG\"" "$DATA.received" | grep -q '^signed ' \
    || { echo "the event of $SLUG was not delivered, signed, after the restart" >&2; cat "$DATA.received" 2>/dev/null; exit 1; }
echo "webhook event written before the restart delivered after it, signature valid"
