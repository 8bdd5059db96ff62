package dev.lede.web;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Runs with the production-like refresh interval, so cached answers come from the event-loop front cache.
 * Whether an answer reached the REST resource shows in the HTTP metrics: the resource's answers are
 * counted under its route template, the front cache's under the request path.
 */
@QuarkusTest
@TestProfile(FrontCacheTest.Refreshing.class)
class FrontCacheTest {
    // long enough that a busy machine does not starve the background refresh (the cache then passes requests on)
    private static final Duration REFRESH = Duration.ofSeconds(1);

    public static class Refreshing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.cache.refresh-interval", REFRESH.toMillis() + "ms");
        }
    }

    @Test
    void repeatedGetsAnswerTheSameAndConditionalGetsStillWork() {
        Article a = Fixtures.published(Fixtures.unique("Front"), List.of(), Instant.parse("2024-06-01T00:00:00Z"), Fixtures.unique("Front cached"));
        String etag = given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200).extract().header("ETag");
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200)
                    .header("ETag", is(etag)).header("Cache-Control", startsWith("public"))
                    .contentType("application/json").body("slug", is(a.slug));
        }
        given().header("If-None-Match", etag).get("/api/v1/articles/{slug}", a.slug).then().statusCode(304).body(emptyString());
    }

    @Test
    void cachedAnswersNeverReachTheResource() throws InterruptedException {
        Article a = Fixtures.published(Fixtures.unique("Front"), List.of(), Instant.parse("2024-06-04T00:00:00Z"), Fixtures.unique("Front hit"));
        String etag = given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200).extract().header("ETag");
        // The cache steps aside while its knowledge of the content version has lapsed (a starved refresh on a
        // busy machine), so a round may see one pass through; without the cache every round sees all three.
        boolean allFromTheCache = false;
        for (int round = 0; round < 3 && !allFromTheCache; round++) {
            Thread.sleep(REFRESH.toMillis());
            double before = frontCacheAnswers();
            for (int i = 0; i < 3; i++) {
                given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200).header("ETag", etag).body("slug", is(a.slug));
            }
            allFromTheCache = frontCacheAnswers() == before + 3;
        }
        assertThat("three GETs in a row answered by the front cache, without reaching the resource", allFromTheCache, is(true));
    }

    /**
     * How many GETs the front cache has answered, per the Prometheus scrape: each such answer ends there,
     * before the REST resources. (The HTTP timings count them under their route, as the resource's own.)
     */
    private static double frontCacheAnswers() {
        String series = "lede_front_cache_answers_total ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series)).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length()).trim())).orElse(0.0);
    }

    @Test
    void aChangeIsServedWithinTheRefreshInterval() throws InterruptedException {
        Article a = Fixtures.published(Fixtures.unique("Front"), List.of(), Instant.parse("2024-06-02T00:00:00Z"), Fixtures.unique("Front changing"));
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200);
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200);
        Fixtures.update(a.id, article -> article.headline = "Changed behind the cache");
        Thread.sleep(REFRESH.toMillis() * 3);
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200).body("headline", is("Changed behind the cache"));
    }

    @Test
    void aCachedResourceStillRefusesAnAcceptItCannotServe() {
        Article a = Fixtures.published(Fixtures.unique("Front"), List.of(), Instant.parse("2024-06-03T00:00:00Z"), Fixtures.unique("Front accept"));
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200);
        given().accept("application/xml").get("/api/v1/articles/{slug}", a.slug).then().statusCode(406)
                .contentType("application/problem+json");
    }
}
