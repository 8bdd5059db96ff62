package dev.lede.article;

import dev.lede.Eventually;
import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.READER;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class EditingTest {
    static final String PATCH = "application/merge-patch+json; charset=utf-8";

    static String article(String headline, String status) {
        return """
                {"headline":"%s","standfirst":"A short summary.","section":"Editing desk","tags":["Bridges","Council"],
                 "authors":["Ada Writer"],"status":"%s",
                 "body":[{"type":"paragraph","text":"The council voted on Tuesday."},{"type":"heading","text":"What next"},
                         {"type":"paragraph","text":"Work starts in May."}]}""".formatted(headline, status);
    }

    /** A GET answered without gzip, whose ETag is then the one writes answer with (a gzipped body has its own). */
    static io.restassured.specification.RequestSpecification identity() {
        return given().config(io.restassured.config.RestAssuredConfig.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    static ExtractableResponse<Response> create(String headline, String status) {
        return as(EDITOR).contentType("application/json").body(article(headline, status)).post("/api/v1/articles")
                .then().statusCode(201).extract();
    }

    @Test
    void aNewArticleIsStoredAndItsEtagIsTheOneGetAnswers() {
        String headline = Fixtures.unique("Bridge vote");
        var created = create(headline, "published");
        String slug = created.path("slug");
        assertThat(created.header("Location"), is("/api/v1/articles/" + slug));
        assertThat(created.<String>path("section.name"), is("Editing desk"));
        assertThat(created.<List<String>>path("tags.name"), contains("Bridges", "Council"));
        assertThat(created.<List<String>>path("body.type"), contains("paragraph", "heading", "paragraph"));
        identity().get("/api/v1/articles/{slug}", slug).then().statusCode(200)
                .header("ETag", is(created.header("ETag"))).header("Cache-Control", startsWith("public"))
                .body("headline", is(headline), "status", is("PUBLISHED"));
    }

    @Test
    void draftsAreInvisibleWithoutAnEditorKey() {
        String slug = create(Fixtures.unique("Secret plan"), "draft").path("slug");
        given().get("/api/v1/articles/{slug}", slug).then().statusCode(404).contentType("application/problem+json");
        as(READER).get("/api/v1/articles/{slug}", slug).then().statusCode(404);
        as(EDITOR).get("/api/v1/articles/{slug}", slug).then().statusCode(200)
                .header("Cache-Control", is("private, no-store")).header("Vary", containsString("Authorization"))
                .body("status", is("DRAFT"));
        as(EDITOR).get("/api/v1/articles?status=draft&limit=100").then().statusCode(200)
                .header("Cache-Control", is("private, no-store")).body("data.slug", hasItem(slug));
        given().get("/api/v1/articles?limit=100").then().statusCode(200).body("data.slug", not(hasItem(slug)));
        given().get("/api/v1/articles?status=draft").then().statusCode(401);
        as(READER).get("/api/v1/articles?status=draft").then().statusCode(403);
        // an editor's read is never answered to the public afterwards
        given().get("/api/v1/articles/{slug}", slug).then().statusCode(404);
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        var created = create(Fixtures.unique("Ferry timetable"), "published");
        String slug = created.path("slug");
        String etag = created.header("ETag");
        as(EDITOR).contentType(PATCH).body("{\"standfirst\":\"New summary.\"}").patch("/api/v1/articles/{s}", slug)
                .then().statusCode(428).contentType("application/problem+json");
        as(EDITOR).header("If-Match", "\"stale\"").contentType(PATCH).body("{\"standfirst\":\"New summary.\"}")
                .patch("/api/v1/articles/{s}", slug).then().statusCode(412).contentType("application/problem+json")
                .body("currentEtag", is(etag)).header("ETag", is(etag));
        // If-Match compares strongly: the weak form of the current tag does not name this state
        as(EDITOR).header("If-Match", "W/" + etag).contentType(PATCH).body("{\"standfirst\":\"New summary.\"}")
                .patch("/api/v1/articles/{s}", slug).then().statusCode(412);
        String next = as(EDITOR).header("If-Match", etag).contentType(PATCH).body("{\"standfirst\":null,\"tags\":[\"Ferries\"]}")
                .patch("/api/v1/articles/{s}", slug).then().statusCode(200)
                .body("standfirst", nullValue(), "tags.name", contains("Ferries"), "headline", is(created.<String>path("headline")))
                .extract().header("ETag");
        assertThat(next, not(etag));
        identity().get("/api/v1/articles/{slug}", slug).then().statusCode(200).header("ETag", is(next)).body("standfirst", nullValue());
        as(EDITOR).header("If-Match", etag).delete("/api/v1/articles/{s}", slug).then().statusCode(412);
    }

    @Test
    void ofTwoEditorsRacingExactlyOneWins() throws Exception {
        var created = create(Fixtures.unique("Race"), "draft");
        String slug = created.path("slug");
        String etag = created.header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String standfirst = "Version " + i;
            Callable<Integer> edit = () -> {
                start.await();
                return as(EDITOR).header("If-Match", etag).contentType(PATCH).body("{\"standfirst\":\"" + standfirst + "\"}")
                        .patch("/api/v1/articles/{s}", slug).then().extract().statusCode();
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses, containsInAnyOrder(200, 412));
    }

    @Test
    void aNewHeadlineMovesTheSlugAndTheOldOneRedirects() {
        var created = create(Fixtures.unique("Old headline"), "published");
        String oldSlug = created.path("slug");
        String newHeadline = Fixtures.unique("New headline");
        String newSlug = as(EDITOR).header("If-Match", created.header("ETag")).contentType(PATCH)
                .body("{\"headline\":\"" + newHeadline + "\"}").patch("/api/v1/articles/{s}", oldSlug)
                .then().statusCode(200).extract().path("slug");
        assertThat(newSlug, is(Fixtures.slugOf(newHeadline)));
        given().redirects().follow(false).get("/api/v1/articles/{s}?fields=headline", oldSlug).then().statusCode(301)
                .header("Location", is("/api/v1/articles/" + newSlug + "?fields=headline"));
        given().get("/api/v1/articles/{s}", oldSlug).then().statusCode(200).body("headline", is(newHeadline));
    }

    @Test
    void publishingNowOrLaterAndUnpublishing() throws InterruptedException {
        var created = create(Fixtures.unique("Scheduled"), "draft");
        String slug = created.path("slug");
        Instant at = Instant.now().plusSeconds(2);
        String etag = as(EDITOR).header("If-Match", created.header("ETag")).contentType("application/json")
                .body("{\"publishAt\":\"" + at + "\"}").post("/api/v1/articles/{s}/publish", slug)
                .then().statusCode(200).body("status", is("SCHEDULED")).extract().header("ETag");
        given().get("/api/v1/articles/{s}", slug).then().statusCode(404);
        as(EDITOR).get("/api/v1/articles?status=scheduled&limit=100").then().statusCode(200).body("data.slug", hasItem(slug));
        Eventually.await("published by the scheduler", Duration.ofSeconds(10),
                () -> given().get("/api/v1/articles/{s}", slug).then().extract().statusCode() == 200);
        assertThat(Instant.now().isBefore(at), is(false));
        String published = given().get("/api/v1/articles/{s}", slug).then().body("status", is("PUBLISHED")).extract().header("ETag");
        as(EDITOR).header("If-Match", etag).post("/api/v1/articles/{s}/unpublish", slug).then().statusCode(412);
        as(EDITOR).header("If-Match", published).post("/api/v1/articles/{s}/unpublish", slug).then().statusCode(200)
                .body("status", is("DRAFT"));
        given().get("/api/v1/articles/{s}", slug).then().statusCode(404);
        String draft = as(EDITOR).get("/api/v1/articles/{s}", slug).then().extract().header("ETag");
        as(EDITOR).header("If-Match", draft).contentType("application/json").post("/api/v1/articles/{s}/publish", slug).then().statusCode(200).body("status", is("PUBLISHED"));
        as(EDITOR).header("If-Match", draft).contentType("application/json").body("{\"publishAt\":\"2020-01-01T00:00:00Z\"}")
                .post("/api/v1/articles/{s}/publish", slug).then().statusCode(400).body("errors.field", hasItem("publishAt"));
        String current = as(EDITOR).get("/api/v1/articles/{s}", slug).then().extract().header("ETag");
        as(EDITOR).header("If-Match", current).contentType("application/json").body("{\"publishAt\":\"+999999999-12-31T23:59:59Z\"}")
                .post("/api/v1/articles/{s}/publish", slug).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("outside the range"));
        as(EDITOR).get("/api/v1/articles/{s}", slug).then().statusCode(200).header("ETag", current).body("status", is("PUBLISHED"));
    }

    @Test
    void aDeletedArticleLeavesEveryRead() {
        String section = Fixtures.unique("Deletions");
        String body = article(Fixtures.unique("Doomed"), "published").replace("Editing desk", section);
        var created = as(EDITOR).contentType("application/json").body(body).post("/api/v1/articles").then().statusCode(201).extract();
        String slug = created.path("slug");
        String sectionSlug = Fixtures.slugOf(section);
        given().get("/api/v1/sections/{s}", sectionSlug).then().statusCode(200).body("articleCount", is(1));
        as(EDITOR).header("If-Match", created.header("ETag")).delete("/api/v1/articles/{s}", slug).then().statusCode(204);
        given().get("/api/v1/articles/{s}", slug).then().statusCode(404);
        as(EDITOR).get("/api/v1/articles/{s}", slug).then().statusCode(404);
        given().get("/api/v1/articles?section={s}", sectionSlug).then().statusCode(200).body("data", empty());
        // a section with no published article is not public
        given().get("/api/v1/sections/{s}", sectionSlug).then().statusCode(404).contentType("application/problem+json");
        as(EDITOR).header("If-Match", created.header("ETag")).delete("/api/v1/articles/{s}", slug).then().statusCode(404);
    }

    @Test
    void invalidArticlesAre400ProblemsNamingTheFields() {
        String tooLong = "x".repeat(301);
        as(EDITOR).contentType("application/json")
                .body("{\"headline\":\"" + tooLong + "\",\"section\":\"News\",\"body\":[{\"type\":\"video\",\"text\":\"x\"}]}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("headline", "type"));
        as(EDITOR).contentType("application/json").body("{\"headline\":\"\",\"body\":[]}").post("/api/v1/articles")
                .then().statusCode(400).body("errors.field", hasItems("headline", "section", "body"));
        as(EDITOR).contentType("application/json").body("{\"headline\":").post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("The request body is not valid JSON"));
        as(EDITOR).contentType("application/json").body("[]").post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", is("The request body must be a JSON object"));
        as(EDITOR).contentType("application/json").body("{\"headline\":\"H\",\"section\":\"News\",\"body\":\"text\"}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("body"), "detail", containsString("'body' has the wrong type"));
        var created = create(Fixtures.unique("Patched badly"), "draft");
        as(EDITOR).header("If-Match", created.header("ETag")).contentType(PATCH).body("{\"headline\":\"\"}")
                .patch("/api/v1/articles/{s}", created.<String>path("slug")).then().statusCode(400).body("errors.field", hasItem("headline"));
        as(EDITOR).header("If-Match", created.header("ETag")).contentType(PATCH).body("{\"body\":\"text\"}")
                .patch("/api/v1/articles/{s}", created.<String>path("slug")).then().statusCode(400).contentType("application/problem+json");
        as(EDITOR).header("If-Match", created.header("ETag")).contentType("application/json").body("{}")
                .patch("/api/v1/articles/{s}", created.<String>path("slug")).then().statusCode(415);
    }

    @Test
    void aMisspeltOrReadOnlyFieldIsA400NotSilentlyDropped() {
        String headline = Fixtures.unique("Misspelt field");
        as(EDITOR).contentType("application/json").body(article(headline, "draft").replace("\"standfirst\"", "\"standfrist\""))
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("standfrist"), "errors[0].message", containsString("standfirst"))
                .body("detail", containsString("'standfrist' is not a field that can be written here"));
        as(EDITOR).queryParam("q", '"' + headline + '"').queryParam("status", "draft").get("/api/v1/articles").then()
                .statusCode(200).body("data", empty());

        var created = create(Fixtures.unique("Read-only field"), "published");
        String slug = created.path("slug");
        String etag = created.header("ETag");
        as(EDITOR).header("If-Match", etag).contentType(PATCH).body("{\"publishedAt\":\"2001-01-01T00:00:00Z\"}")
                .patch("/api/v1/articles/{s}", slug).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("publishedAt"), "detail", containsString("'publishedAt' is not a field that can be written here"));
        as(EDITOR).header("If-Match", etag).contentType("application/json")
                .body(article("Renamed", "published").replace("\"text\":\"Work starts in May.\"", "\"text\":\"Work starts in May.\",\"caption\":\"x\""))
                .put("/api/v1/articles/{s}", slug).then().statusCode(400).body("errors.field", contains("caption"));
        identity().get("/api/v1/articles/{s}", slug).then().statusCode(200).header("ETag", is(etag))
                .body("publishedAt", is(created.<String>path("publishedAt")), "body", hasSize(3));
    }

    @Test
    void anEditorWritesTheDatelineAndLanguageAndAPatchKeepsThem() {
        String body = article(Fixtures.unique("Harbour strike"), "draft")
                .replace("\"standfirst\"", "\"dateline\":\"Tartu, Estonia\",\"lang\":\"et\",\"standfirst\"");
        var created = as(EDITOR).contentType("application/json").body(body).post("/api/v1/articles").then()
                .statusCode(201).body("dateline", is("Tartu, Estonia"), "lang", is("et")).extract();
        as(EDITOR).header("If-Match", created.header("ETag")).contentType(PATCH).body("{\"headline\":\"Harbour strike ends\"}")
                .patch("/api/v1/articles/{s}", created.<String>path("slug")).then().statusCode(200)
                .body("dateline", is("Tartu, Estonia"), "lang", is("et"));
        as(EDITOR).contentType("application/json").body(body.replace("\"et\"", "\"not a language\"")).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("lang"));
    }
}
