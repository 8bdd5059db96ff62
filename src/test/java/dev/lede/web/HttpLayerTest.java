package dev.lede.web;

import dev.lede.Fixtures;
import dev.lede.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/**
 * Requests refused before any resource runs (by the HTTP codec, the router or the request checks) are
 * answered with problems like any other; sent over a raw socket, as no HTTP client would send them.
 */
@QuarkusTest
class HttpLayerTest {
    static final String KEY = "Authorization: Bearer " + Fixtures.EDITOR + "\r\n";

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                Arguments.of("a bad percent-encoding in the path", 400, "GET /api/v1/articles/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n"),
                Arguments.of("a bad percent-encoding in the query", 400, "GET /api/v1/articles?cursor=%% HTTP/1.1\r\nHost: x\r\n\r\n"),
                Arguments.of("a URI over the line limit", 414, "GET /api/v1/articles?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: x\r\n\r\n"),
                Arguments.of("header fields over the limit", 431, "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(30_000) + "\r\n\r\n"),
                Arguments.of("a Content-Length that is not a number", 400, "POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"),
                Arguments.of("a control character in a header", 400, "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n"),
                Arguments.of("NUL in the Authorization header", 400, "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\u0000b\r\n\r\n"),
                Arguments.of("no Host header", 400, "GET /api/v1/articles HTTP/1.1\r\n\r\n"),
                Arguments.of("a Content-Type that is not a media type", 415,
                        "POST /api/v1/articles HTTP/1.1\r\nHost: x\r\n" + KEY + "Content-Type: garbage\r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("two Content-Types in one", 415,
                        "POST /api/v1/articles HTTP/1.1\r\nHost: x\r\n" + KEY + "Content-Type: application/json, text/plain\r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("a JSON write without a Content-Type", 415,
                        "POST /api/v1/articles HTTP/1.1\r\nHost: x\r\n" + KEY + "Content-Length: 2\r\n\r\n{}"),
                Arguments.of("a JSON write with an empty Content-Type", 415,
                        "POST /api/v1/articles HTTP/1.1\r\nHost: x\r\n" + KEY + "Content-Type: \r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("a request from an opaque origin", 403, "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nOrigin: null\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void aMalformedRequestIsAProblem(String what, int status, String request) throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, request, 10_000);
        assertThat(what, answer.status(), is(status));
        assertThat(what, answer.contentType(), is("application/problem+json"));
        assertThat(what, answer.body(), allOf(containsString("\"status\":" + status), containsString("\"detail\":")));
        assertThat(what, answer.header("X-Content-Type-Options"), is("nosniff"));
        assertThat(what, answer.header("Access-Control-Allow-Origin"), nullValue());
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, chunked("/api/v1/imports", "text/plain"), 10_000);
        assertThat(answer.status(), is(413));
        assertThat(answer.contentType(), is("application/problem+json"));
    }

    @Test
    void aChunkedImageUploadHasTheLargerLimitOfImages() throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, chunked("/api/v1/images", "image/png"), 10_000);
        assertThat(answer.status(), is(400)); // read whole, and then not a PNG
        assertThat(answer.contentType(), is("application/problem+json"));
    }

    /** A POST of a chunked body of 2.5 MiB, over the 2 MiB of lede.http.max-body-size. */
    private static String chunked(String path, String contentType) {
        StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + KEY
                + "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "a".repeat(0x10000);
        for (int i = 0; i < 40; i++) {
            request.append("10000\r\n").append(chunk).append("\r\n");
        }
        return request.append("0\r\n\r\n").toString();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsRefusedWithinTheBodyTimeout() throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST /api/v1/articles HTTP/1.1\r\nHost: x\r\n" + KEY
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"headline\":", 20_000);
        assertThat(answer.status(), is(408));
        assertThat(answer.contentType(), is("application/problem+json"));
        assertThat("answered after the 2 s body timeout of the test profile, not held", answer.millis(), lessThan(6_000L));
    }

    @Test
    void aClientThatUpgradesToHttp2CanWrite() throws Exception {
        // the JDK's client asks to upgrade to h2c with the request; its body must still reach the resource
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/articles"))
                .header("Authorization", "Bearer " + Fixtures.EDITOR).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"headline\":\"" + Fixtures.unique("Upgraded") + "\",\"section\":\"News\","
                        + "\"body\":[{\"type\":\"paragraph\",\"text\":\"Sent by a client that speaks HTTP/2.\"}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.body(), answer.statusCode(), is(201));
    }

    @Test
    void everyAnswerSaysNosniff() {
        given().get("/api/v1/articles?limit=1").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/articles?limit=1").then().statusCode(200).header("X-Content-Type-Options", "nosniff"); // from the front cache
        given().get("/api/v1/articles/{slug}", "no-such-article").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().header("Origin", "https://app.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }
}
