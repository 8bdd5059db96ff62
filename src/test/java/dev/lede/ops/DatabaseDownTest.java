package dev.lede.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
@TestProfile(DatabaseDownTest.Unreachable.class)
class DatabaseDownTest {

    /** Points Lede at a port where no database listens, and skips what needs one at start. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/lede",
                    "quarkus.datasource.username", "lede",
                    "quarkus.datasource.password", "lede",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1s",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }
    }

    @Test
    void readinessFailsWhileLivenessHolds() {
        given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void requestsNeedingTheDatabaseGetA503ProblemNotAStackTrace() {
        given().get("/api/v1/articles").then().statusCode(503).contentType("application/problem+json")
                .body("status", is(503), "detail", containsString("unavailable"))
                .body(not(containsString("PSQLException")), not(containsString("jdbc")));
    }
}
