package dev.lede.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** With lede.metrics.port, the metrics leave the API's port for their own. */
@QuarkusTest
@TestProfile(MetricsPortTest.OwnPort.class)
class MetricsPortTest {
    static final int PORT = freePort();

    public static class OwnPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.metrics.port", String.valueOf(PORT));
        }
    }

    @Test
    void metricsAreOnTheirOwnPortAndNotOnTheApisPort() {
        given().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sections").then().statusCode(200);
        RestAssured.given().port(PORT).get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain")).body(containsString("http_server_requests_seconds_count"));
        RestAssured.given().port(PORT).get("/elsewhere").then().statusCode(404).contentType("application/problem+json");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
