package dev.lede.search;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SearchResourceTest {
    static final Random RANDOM = new Random();
    String section;
    String sectionSlug;
    String tag;
    String speaker;
    String word;
    Article inHeadline;
    Article inBody;
    Article quoting;

    /** A made-up word no other test or sample uses. */
    static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.append("k").toString();
    }

    @BeforeEach
    void articlesAboutOneWord() {
        word = word();
        section = Fixtures.unique("Searched");
        sectionSlug = Fixtures.slugOf(section);
        tag = Fixtures.unique("Findable");
        speaker = "Perpetua " + word().substring(2, 8).replaceAll("^.", "V") + "son";
        inBody = article(Instant.parse("2023-05-02T10:00:00Z"), "Harbour news", List.of(),
                "The council discussed the " + word + " at length on Tuesday.");
        inHeadline = article(Instant.parse("2023-05-01T10:00:00Z"), "The " + word + " returns", List.of(tag),
                "Nothing else in this paragraph mentions it.");
        quoting = article(Instant.parse("2024-01-10T10:00:00Z"), "Quay walls", List.of(),
                "“The " + word + " will be back by spring,” said " + speaker + ".");
    }

    Article article(Instant at, String headline, List<String> tags, String... paragraphs) {
        return Fixtures.article(section, tags, at, Fixtures.unique(headline), ArticleStatus.PUBLISHED,
                java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList());
    }

    ExtractableResponse<Response> search(String q, String... params) {
        var request = given().queryParam("q", q);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/search").then().statusCode(200).contentType("application/json").extract();
    }

    @Test
    void headlineMatchRanksAboveBodyMatchAndQuotesAreHits() {
        search(word).response().then()
                .body("data.type", containsInAnyOrder("article", "article", "article", "quote"))
                .body("data[0].article.slug", is(inHeadline.slug))
                .body("data[0].score", greaterThan(search(word, "type", "article").<Float>path("data[1].score")))
                .body("data.find { it.type == 'quote' }.quote.speaker.name", is(speaker))
                .body("data.find { it.type == 'quote' }.quote.article.slug", is(quoting.slug))
                .body("data.find { it.type == 'quote' }.article", nullValue())
                .body("data[0].article.headline", containsString(word))
                .body("data[0].article.section.slug", is(sectionSlug))
                .body("data[0].article.publishedAt", is("2023-05-01T10:00:00Z"))
                .body("data[0].article.links.self", notNullValue())
                .body("data[0].snippet", containsString("<mark>" + word + "</mark>"));
    }

    @Test
    void phraseExclusionAndOrSyntax() {
        String a = word(), b = word(), c = word();
        Article together = article(Instant.parse("2022-01-01T00:00:00Z"), "Together", List.of(), "Some " + a + " " + b + " here.");
        Article apart = article(Instant.parse("2022-01-02T00:00:00Z"), "Apart", List.of(), b + " first, then " + a + " and " + c + ".");
        assertEquals(List.of(together.slug), search("\"" + a + " " + b + "\"").path("data.article.slug"));
        assertEquals(2, search(a + " " + b).<List<?>>path("data").size());
        assertEquals(List.of(together.slug), search(a + " -" + c).path("data.article.slug"));
        search(c + " or " + word, "type", "article").response().then()
                .body("data.article.slug", containsInAnyOrder(apart.slug, inHeadline.slug, inBody.slug, quoting.slug));
        search(word()).response().then().body("data", empty(), "page.hasMore", is(false), "facets.type.article", is(0));
    }

    @Test
    void snippetsAreEscapedHtmlWithMarks() {
        String w = word();
        article(Instant.parse("2022-03-03T00:00:00Z"), "Escapes", List.of(),
                "Tom & Jerry's <script>alert(\"x\")</script> met the " + w + " today.");
        String snippet = search(w).path("data[0].snippet");
        org.hamcrest.MatcherAssert.assertThat(snippet, allOf(
                containsString("Jerry&#39;s &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; met the <mark>" + w + "</mark> today"),
                not(containsString("<script>"))));
    }

    @Test
    void facetsCountTheWholeMatchSet() {
        search(word, "limit", "1").response().then()
                .body("data", hasSize(1), "page.hasMore", is(true))
                .body("facets.exact", is(true), "facets.type.article", is(3), "facets.type.quote", is(1))
                .body("facets.section", hasSize(1), "facets.section[0].slug", is(sectionSlug), "facets.section[0].name", is(section))
                .body("facets.section[0].count", is(4))
                .body("facets.speaker", hasSize(1), "facets.speaker[0].name", is(speaker), "facets.speaker[0].count", is(1));
    }

    @Test
    void filtersNarrowHitsAndFacets() {
        search(word, "type", "quote").response().then().body("data.type", contains("quote"), "facets.type.article", is(0));
        search(word, "type", "article").response().then().body("data", hasSize(3), "facets.type.quote", is(0));
        search(word, "tag", Fixtures.slugOf(tag)).response().then().body("data.article.slug", contains(inHeadline.slug));
        search(word, "section", "no-such-section").response().then().body("data", empty());
        search(word, "section", sectionSlug).response().then().body("data", hasSize(4));
        String speakerSlug = Fixtures.slugOf(speaker);
        search(word, "speaker", speakerSlug).response().then()
                .body("data.type", containsInAnyOrder("article", "quote"), "data.article.slug", hasItem(quoting.slug));
        search(word, "from", "2024-01-01").response().then().body("data", hasSize(2), "facets.type.quote", is(1));
        search(word, "to", "2023-05-01").response().then().body("data.article.slug", contains(inHeadline.slug));
        search(word, "from", "2023-05-02", "to", "2023-05-02").response().then().body("data.article.slug", contains(inBody.slug));
    }

    @Test
    void pagesAreStableWithoutDuplicatesOrGaps() {
        String w = word();
        for (int i = 0; i < 7; i++) {
            // equal scores for most, so the tie-break on id matters
            article(Instant.parse("2021-01-01T00:00:00Z").plusSeconds(i), i % 3 == 0 ? "Paged " + w : "Paged", List.of(), "Body " + w + ".");
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = cursor == null ? search(w, "limit", "3") : search(w, "limit", "3", "cursor", cursor);
            seen.addAll(page.path("data.article.id"));
            cursor = page.path("page.nextCursor");
            if (cursor != null) {
                org.hamcrest.MatcherAssert.assertThat(page.header("Link"), containsString("rel=\"next\""));
            }
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(7, new HashSet<>(seen).size());
        List<Float> scores = search(w, "limit", "7").path("data.score");
        List<Float> sorted = new ArrayList<>(scores);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, scores);
    }

    @Test
    void unpublishedArticlesAreNotFound() {
        String w = word();
        Fixtures.article(section, List.of(), null, Fixtures.unique("Draft " + w), ArticleStatus.DRAFT,
                List.of(Block.paragraph("“The " + w + " is secret,” said " + speaker + ".")));
        search(w).response().then().body("data", empty(), "facets.type.article", is(0), "facets.type.quote", is(0));
        given().queryParam("q", w).get("/api/v1/articles").then().statusCode(200).body("data", empty());
        given().queryParam("q", w).get("/api/v1/quotes").then().statusCode(200).body("data", empty());
    }

    @Test
    void badQueriesAreProblems() {
        given().get("/api/v1/search").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("q"), "detail", containsString("required"));
        for (String[] bad : new String[][]{{"q", ""}, {"q", "   "}, {"q", "?!-- \"\" ..."}, {"q", "the and of"}, {"q", "-flood"}, {"q", "the -flood"},
                {"q", "word ".repeat(101)}, {"type", "video"}, {"cursor", "nope"}, {"section", "Not A Slug"},
                {"from", "yesterday"}, {"limit", "101"}, {"colour", "red"}}) {
            var request = given().queryParam(bad[0], bad[1]);
            if (!bad[0].equals("q")) {
                request.queryParam("q", word);
            }
            request.get("/api/v1/search").then().statusCode(400).contentType("application/problem+json")
                    .body("status", is(400), "errors[0].field", is(bad[0]), "detail", not(containsString("SQL")));
        }
        given().queryParam("q", "the").get("/api/v1/articles").then().statusCode(400).body("detail", containsString("searchable words"));
        given().queryParam("q", "x".repeat(501)).get("/api/v1/quotes").then().statusCode(400).body("errors[0].field", is("q"));
    }

    @Test
    void queryParameterFiltersArticleAndQuoteListsInTheirUsualOrder() {
        given().queryParam("q", word).get("/api/v1/articles").then().statusCode(200)
                .body("data.slug", contains(quoting.slug, inBody.slug, inHeadline.slug));
        given().queryParam("q", word).queryParam("limit", 1).queryParam("section", sectionSlug).get("/api/v1/articles").then()
                .body("data.slug", contains(quoting.slug), "page.hasMore", is(true));
        given().queryParam("q", word + " -council").get("/api/v1/articles").then().body("data.slug", contains(quoting.slug, inHeadline.slug));
        given().queryParam("q", word).get("/api/v1/quotes").then().statusCode(200)
                .body("data.text", contains("The " + word + " will be back by spring,"));
    }

    @Test
    void searchAnswersCarryValidators() {
        String etag = given().queryParam("q", word).get("/api/v1/search").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("public")).extract().header("ETag");
        given().queryParam("q", word).header("If-None-Match", etag).get("/api/v1/search").then().statusCode(304);
    }
}
