#!/usr/bin/env bash
# Cold start of the packaged jar: seconds from `java -jar` to the first 200 on /q/health/ready,
# on a first start (a fresh embedded data directory each run: initdb, migrations, sample content,
# admin key) and on existing data (one prepared data directory, restarted). Prints each run and
# the median. Usage: bench/startup.sh [runs, default 5] [app dir, default target/quarkus-app]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
APP=${2:-$ROOT/target/quarkus-app}
PORT=${PORT:-18080}
[ -f "$APP/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
WORK=$(mktemp -d /tmp/lede-startup-XXXX)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

# Starts the jar on $1, prints the seconds until it is ready, and stops it.
ready_seconds() {
    local start end
    start=$(date +%s.%N)
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$1" QUARKUS_HTTP_PORT=$PORT \
        java ${JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" > "$WORK/last.log" 2>&1 &
    PID=$!
    until curl -fso /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/last.log" >&2; exit 1; }
        sleep 0.02
    done
    end=$(date +%s.%N)
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
    python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$end"
}

median() { python3 -c 'import statistics, sys; print(f"{statistics.median(map(float, sys.argv[1:])):.2f}")' "$@"; }

first=()
for i in $(seq 1 "$RUNS"); do first+=("$(ready_seconds "$WORK/fresh-$i")"); rm -rf "$WORK/fresh-$i"; done
echo "first start (fresh data dir): ${first[*]} s; median $(median "${first[@]}") s"

ready_seconds "$WORK/existing" >/dev/null
existing=()
for _ in $(seq 1 "$RUNS"); do existing+=("$(ready_seconds "$WORK/existing")"); done
echo "existing data:                ${existing[*]} s; median $(median "${existing[@]}") s"
