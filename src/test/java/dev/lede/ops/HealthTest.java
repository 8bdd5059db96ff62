package dev.lede.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class HealthTest {

    @Test
    void liveAndReadyWithTheDatabaseUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void withoutAReadReplicaReadinessSaysSoAndStaysUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'Read replica' }.status", is("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.status", is("not configured"));
    }

    @Test
    void metricsIncludeHttpServerTimings() {
        given().get("/api/v1/sections").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"), containsString("uri=\"/sections\""));
    }
}
