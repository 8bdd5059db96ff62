#!/usr/bin/env bash
# Adds N synthetic articles (with quotes, sections, tags, speakers) to the database Lede is configured
# with: the embedded one in ./data (or LEDE_EMBEDDED_DATABASE_DATA_DIR), or QUARKUS_DATASOURCE_JDBC_URL.
# Stop a server using the same embedded data directory first.
# Usage: bench/generate.sh N [extra generate options, e.g. --seed 7]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNT=${1:?usage: bench/generate.sh N}
shift
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
java ${JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" generate --count "$COUNT" "$@"
