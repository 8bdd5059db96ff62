# Shared by the bench scripts: start the packaged jar on a throwaway embedded database, stop it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
# An editor key for the writes the benchmarks make (imports)
BENCH_KEY=bench-editor-key

need() { command -v "$1" >/dev/null || { echo "installing $1"; apt-get install -y -qq "$2" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }; }

start_lede() {
    [ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
    DATA=${DATA:-$(mktemp -d /tmp/lede-bench-XXXX)}   # a caller may pass a prepared data directory
    LEDE_SECURITY_KEYS="${BENCH_ROLE:-editor}:$(printf %s "$BENCH_KEY" | sha256sum | cut -d' ' -f1)" \
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
        java ${JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" "$@" > "$DATA.log" 2>&1 &
    LEDE_PID=$!
    trap stop_lede EXIT
    for _ in $(seq 1 360); do
        curl -fs "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "Lede did not become ready; log: $DATA.log" >&2
    exit 1
}

stop_lede() {
    [ -n "${LEDE_PID:-}" ] && kill "$LEDE_PID" 2>/dev/null && wait "$LEDE_PID" 2>/dev/null || true
    [ -n "${KEEP_DATA:-}" ] || rm -rf "${DATA:-/nonexistent}"
}

# The port of the embedded PostgreSQL serving $DATA (for psql)
pg_port() { sed -n 4p "$DATA/postmaster.pid"; }

rss_mib() { echo $(( $(ps -o rss= -p "$LEDE_PID") / 1024 )); }
