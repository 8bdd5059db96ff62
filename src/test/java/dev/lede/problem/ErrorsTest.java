package dev.lede.problem;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ErrorsTest {

    @Test
    void unknownPathsInsideAndOutsideTheApiAreProblems() {
        for (String path : new String[]{"/api/v1/nothing-here", "/nothing-here", "/api/v2/articles"}) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", is(404), "title", is("Not Found"), "instance", is(path), "detail", containsString(path));
        }
    }

    @Test
    void aWrongMethodIs405() {
        given().delete("/api/v1/sections").then().statusCode(405).contentType("application/problem+json")
                .body("status", is(405), "detail", containsString("DELETE"));
    }

    @Test
    void anUnsupportedAcceptIs406() {
        given().accept("application/xml").get("/api/v1/articles").then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406), "detail", allOf(containsString("Accept"), containsString("application/xml")));
        given().accept("application/json").get("/api/v1/feeds/atom").then().statusCode(406)
                .contentType("application/problem+json").body("status", is(406), "detail", containsString("application/json"));
    }

    @Test
    void aNulCharacterAnywhereIsA400NotA500() {
        given().queryParam("q", "harbour\u0000").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("U+0000"));
        given().urlEncodingEnabled(false).get("/api/v1/articles/nul%00slug").then().statusCode(400).contentType("application/problem+json");
        String headline = Fixtures.unique("Nul");
        as(EDITOR).contentType("application/json")
                .body(java.util.Map.of("headline", headline + " \u0000 here", "section", "News",
                        "body", java.util.List.of(java.util.Map.of("type", "paragraph", "text", "Words."))))
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("U+0000"));
        as(EDITOR).queryParam("status", "draft").queryParam("q", '"' + headline + '"').get("/api/v1/articles").then().statusCode(200)
                .body("data", empty());
    }

    @Test
    void problemsHaveEveryFieldAndNoInternals() {
        given().queryParam("limit", "x").get("/api/v1/tags").then().statusCode(400)
                .body("keySet()", containsInAnyOrder("type", "title", "status", "detail", "instance", "errors", "currentEtag"))
                .body(not(containsString("java.")), not(containsString("Exception")));
    }
}
