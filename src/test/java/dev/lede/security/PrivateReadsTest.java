package dev.lede.security;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.lede.Fixtures.READER;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@TestProfile(PrivateReadsTest.ReadsNeedAKey.class)
class PrivateReadsTest {
    public static class ReadsNeedAKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a refresh interval lets the front cache answer, were it not told to stay out of the way
            return Map.of("lede.security.public-reads", "false", "lede.cache.refresh-interval", "10s");
        }
    }

    @Test
    void everyReadNeedsAKeyAndNothingIsCachedForTheWorld() {
        String slug = Fixtures.published("Private", List.of(), Instant.parse("2024-01-02T00:00:00Z"), Fixtures.unique("Behind a key")).slug;
        as(READER).get("/api/v1/articles/{s}", slug).then().statusCode(200)
                .header("Cache-Control", is("private, no-store")).header("Vary", containsString("Authorization"));
        as(READER).get("/api/v1/articles/{s}", slug).then().statusCode(200).header("Cache-Control", is("private, no-store"));
        given().get("/api/v1/articles/{s}", slug).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().get("/api/v1/changes").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
