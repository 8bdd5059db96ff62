#!/usr/bin/env bash
# Quote extraction on real news: PolNeAR (github.com/networkdynamics/PolNeAR), which the repository does not hold.
# Scores QuoteExtractor on a split's articles (quote P/R/F1, person-speaker accuracy, wrong speakers by kind,
# CPU per article) and the CPU time of one seed-sized article. Never run it on the test split: it is kept
# for independent evaluation.
# Usage: bench/quotes-quality.sh [split ...]   (default: dev; POLNEAR=<data dir>, default /work/polnear/data;
#        DETAILS=<dir> writes each miss, false quote and wrong speaker to <dir>/<split>.tsv)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
POLNEAR=${POLNEAR:-/work/polnear/data}
cd "$ROOT"
mvn -q -B test-compile
CP_FILE=target/test-classpath.txt
[ -s "$CP_FILE" ] && [ "$CP_FILE" -nt pom.xml ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
for split in "${@:-dev}"; do
    [ "$split" = test ] && { echo "The test split is for independent evaluation only" >&2; exit 2; }
    java -cp "$CP" dev.lede.ingest.quotes.polnear.QuotesQuality "$POLNEAR/$split" ${DETAILS:+"$DETAILS/$split.tsv"}
done
java -cp "$CP" dev.lede.ingest.quotes.QuoteExtractionSpeed
