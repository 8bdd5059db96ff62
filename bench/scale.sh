#!/usr/bin/env bash
# Latency at scale: for each archive size, a fresh embedded database is filled by `generate`, the packaged
# jar is started on it, and wrk (a second process, loopback) measures list, deep list, search, article and
# navigation requests. Every request reaches the database (see bench/vary.lua); one cached row is shown
# for comparison. Prints a table and writes it to bench/results/scale-<date>.md, with query plans.
# Usage: bench/scale.sh [sizes, default "10000 100000"]; SECONDS_PER_RUN (default 10), CONNECTIONS (default 2),
# PREPARED=<data dir> to measure one size on a database generated before (`generate --count N`; deleted afterwards
# unless KEEP_DATA=1).
source "$(dirname "$0")/lib.sh"
SIZES=${1:-"10000 100000"}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CONNECTIONS=${CONNECTIONS:-2}
need wrk wrk
need jq jq
need psql postgresql-client
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/scale-$(date -u +%Y%m%dT%H%MZ).md"
ROWS=$(mktemp)

measure() {   # name, path [, plain to measure without varying the URL]
    local line
    if [ "${3:-}" = plain ]; then
        wrk -t1 -c"$CONNECTIONS" -d3s "$BASE$2" >/dev/null   # warm-up
        line=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$BASE$2" | awk 'function ms(v) { return v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000 }
            / 50%/{p50=ms($2)} / 99%/{p99=ms($2)} /Requests\/sec/{rps=$2} END{printf "RESULT %.2f - %.2f - %.0f 0\n", p50, p99, rps}')
    else
        wrk -t1 -c"$CONNECTIONS" -d3s -s "$ROOT/bench/vary.lua" "$BASE$2" -- "$2" 1 >/dev/null   # warm-up
        line=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -s "$ROOT/bench/vary.lua" "$BASE$2" -- "$2" 2 | grep RESULT)
    fi
    read -r _ p50 p95 p99 max rps errors <<< "$line"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$SIZE" "$1" "$p50" "$p95" "$p99" "$max" "$rps" "$errors" | tee -a "$ROWS"
}

q() { jq -rn --arg v "$1" '$v|@uri'; }

for SIZE in $SIZES; do
    if [ -n "${PREPARED:-}" ]; then   # a data directory already filled by `generate --count $SIZE` (deleted afterwards)
        DATA=$PREPARED
        echo "== $SIZE articles in $DATA (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    else
        DATA=$(mktemp -d /tmp/lede-bench-XXXX)
        echo "== $SIZE articles: generating (load: $(cut -d' ' -f1-3 /proc/loadavg))"
        started=$(date +%s)
        LEDE_EMBEDDED_DATABASE_DATA_DIR="$DATA" java ${JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" generate --count "$SIZE" | tail -1
        echo "generated in $(( $(date +%s) - started )) s"
    fi
    start_lede
    PSQL=(psql -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres -X -q)
    "${PSQL[@]}" -c "vacuum analyze" >/dev/null
    SIZES_LINE=$("${PSQL[@]}" -At -F ' ' -c "select pg_size_pretty(pg_database_size(current_database())),
        pg_size_pretty(pg_table_size('article')), pg_size_pretty(pg_indexes_size('article')),
        pg_size_pretty(pg_table_size('quote') + pg_indexes_size('quote')), (select count(*) from quote)")
    read -r DB_SIZE ARTICLE_TABLE ARTICLE_INDEXES QUOTE_SIZE QUOTES <<< "$(echo "$SIZES_LINE" | sed 's/ \([kMGT]B\)/\1/g')"
    echo "- $SIZE articles, $QUOTES quotes: database $DB_SIZE (article table $ARTICLE_TABLE, its indexes $ARTICLE_INDEXES; quotes with indexes $QUOTE_SIZE)" | tee -a "$ROWS.sizes"

    SLUG=$(curl -fs "$BASE/api/v1/articles?limit=1&fields=slug" | jq -r '.data[0].slug')
    DEPTH=$(( SIZE / 20 - 10 < 500 ? SIZE / 20 - 10 : 500 ))   # 500 pages deep, or near the end of a smaller archive
    CURSOR=""
    for _ in $(seq 1 "$DEPTH"); do
        CURSOR=$(curl -fs "$BASE/api/v1/articles?limit=20${CURSOR:+&cursor=$CURSOR}" | jq -r '.page.nextCursor')
    done
    SECTION=$(curl -fs "$BASE/api/v1/sections" | jq -r '.data[0].slug')
    RARE=$("${PSQL[@]}" -At -c "select word from ts_stat('select search_vector from article order by id limit 3000') where ndoc = 1 and length(word) > 6 order by word limit 1")
    echo "   deep cursor after $DEPTH pages, rare word '$RARE', section '$SECTION' (load: $(cut -d' ' -f1-3 /proc/loadavg))"

    measure "list, first page (cached)" "/api/v1/articles?limit=20" plain
    measure "list, first page" "/api/v1/articles?limit=20&cursor="
    measure "list, $DEPTH pages deep" "/api/v1/articles?limit=20&cursor=$CURSOR"
    measure "list, section filter" "/api/v1/articles?limit=20&section=$SECTION&cursor="
    measure "list, q=common word" "/api/v1/articles?limit=20&q=government&cursor="
    measure "list, q=rare word" "/api/v1/articles?limit=20&q=$RARE&cursor="
    measure "article by slug" "/api/v1/articles/$SLUG"
    measure "search, common word" "/api/v1/search?q=government&cursor="
    measure "search, rare word" "/api/v1/search?q=$RARE&cursor="
    measure "search, phrase" "/api/v1/search?q=$(q '"fishing fleet"')&cursor="
    measure "search, exclusion" "/api/v1/search?q=$(q 'harbour -flood')&cursor="
    measure "search, or" "/api/v1/search?q=$(q 'drought or harvest')&cursor="
    measure "search, filters" "/api/v1/search?q=vaccine&type=article&section=$SECTION&from=2021-01-01&to=2022-12-31&cursor="
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/articles/$SLUG/navigation")" = 200 ]; then
        measure "navigation" "/api/v1/articles/$SLUG/navigation"
    else
        echo "   navigation: skipped, /api/v1/articles/{slug}/navigation answers 404 (not built on this branch)"
    fi

    PLANS="$DATA.plans"
    "${PSQL[@]}" -v rare="$RARE" -v section="$SECTION" -f "$ROOT/bench/explain.sql" > "$PLANS" 2>&1 || true
    { echo; echo "### Query plans at $SIZE articles"; echo; echo '```'; cat "$PLANS"; echo '```'; } >> "$ROWS.plans"
    echo "   RSS $(rss_mib) MiB; plans in $OUT"
    stop_lede
    trap - EXIT
    DATA=""
done

{
    echo "# Scale benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "$(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); wrk: 1 thread, $CONNECTIONS connections, ${SECONDS_PER_RUN}s per row; latencies in ms."
    echo
    echo "| articles | request | p50 | p95 | p99 | max | req/s | errors |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
    cat "$ROWS"
    echo
    cat "$ROWS.sizes"
    cat "$ROWS.plans" 2>/dev/null
} > "$OUT"
echo "results: $OUT"
