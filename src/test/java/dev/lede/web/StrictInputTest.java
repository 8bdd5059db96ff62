package dev.lede.web;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** Input that was quietly accepted (and stored changed, or matched anything) is refused with a problem naming it. */
@QuarkusTest
class StrictInputTest {
    static final String PATCH = "application/merge-patch+json";

    static String article(String headline, String section) {
        return """
                {"headline":"%s","section":"%s","status":"published",
                 "body":[{"type":"paragraph","text":"The ferry runs again on Monday."}]}""".formatted(headline, section);
    }

    @Test
    void ifMatchStarIsRefusedOnEveryConditionalWrite() {
        var created = as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Star"), "Strict desk"))
                .post("/api/v1/articles").then().statusCode(201).extract();
        String slug = created.path("slug");
        as(EDITOR).header("If-Match", "*").contentType(PATCH).body("{\"standfirst\":\"Lost update\"}")
                .patch("/api/v1/articles/{s}", slug).then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match: *"));
        as(EDITOR).header("If-Match", "\"other\", *").delete("/api/v1/articles/{s}", slug).then().statusCode(428);
        as(EDITOR).header("If-Match", "*").post("/api/v1/articles/{s}/unpublish", slug).then().statusCode(428);
        as(EDITOR).header("If-Match", created.header("ETag")).post("/api/v1/articles/{s}/unpublish", slug).then().statusCode(200);
    }

    @Test
    void duplicateMembersAndContentAfterTheJsonAre400s() {
        String headline = Fixtures.unique("Twice");
        as(EDITOR).contentType("application/json")
                .body("{\"headline\":\"" + headline + "\",\"headline\":\"Other\",\"section\":\"News\",\"body\":[{\"type\":\"paragraph\",\"text\":\"x\"}]}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", allOf(containsString("twice"), containsString("headline")));
        as(EDITOR).contentType("application/json").body(article(headline, "News") + " {}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("after its JSON value"));
        as(EDITOR).queryParam("status", "draft").queryParam("q", '"' + headline + '"').get("/api/v1/articles").then()
                .statusCode(200).body("data", empty());
    }

    @Test
    void textThatIsNotValidUnicodeIsA400AndNothingIsStored() {
        String section = "Lone \\udcff surrogate " + Fixtures.unique("s").substring(2);
        as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Surrogate"), section))
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("section"), "detail", containsString("lone surrogate"));
        given().get("/api/v1/sections/{s}", Fixtures.slugOf(section.replace("\\udcff", "?"))).then().statusCode(404);
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsA400() {
        as(EDITOR).contentType("application/json").body("{\"headline\":12,\"section\":\"News\",\"body\":[{\"type\":\"paragraph\",\"text\":\"x\"}]}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("headline"));
        as(EDITOR).contentType("application/json").body("{\"headline\":\"Tags\",\"section\":\"News\",\"tags\":[true],\"body\":[{\"type\":\"paragraph\",\"text\":\"x\"}]}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aWildcardContentTypeIsA415() {
        as(EDITOR).contentType("*/*").body(article(Fixtures.unique("Wildcard"), "News").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles").then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void aNulInAnyParameterIsA400() {
        for (String parameter : new String[]{"fields", "include", "cursor", "section", "sort"}) {
            given().urlEncodingEnabled(false).get("/api/v1/articles?" + parameter + "=a%00b").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(parameter), "detail", containsString("U+0000"));
        }
        given().urlEncodingEnabled(false).get("/api/v1/articles?x%00=1").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void cursorsWithAbsurdNumbersAre400sBeforeAnyQuery() {
        for (String score : new String[]{"1e-99999", "1E999999", "9".repeat(400), "NaN", "-Infinity"}) {
            given().queryParam("q", "ferry").queryParam("cursor", cursor(score, "00000000-0000-0000-0000-000000000000"))
                    .get("/api/v1/search").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        }
        given().queryParam("cursor", cursor("+999999-01-01T00:00:00Z", "00000000-0000-0000-0000-000000000000"))
                .get("/api/v1/articles").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        given().queryParam("cursor", cursor("2024-10-24T15:00:00Z", "00000000-0000-0000-0000-000000000000", "99999999999"))
                .get("/api/v1/quotes").then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
    }

    @Test
    void numbersAreWrittenInAsciiDigits() {
        given().queryParam("limit", "\u0663").get("/api/v1/tags").then().statusCode(400) // ARABIC-INDIC DIGIT THREE
                .contentType("application/problem+json").body("errors.field", hasItem("limit"));
    }

    static String cursor(String... keys) {
        String joined = "1\u001f" + String.join("\u001f", keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }
}
