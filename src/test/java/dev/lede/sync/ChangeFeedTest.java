package dev.lede.sync;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ChangeFeedTest {
    static final int WRITERS = 8;
    static final int WRITES = 50;

    static String article(String headline, String status) {
        return """
                {"headline":"%s","section":"Feed","status":"%s","body":[{"type":"paragraph","text":"Short."}]}"""
                .formatted(headline, status);
    }

    @Test
    void aFollowerSeesEveryEventOnceInOrderWhileWritersRace() throws Exception {
        String start = Feed.tail();
        String[] cursor = {start};
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
            String prefix = Fixtures.unique("Feed writer " + t);
            writers.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < WRITES; i++) {
                    ids.add(as(EDITOR).contentType("application/json").body(article(prefix + " " + i, "published"))
                            .post("/api/v1/articles").then().statusCode(201).extract().path("id"));
                }
                return ids;
            }));
        }
        AtomicBoolean done = new AtomicBoolean();
        List<Map<String, Object>> seen = new ArrayList<>();
        Future<?> all = Executors.newSingleThreadExecutor().submit(() -> {
            try {
                for (Future<List<String>> w : writers) {
                    w.get();
                }
            } finally {
                done.set(true);
            }
            return null;
        });
        while (!done.get()) {
            seen.addAll(Feed.follow(cursor));
        }
        all.get();
        seen.addAll(Feed.follow(cursor));
        pool.shutdown();

        Set<String> written = new HashSet<>();
        for (Future<List<String>> w : writers) {
            written.addAll(w.get());
        }
        List<Long> seqs = seen.stream().map(e -> ((Number) e.get("seq")).longValue()).toList();
        for (int i = 1; i < seqs.size(); i++) {
            assertThat("in order, each once", seqs.get(i), greaterThan(seqs.get(i - 1)));
        }
        Set<Object> created = new HashSet<>();
        seen.stream().filter(e -> "created".equals(e.get("type"))).forEach(e -> created.add(e.get("id")));
        assertThat(created.containsAll(written), is(true));
        // nothing turned up later behind the follower's cursor
        String[] again = {start};
        assertThat(Feed.follow(again).stream().map(e -> e.get("seq")).toList(), is(seen.stream().map(e -> e.get("seq")).toList()));
    }

    @Test
    void anonymousReadersSeeOnlyEventsAboutPublishedContent() {
        String start = Feed.tail();
        var draft = as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Feed draft"), "draft"))
                .post("/api/v1/articles").then().statusCode(201).extract();
        var published = as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Feed public"), "published"))
                .post("/api/v1/articles").then().statusCode(201).extract();
        as(EDITOR).header("If-Match", published.header("ETag")).delete("/api/v1/articles/{s}", published.<String>path("slug"))
                .then().statusCode(204);
        String draftId = draft.path("id");
        String publishedId = published.path("id");

        List<Map<String, Object>> editor = Feed.follow(new String[]{start});
        assertThat(editor.stream().map(e -> e.get("id") + " " + e.get("type")).toList(),
                hasItems(draftId + " created", publishedId + " created", publishedId + " deleted"));
        given().queryParam("since", start).queryParam("limit", 100).get("/api/v1/changes").then().statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .body("data.id", not(hasItem(draftId)), "data.id", hasItem(publishedId))
                .body("data.findAll { it.id == '" + publishedId + "' }.type", contains("created", "deleted"))
                .body("data[0].slug", notNullValue(), "data[0].entity", is("article"), "data[0].at", notNullValue());
        given().queryParam("since", "garbage").get("/api/v1/changes").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void importsAndQuoteCorrectionsAreInTheFeed() {
        String start = Feed.tail();
        String page = "Politics\n\nFeed import " + Fixtures.unique("x") + "\n\n“We will vote,” said Ada Lane, the speaker.\n";
        String id = as(EDITOR).contentType("text/plain; charset=utf-8").body(page).post("/api/v1/imports").then().statusCode(201)
                .extract().path("article.id");
        String quote = given().get("/api/v1/articles/{id}/quotes", id).then().statusCode(200).extract().path("data[0].id");
        String etag = given().get("/api/v1/quotes/{q}", quote).then().extract().header("ETag");
        as(EDITOR).header("If-Match", etag).contentType("application/merge-patch+json").body("{\"role\":\"house speaker\"}")
                .patch("/api/v1/quotes/{q}", quote).then().statusCode(200);
        List<Map<String, Object>> events = Feed.follow(new String[]{start});
        assertThat(events.stream().map(e -> e.get("entity") + " " + e.get("id") + " " + e.get("type")).toList(),
                hasItems("article " + id + " created", "quote " + quote + " updated"));
    }
}
