#!/usr/bin/env bash
# Captures real responses from the sample content as the spec's examples
# (src/main/resources/openapi-examples/<operationId>.json). Rebuild afterwards to regenerate the spec.
BENCH_ROLE=admin   # the writes below include admin ones (keys, webhooks)
source "$(dirname "$0")/../bench/lib.sh"
OUT="$ROOT/src/main/resources/openapi-examples"
export LEDE_WEBHOOKS_ALLOW_PRIVATE=true   # the example webhook points at this machine
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
curl -fs -X POST -H "Authorization: Bearer $BENCH_KEY" -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$ROOT/src/main/resources/seed/000_7f78643c581e5c7b.txt" \
    "$BASE/api/v1/imports?dryRun=true" | python3 -m json.tool --no-ensure-ascii > "$OUT/importPage.json" && echo "importPage <- dry run of the seed"

# The writes: an article written, changed, published and unpublished; a quote corrected; a key; a webhook.
AUTH="Authorization: Bearer $BENCH_KEY"
write() {   # operationId, method, path, content type, body, [If-Match]: saves the answer, prints its ETag
    curl -sS --fail-with-body -D "$DATA.headers" -X "$2" -H "$AUTH" -H "Content-Type: $4" ${6:+-H "If-Match: $6"} --data-binary "$5" "$BASE$3" \
        | python3 -m json.tool --no-ensure-ascii > "$OUT/$1.json"
    echo "$1 <- $2 $3" >&2
    grep -i '^etag:' "$DATA.headers" | cut -d' ' -f2- | tr -d '\r' || true
}
json() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))$2)" "$OUT/$1.json"; }
ARTICLE='{"headline":"Council approves the new bridge","standfirst":"The vote ends a decade of argument over the river crossing.","whyWeWroteThis":null,
 "body":[{"type":"paragraph","text":"The council voted 31 to 9 on Tuesday to build the bridge. \u201cIt is the right crossing at the right price,\u201d said Ana Ruiz, the council leader."}],
 "section":"News","tags":["Bridges","Council"],"authors":["Maren Holt"],"status":"draft"}'
ETAG=$(write createArticle POST /api/v1/articles application/json "$ARTICLE")
SLUG=$(json createArticle '["slug"]')
ETAG=$(write replaceArticle PUT "/api/v1/articles/$SLUG" application/json "${ARTICLE/a decade/ten years}" "$ETAG")
ETAG=$(write patchArticle PATCH "/api/v1/articles/$SLUG" application/merge-patch+json '{"tags":["Bridges","Council","Transport"]}' "$ETAG")
ETAG=$(write publishArticle POST "/api/v1/articles/$SLUG/publish" application/json '{}' "$ETAG")
ETAG=$(write unpublishArticle POST "/api/v1/articles/$SLUG/unpublish" application/json '' "$ETAG")
QUOTE=$(curl -fs "$BASE/api/v1/quotes?speaker=mark-rutte&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')
QETAG=$(curl -fsI "$BASE/api/v1/quotes/$QUOTE" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
write correctQuote PATCH "/api/v1/quotes/$QUOTE" application/merge-patch+json '{"role":"NATO Secretary General"}' "$QETAG" >/dev/null
write createKey POST /api/v1/keys application/json '{"role":"editor","name":"newsroom CMS"}' >/dev/null
write createWebhook POST /api/v1/webhooks application/json "{\"url\":\"http://127.0.0.1:9/hooks/lede\",\"events\":[\"published\",\"deleted\"],\"secret\":\"an-example-secret-of-some-length\"}" >/dev/null
HOOK=$(json createWebhook '["id"]')
write replaceWebhook PUT "/api/v1/webhooks/$HOOK" application/json "{\"url\":\"http://127.0.0.1:9/hooks/lede\",\"events\":[\"published\",\"unpublished\",\"deleted\"],\"secret\":\"an-example-secret-of-some-length\"}" >/dev/null
sleep 3   # a delivery attempt (the receiver is not there: it fails and is retried)
keyed() { curl -fs -H "$AUTH" "$BASE$2" | python3 -m json.tool --no-ensure-ascii > "$OUT/$1.json"; echo "$1 <- $2"; }
keyed getWebhook "/api/v1/webhooks/$HOOK"
keyed listWebhooks /api/v1/webhooks
keyed listWebhookDeliveries "/api/v1/webhooks/$HOOK/deliveries"
keyed listKeys /api/v1/keys
capture listChanges "/api/v1/changes?limit=3"

# Images, feeds, sitemaps, JSON-LD: an image uploaded and described, an article showing it
text() { curl -fs "$BASE$2" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))' > "$OUT/$1.json"; echo "$1 <- $2"; }
curl -sS --fail-with-body -X POST -H "$AUTH" -H 'Content-Type: image/jpeg' --data-binary "@$ROOT/docs/examples/harbour.jpg" "$BASE/api/v1/images" \
    | python3 -m json.tool --no-ensure-ascii > "$OUT/uploadImage.json" && echo "uploadImage <- POST /api/v1/images"
IMAGE=$(json uploadImage '["id"]')
IETAG=$(curl -fsI "$BASE/api/v1/images/$IMAGE" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
write patchImage PATCH "/api/v1/images/$IMAGE" application/merge-patch+json \
    '{"alt":"Red-brick warehouses on the quay at dusk","caption":"The old harbour.","credit":"Ana Lima","focalPoint":{"x":0.75,"y":0.6}}' "$IETAG" >/dev/null
capture getImage "/api/v1/images/$IMAGE"
echo '"(the rendition: JPEG, PNG or WebP bytes)"' > "$OUT/renderImage.json"
PICTURED=$(curl -fs -X POST -H "$AUTH" -H 'Content-Type: application/json' "$BASE/api/v1/articles" -d '{"headline":"The harbour at dusk",
 "section":"News","status":"published","authors":["Maren Holt"],"leadImage":{"image":"'$IMAGE'"},"body":[{"type":"paragraph","text":"The last shipyard still works late."},
 {"type":"image","picture":{"image":"'$IMAGE'","caption":"The quay, seen from the breakwater."}},{"type":"paragraph","text":"Its order book is full until next spring."}]}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["slug"])')
text rssFeed "/api/v1/feeds/rss?limit=2"
text atomFeed "/api/v1/feeds/atom?limit=2"
capture jsonFeed "/api/v1/feeds/json?limit=2"
capture getArticleJsonLd "/api/v1/articles/$PICTURED/jsonld"
text sitemapIndex /api/v1/sitemap.xml
text monthSitemap /api/v1/sitemaps/2024-10.xml
text newsSitemap /api/v1/sitemaps/news.xml
