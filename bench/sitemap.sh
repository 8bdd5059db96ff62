#!/usr/bin/env bash
# Sitemaps of a large archive: generates N published articles (default 100,000) into a fresh embedded database,
# starts the packaged jar on it and times, with curl, the first (uncached) GET of the sitemap index, of the largest
# monthly sitemap and of the News sitemap, then the same again (from memory). Loopback only.
# Usage: bench/sitemap.sh [articles, default 100000]; PREPARED=<data dir> measures a database generated before.
source "$(dirname "$0")/lib.sh"
COUNT=${1:-100000}
cd "$ROOT"
echo "load: $(uptime)"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
if [ -n "${PREPARED:-}" ]; then
    DATA=$PREPARED
else
    DATA=$(mktemp -d /tmp/lede-bench-XXXX)
    started=$(date +%s)
    LEDE_EMBEDDED_DATABASE_DATA_DIR="$DATA" java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar generate --count "$COUNT" | tail -1
    echo "generated $COUNT articles in $(( $(date +%s) - started )) s"
fi
start_lede
timed() { curl -s -o "$2" -w '%{http_code} %{time_total} s %{size_download} bytes' "$BASE$1"; }
INDEX=$(mktemp)
echo "sitemap.xml, first:  $(timed /api/v1/sitemap.xml "$INDEX")"
echo "sitemap.xml, again:  $(timed /api/v1/sitemap.xml /dev/null)"
echo "sitemaps in the index: $(grep -o '<sitemap>' "$INDEX" | wc -l)"
# the month with the most articles: the monthly sitemaps' sizes are not in the index, so ask the database
MONTH=$(psql -h 127.0.0.1 -p "$(pg_port)" -U postgres -At -c "select to_char(published_at at time zone 'UTC', 'YYYY-MM') from article
        where status = 'PUBLISHED' group by 1 order by count(*) desc limit 1" 2>/dev/null || grep -o '[0-9]\{4\}-[0-9]\{2\}\.xml' "$INDEX" | tail -1 | cut -c1-7)
echo "sitemaps/$MONTH.xml, first: $(timed "/api/v1/sitemaps/$MONTH.xml" /dev/null)"
echo "sitemaps/$MONTH.xml, again: $(timed "/api/v1/sitemaps/$MONTH.xml" /dev/null)"
echo "sitemaps/news.xml, first:   $(timed /api/v1/sitemaps/news.xml /dev/null)"
echo "RSS: $(rss_mib) MiB; load: $(uptime)"
rm -f "$INDEX"
