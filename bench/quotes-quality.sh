#!/usr/bin/env bash
# Quote extraction on real news: PolNeAR (github.com/networkdynamics/PolNeAR), which the repository does not hold.
# Scores QuoteExtractor on a split's articles (quote P/R/F1, person-speaker accuracy, wrong speakers by kind,
# CPU per article) and times one seed-sized article. Never run it on the test split: it is kept for independent
# evaluation. Definitions: dev.lede.ingest.quotes.polnear.QuotesQuality.
# Usage: bench/quotes-quality.sh [split ...]   (default: dev; POLNEAR=<data dir>, default /work/polnear/data;
#        DETAILS=<dir> writes each miss, false quote and wrong speaker to <dir>/<split>.tsv)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
POLNEAR=${POLNEAR:-/work/polnear/data}
cd "$ROOT"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
for split in "${@:-dev}"; do
    [ "$split" = test ] && { echo "The test split is for independent evaluation only" >&2; exit 2; }
    java -cp "$CP" dev.lede.ingest.quotes.polnear.QuotesQuality "$POLNEAR/$split" ${DETAILS:+"$DETAILS/$split.tsv"}
done
java -cp "$CP" dev.lede.ingest.quotes.QuoteExtractionThroughput
