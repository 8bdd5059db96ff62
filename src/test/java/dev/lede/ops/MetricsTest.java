package dev.lede.ops;

import dev.lede.Fixtures;
import dev.lede.RawHttp;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import dev.lede.image.ImageResourceTestAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/** Requests are counted by route template: no slug reaches /q/metrics, a draft's least of all. */
@QuarkusTest
class MetricsTest {

    @Test
    void requestsAreLabelledByRouteTemplateNeverByPath() throws IOException {
        String published = Fixtures.published("Metrics desk", List.of(), Instant.parse("2024-05-01T00:00:00Z"), Fixtures.unique("Counted story")).slug;
        String draft = Fixtures.article("Metrics desk", List.of(), null, Fixtures.unique("Unannounced story"), ArticleStatus.DRAFT,
                List.of(Block.paragraph("x"))).slug;
        for (int i = 0; i < 3; i++) { // the second and third answers come from the front cache
            given().get("/api/v1/articles/{slug}", published).then().statusCode(200);
        }
        given().get("/api/v1/articles/{slug}", draft).then().statusCode(404);
        given().get("/api/v1/articles/{slug}/quotes", draft).then().statusCode(404);
        given().delete("/api/v1/sections").then().statusCode(405);
        assertThat(RawHttp.send(RestAssured.port, "GET /api/v1/articles/" + draft + "%ZZ HTTP/1.1\r\nHost: x\r\n\r\n", 5_000).status(), is(400));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/articles/{slugOrId}\""), not(containsString(published)), not(containsString(draft)));
    }

    @Test
    void imagesFeedsAndSitemapsAreLabelledByRouteTemplateToo() {
        String slug = Fixtures.published("Metrics desk", List.of(), Instant.parse("2023-04-01T00:00:00Z"), Fixtures.unique("Mapped story")).slug;
        String image = ImageResourceTestAccess.uploadedWith(320, 240, null, null, null);
        String render = given().get("/api/v1/images/{id}", image).then().statusCode(200).extract().<String>path("links.render").replaceFirst("^https?://[^/]+", "");
        for (int i = 0; i < 3; i++) { // the later answers come from memory, before any resource
            given().get(render + "&w=160").then().statusCode(200);
            given().get("/api/v1/articles/{slug}/jsonld", slug).then().statusCode(200);
            given().get("/api/v1/sitemaps/2023-04.xml").then().statusCode(200);
            given().get("/api/v1/feeds/atom?section=metrics-desk").then().statusCode(200);
        }
        given().get("/q/metrics").then().statusCode(200).body(
                containsString("uri=\"/images/{id}/render\""), containsString("uri=\"/articles/{slugOrId}/jsonld\""),
                containsString("uri=\"/sitemaps/{month"), containsString("uri=\"/feeds/atom\""),
                not(containsString(image)), not(containsString(slug)), not(containsString("2023-04.xml")));
    }
}
