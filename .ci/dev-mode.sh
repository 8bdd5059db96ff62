#!/usr/bin/env bash
# The README's run command as written: ./mvnw quarkus:dev with no terminal (stdin closed), ready on
# /q/health/ready, serves the README's first example; then stopped. Its data goes to a throwaway
# directory so that a developer's ./data is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lede.sh
LOG=$(mktemp)
export LEDE_EMBEDDED_DATABASE_DATA_DIR=$(mktemp -d)
START=$(date +%s)
setsid ./mvnw quarkus:dev > "$LOG" 2>&1 < /dev/null &
PID=$!
trap 'stop_group $PID; rm -rf "$LEDE_EMBEDDED_DATABASE_DATA_DIR" "$LOG"' EXIT
wait_ready $PID "$LOG"
echo "./mvnw quarkus:dev ready after $(( $(date +%s) - START )) s"
if grep -q "Help improve Quarkus" "$LOG"; then
    echo "dev mode asked the analytics question (.mvn/maven.config should turn analytics off)" >&2; exit 1
fi
python3 .ci/examples.py --first 1 README.md
