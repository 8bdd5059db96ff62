#!/usr/bin/env bash
# Captures real responses from the sample content as the spec's examples
# (src/main/resources/openapi-examples/<operationId>.json). Rebuild afterwards to regenerate the spec.
source "$(dirname "$0")/../bench/lib.sh"
OUT="$ROOT/src/main/resources/openapi-examples"
start_lede
SEED=why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation
capture() { curl -fs "$BASE$2" | python3 -m json.tool --no-ensure-ascii > "$OUT/$1.json"; echo "$1 <- $2"; }
capture getArticle "/api/v1/articles/$SEED"
capture listArticles "/api/v1/articles?limit=2"
capture listSections "/api/v1/sections?limit=2"
capture getSection "/api/v1/sections/news"
capture listTags "/api/v1/tags?limit=2"
capture getTag "/api/v1/tags/north-korea"
capture getArticleNavigation "/api/v1/articles/volunteers-count-a-record-number-of-swifts-over-the-old-town/navigation?limit=3"
capture listArticleQuotes "/api/v1/articles/$SEED/quotes?limit=2"
capture listQuotes "/api/v1/quotes?speaker=lloyd-austin&limit=2"
capture getQuote "/api/v1/quotes/$(curl -fs "$BASE/api/v1/quotes?speaker=mark-rutte&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')"
capture listSpeakers "/api/v1/speakers?limit=2"
capture getSpeaker "/api/v1/speakers/mark-rutte"
curl -fs -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$ROOT/src/main/resources/seed/000_7f78643c581e5c7b.txt" \
    "$BASE/api/v1/imports?dryRun=true" | python3 -m json.tool --no-ensure-ascii > "$OUT/importPage.json" && echo "importPage <- dry run of the seed"
