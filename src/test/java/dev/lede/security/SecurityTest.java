package dev.lede.security;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.lede.Fixtures.ADMIN;
import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.READER;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SecurityTest {
    static final String ARTICLE = "{\"headline\":\"Role matrix %s\",\"section\":\"Matrix\",\"body\":[{\"type\":\"paragraph\",\"text\":\"Words.\"}]}";
    // refused as a URL after authentication, so the matrix subscribes nothing
    static final String HOOK = "{\"url\":\"ftp://example.com/x\",\"events\":[\"created\"],\"secret\":\"sixteen-characters-long\"}";
    static final String PAGE = "Politics\n\nRole matrix page %s\n\nThe council met on Tuesday and voted.\n";

    record Write(String method, String path, String contentType, String body, Role needed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Write> writes() {
        String id = UUID.randomUUID().toString();
        return List.of(
                new Write("POST", "/api/v1/articles", "application/json", ARTICLE.formatted(id), Role.EDITOR),
                new Write("PUT", "/api/v1/articles/some-slug", "application/json", ARTICLE.formatted(id), Role.EDITOR),
                new Write("PATCH", "/api/v1/articles/some-slug", "application/merge-patch+json", "{\"standfirst\":\"x\"}", Role.EDITOR),
                new Write("DELETE", "/api/v1/articles/some-slug", null, null, Role.EDITOR),
                new Write("POST", "/api/v1/articles/some-slug/publish", null, null, Role.EDITOR),
                new Write("POST", "/api/v1/articles/some-slug/unpublish", null, null, Role.EDITOR),
                new Write("PATCH", "/api/v1/quotes/" + id, "application/merge-patch+json", "{\"role\":\"x\"}", Role.EDITOR),
                new Write("DELETE", "/api/v1/quotes/" + id, null, null, Role.EDITOR),
                new Write("POST", "/api/v1/imports?dryRun=true", "text/plain; charset=utf-8", PAGE.formatted(id), Role.EDITOR),
                new Write("POST", "/api/v1/keys", "application/json", "{\"role\":\"reader\",\"name\":\"matrix\"}", Role.ADMIN),
                new Write("GET", "/api/v1/keys", null, null, Role.ADMIN),
                new Write("DELETE", "/api/v1/keys/" + id, null, null, Role.ADMIN),
                new Write("POST", "/api/v1/webhooks", "application/json", HOOK, Role.ADMIN),
                new Write("GET", "/api/v1/webhooks", null, null, Role.ADMIN),
                new Write("PUT", "/api/v1/webhooks/" + id, "application/json", HOOK, Role.ADMIN),
                new Write("DELETE", "/api/v1/webhooks/" + id, null, null, Role.ADMIN),
                new Write("GET", "/api/v1/webhooks/" + id + "/deliveries", null, null, Role.ADMIN));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Write w : writes()) {
            cases.add(Arguments.of(w, null));
            for (Role r : Role.values()) {
                cases.add(Arguments.of(w, r));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyWriteNeedsItsRole(Write w, Role role) {
        RequestSpecification request = role == null ? given() : as(keyOf(role));
        if (w.contentType() != null) {
            request.contentType(w.contentType()).body(w.body());
        }
        var response = request.request(w.method(), w.path()).then();
        if (role == null) {
            response.statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", is("Bearer realm=\"lede\"")).body("status", is(401));
        } else if (!role.includes(w.needed())) {
            response.statusCode(403).contentType("application/problem+json").body("detail", containsString(w.needed().label()));
        } else {
            response.statusCode(not(anyOf(is(401), is(403))));
        }
    }

    static String keyOf(Role role) {
        return switch (role) {
            case READER -> READER;
            case EDITOR -> EDITOR;
            case ADMIN -> ADMIN;
        };
    }

    @Test
    void aWrongKeyIs401EvenOnReadsAndIsCountedButNeverLogged() {
        given().header("Authorization", "Bearer not-a-key").get("/api/v1/articles").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", not(containsString("not-a-key")));
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/articles").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("lede_auth_failures_total{reason=\"invalid\"}"));
    }

    @Test
    void missingKeysAndTooWeakRolesAreCounted() {
        double missing = metric("lede_auth_failures_total{reason=\"missing\"}");
        double forbidden = metric("lede_auth_forbidden_total");
        given().contentType("application/json").body("{}").post("/api/v1/articles").then().statusCode(401);
        as(READER).contentType("application/json").body("{}").post("/api/v1/articles").then().statusCode(403);
        // refused by the resource itself (drafts need an editor), not by the filter: counted the same
        as(READER).queryParam("status", "draft").get("/api/v1/articles").then().statusCode(403);
        org.hamcrest.MatcherAssert.assertThat(metric("lede_auth_failures_total{reason=\"missing\"}"), is(missing + 1));
        org.hamcrest.MatcherAssert.assertThat(metric("lede_auth_forbidden_total"), is(forbidden + 2));
    }

    /** A counter's value in the Prometheus scrape; 0 before it was first counted. */
    private static double metric(String series) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }

    @Test
    void adminListsArePrivateAndAnswerConditionalRequests() {
        for (String path : List.of("/api/v1/keys", "/api/v1/webhooks")) {
            String etag = as(ADMIN).get(path).then().statusCode(200).header("Cache-Control", is("private, no-store"))
                    .header("Vary", containsString("Authorization")).extract().header("ETag");
            as(ADMIN).header("If-None-Match", etag).get(path).then().statusCode(304);
        }
    }

    @Test
    void keysMadeByAnAdminWorkUntilRevokedAndAreShownOnce() {
        var created = as(ADMIN).contentType("application/json").body("{\"role\":\"editor\",\"name\":\"cms\"}")
                .post("/api/v1/keys").then().statusCode(201)
                .body("role", is("editor"), "key", startsWith("lede_"), "id", notNullValue()).extract();
        String key = created.path("key");
        String id = created.path("id");
        as(key).contentType("application/json").body(ARTICLE.formatted(UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(201);
        as(ADMIN).get("/api/v1/keys").then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("data.id", hasItem(id), "data.key", everyItem(nullValue()));
        as(ADMIN).delete("/api/v1/keys/{id}", id).then().statusCode(204);
        as(key).get("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void aBadKeyRequestIsA400Problem() {
        as(ADMIN).contentType("application/json").body("{\"role\":\"owner\"}").post("/api/v1/keys").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("role"));
    }

    @Test
    void configuredKeysMustBeRoleColonSha256() {
        org.junit.jupiter.api.Assertions.assertEquals(2, Keys.parse("reader:" + "a".repeat(64) + ", admin:" + "B".repeat(64)).size());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Keys.parse("owner:" + "a".repeat(64)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Keys.parse("editor:abc"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Keys.parse("a".repeat(64)));
    }
}
