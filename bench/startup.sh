#!/usr/bin/env bash
# Cold start of the packaged jar: seconds from `java -jar` to the first 200 on /q/health/ready,
# on a first start (a fresh embedded data directory each run: initdb, migrations, sample content,
# admin key) and on existing data (one prepared data directory, restarted). Prints each run and
# the median, and the JVM's CPU seconds until ready (user + system: the work done, which other
# processes on a shared machine do not inflate as they do the wall time).
# Usage: bench/startup.sh [runs, default 5] [app dir, default target/quarkus-app]
# JAVA=<a JDK 25+ java> AOT=1 bench/startup.sh: packages with -Paot (into target/aot-app unless an app dir is
# given), makes its AOT cache with tools/aot-cache.sh and measures starts with the cache.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-5}
JAVA=${JAVA:-java}
PORT=${PORT:-18080}
if [ "${AOT:-0}" = 1 ]; then
    APP=$(realpath -m "${2:-$ROOT/target/aot-app}")
    [ -f "$APP/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests -Paot \
        -Dquarkus.package.output-directory="$(realpath --relative-to="$ROOT/target" "$APP")")
    AOT_CACHE=$APP/app.aot "$ROOT/tools/aot-cache.sh" "$JAVA" -jar "$APP/quarkus-run.jar"
    JAVA_OPTS="${JAVA_OPTS:-} -XX:AOTCache=$APP/app.aot"
else
    APP=$(realpath -m "${2:-$ROOT/target/quarkus-app}")
    [ -f "$APP/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
fi
WORK=$(mktemp -d /tmp/lede-startup-XXXX)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

# Starts the jar on $1, prints the seconds until it is ready and the JVM's CPU seconds, and stops it.
ready_seconds() {
    local start end cpu
    if curl -so /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken" >&2; exit 1; fi
    start=$(date +%s.%N)
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$1" QUARKUS_HTTP_PORT=$PORT \
        "$JAVA" ${JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" > "$WORK/last.log" 2>&1 &
    PID=$!
    until curl -fso /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/last.log" >&2; exit 1; }
        sleep 0.02
    done
    end=$(date +%s.%N)
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$PID/stat")
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
    python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}/{float(sys.argv[3]):.1f}')" "$start" "$end" "$cpu"
}

# "wall/cpu" pairs in, "median wall s (cpu s)" out
median() {
    python3 -c '
import statistics, sys
runs = [tuple(map(float, r.split("/"))) for r in sys.argv[1:]]
print(f"{statistics.median(w for w, _ in runs):.2f} s (JVM CPU {statistics.median(c for _, c in runs):.1f} s)")' "$@"
}

first=()
for i in $(seq 1 "$RUNS"); do first+=("$(ready_seconds "$WORK/fresh-$i")"); rm -rf "$WORK/fresh-$i"; done
echo "first start (fresh data dir), wall/CPU s: ${first[*]}; median $(median "${first[@]}")"

ready_seconds "$WORK/existing" >/dev/null
existing=()
for _ in $(seq 1 "$RUNS"); do existing+=("$(ready_seconds "$WORK/existing")"); done
echo "existing data, wall/CPU s:                ${existing[*]}; median $(median "${existing[@]}")"
echo "java: $("$JAVA" -version 2>&1 | head -1), options: ${JAVA_OPTS:-none}"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
