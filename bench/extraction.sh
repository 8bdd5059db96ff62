#!/usr/bin/env bash
# Article-extraction quality and speed on the development corpus, scored with the benchmark's own metric
# (4-token shingles, per-page tp/fp/fn, mean precision and recall, F1 of the means), next to the anchors in
# the corpus README. HTML: the pages as fetched; TEXT: their visible text, one <id>.txt per page.
# Usage: bench/extraction.sh [html|text|both] [corpus dir] [text dir] [dump dir for the predictions]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MODE=${1:-both}
CORPUS=${2:-/work/shared/corpora/article-extraction}
TEXT=${3:-/work/corpus-text}
DUMP=${4:-}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
# one core: a single extraction thread, and a JIT and GC that do not add threads of work worth measuring
java -XX:ActiveProcessorCount=1 -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    dev.lede.ingest.page.ExtractionBenchmark "$MODE" "$CORPUS" "$TEXT" "$DUMP"
