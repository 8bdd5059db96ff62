#!/usr/bin/env bash
# Makes an AOT cache for Lede (JDK 25 or newer: JEP 483, 514, 515) by a training run, so that later starts
# find Lede's classes already loaded and linked and begin with the training run's method profiles.
#
# The training run starts Lede on a throwaway embedded database (a first start: initdb, migrations, sample
# content), reads the API as front ends do, imports a page, and stops Lede; the JVM writes the cache as it
# exits. A cache is only used by the JDK that made it and for the same jar path, so start Lede as it was
# trained, with the cache added:
#   JDK_JAVA_OPTIONS=-XX:AOTCache=target/quarkus-app/app.aot java -jar "$PWD/target/quarkus-app/quarkus-run.jar"
# The jar must be packaged with `./mvnw package -Paot` (the aot-jar layout: in the default fast-jar, Lede's
# classes come from Quarkus's own class loader, which the cache does not cover). A JVM given a cache it cannot
# use says so in a warning and starts as usual.
#
# Usage: tools/aot-cache.sh [command that starts Lede, default: java -jar $PWD/target/quarkus-app/quarkus-run.jar]
# Environment: AOT_CACHE (where the cache goes, default target/quarkus-app/app.aot), PORT (default 18079),
# JAVA (the java the command runs, when the command is a launcher script such as the image's run-java.sh).
set -euo pipefail
AOT_CACHE=${AOT_CACHE:-target/quarkus-app/app.aot}
PORT=${PORT:-18079}
[ $# -gt 0 ] || set -- java -jar "$PWD/target/quarkus-app/quarkus-run.jar"
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/lede-aot-XXXX)
PID=
trap '[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

if ! "${JAVA:-$1}" -XX:AOTMode=off -version > /dev/null 2>&1; then
    echo "${JAVA:-$1} cannot make an AOT cache: it needs a JDK 25 or newer" >&2
    exit 1
fi

KEY=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')
rm -f "$AOT_CACHE"
JDK_JAVA_OPTIONS="-XX:AOTCacheOutput=$AOT_CACHE" \
    LEDE_SECURITY_KEYS="admin:$(printf %s "$KEY" | sha256sum | cut -d' ' -f1)" \
    LEDE_SECURITY_BOOTSTRAP_ADMIN_KEY=false \
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT=$PORT \
    "$@" > "$WORK/lede.log" 2>&1 &
PID=$!
for _ in $(seq 1 1800); do
    curl -fso /dev/null "$BASE/q/health/ready" && break
    kill -0 "$PID" 2> /dev/null || { cat "$WORK/lede.log" >&2; exit 1; }
    sleep 0.1
done
curl -fso /dev/null "$BASE/q/health/ready" || { echo "Lede was not ready after 3 minutes" >&2; exit 1; }

get() { curl -fso /dev/null -H 'Accept-Encoding: gzip' "$BASE$1" || echo "training: GET $1 failed" >&2; }
import_page() {
    curl -fso /dev/null -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain; charset=utf-8' \
        --data-binary @- "$BASE/api/v1/imports" || echo "training: the import failed" >&2
}

queries=(flood+wall council "mayor+said" climate minister)
# an article's own slug comes first in a list item, before its section's and tags'
slug=$(curl -fs "$BASE/api/v1/articles?limit=1" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
for round in 1 2 3 4 5; do
    for path in "/api/v1/articles" "/api/v1/articles?limit=5&section=science" "/api/v1/articles/$slug" \
        "/api/v1/articles/$slug?include=navigation" "/api/v1/articles/$slug/quotes" "/api/v1/articles/$slug/jsonld" \
        "/api/v1/search?q=${queries[round - 1]}" "/api/v1/quotes" "/api/v1/speakers" "/api/v1/sections" \
        "/api/v1/tags" "/api/v1/changes" "/api/v1/feeds/rss" "/api/v1/feeds/atom" "/api/v1/feeds/json" \
        "/api/v1/sitemap.xml" "/api/v1/sitemaps/news.xml" "/q/health/ready" "/q/metrics" "/q/openapi"; do
        get "$path"
    done
    import_page <<PAGE
Harbour town votes on flood wall, round $round

By Ana Ribeiro

PORTO ALEGRE — The council approved a new flood wall on Tuesday after a night of debate.

"We cannot wait for the next storm to decide," said Mayor Carla Mendes, who proposed the plan in March.

Opponents said the cost was too high. "This wall will take twenty years to pay for," said councillor
Paulo Nunes, adding that the town had "other ways to keep the water out".

Work is due to begin next spring and to last three years, the council said.
PAGE
done

kill -TERM "$PID"
wait "$PID" || true
PID=
[ -s "$AOT_CACHE" ] || { cat "$WORK/lede.log" >&2; echo "no AOT cache was written" >&2; exit 1; }
echo "AOT cache: $AOT_CACHE ($(du -h "$AOT_CACHE" | cut -f1)); start Lede with JDK_JAVA_OPTIONS=-XX:AOTCache=$AOT_CACHE $*"
