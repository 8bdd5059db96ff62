package dev.lede.common;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** Runs with the production-like refresh interval, so cached answers come from the event-loop front cache. */
@QuarkusTest
@TestProfile(FrontCacheTest.Refreshing.class)
class FrontCacheTest {

    public static class Refreshing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.cache.refresh-interval", "200ms");
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
    void aChangeIsServedWithinTheRefreshInterval() throws InterruptedException {
        Article a = Fixtures.published(Fixtures.unique("Front"), List.of(), Instant.parse("2024-06-02T00:00:00Z"), Fixtures.unique("Front changing"));
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200);
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200);
        Fixtures.update(a.id, article -> article.headline = "Changed behind the cache");
        Thread.sleep(600);
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
