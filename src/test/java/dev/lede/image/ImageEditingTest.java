package dev.lede.image;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static dev.lede.image.ImageResourceTest.PATCH;
import static dev.lede.image.ImageResourceTest.uploaded;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ImageEditingTest {

    static String etag(String id) {
        return ImageResourceTest.identity().get("/api/v1/images/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aPatchNeedsIfMatch() {
        String id = uploaded(200, 150);
        as(EDITOR).contentType(PATCH).body("{\"alt\":\"A field\"}").patch("/api/v1/images/{id}", id).then().statusCode(428)
                .contentType("application/problem+json");
        as(EDITOR).contentType(PATCH).header("If-Match", "\"stale\"").body("{\"alt\":\"A field\"}")
                .patch("/api/v1/images/{id}", id).then().statusCode(412).contentType("application/problem+json")
                .header("ETag", is(etag(id)));
    }

    @Test
    void aPatchChangesTheDescriptionAndTheFocalPointTheRenditionUrls() {
        String id = uploaded(1200, 800);
        String before = etag(id);
        String srcsetBefore = given().get("/api/v1/images/{id}", id).then().extract().path("srcset");
        var patched = as(EDITOR).contentType(PATCH).header("If-Match", before)
                .body("{\"alt\":\"Rescuers in the flooded valley\",\"caption\":\"The valley after the flood.\","
                        + "\"credit\":\"Jane Doe/Reuters\",\"focalPoint\":{\"x\":0.8,\"y\":0.25}}")
                .patch("/api/v1/images/{id}", id).then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("alt", is("Rescuers in the flooded valley"), "caption", is("The valley after the flood."),
                        "credit", is("Jane Doe/Reuters"), "focalPoint.x", is(0.8f), "focalPoint.y", is(0.25f))
                .extract();
        String after = patched.header("ETag");
        assertThat(after, not(before));
        assertThat(patched.path("srcset"), not(srcsetBefore));
        ImageResourceTest.identity().get("/api/v1/images/{id}", id).then().statusCode(200).header("ETag", is(after))
                .body("credit", is("Jane Doe/Reuters"));
        // null clears a member (RFC 7396); the focal point goes back to the centre
        as(EDITOR).contentType(PATCH).header("If-Match", after).body("{\"credit\":null,\"focalPoint\":null}")
                .patch("/api/v1/images/{id}", id).then().statusCode(200)
                .body("credit", nullValue(), "alt", is("Rescuers in the flooded valley"), "focalPoint.x", is(0.5f));
    }

    @Test
    void aFocalPointOutsideTheImageIs400() {
        String id = uploaded(200, 150);
        as(EDITOR).contentType(PATCH).header("If-Match", etag(id)).body("{\"focalPoint\":{\"x\":1.5,\"y\":0.5}}")
                .patch("/api/v1/images/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("x"));
    }

    @Test
    void aPatchIsReadStrictlyAndIfMatchStarMatchesNothing() {
        String id = uploaded(200, 150);
        String etag = etag(id);
        as(EDITOR).contentType(PATCH).header("If-Match", "*").body("{\"alt\":\"A field\"}")
                .patch("/api/v1/images/{id}", id).then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match: *"));
        as(EDITOR).contentType(PATCH).header("If-Match", etag).body("{\"alt\":\"A field\",\"alt\":\"A meadow\"}")
                .patch("/api/v1/images/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("twice"));
        as(EDITOR).contentType(PATCH).header("If-Match", etag).body("{\"alt\":\"A \\udcff field\"}")
                .patch("/api/v1/images/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("lone surrogate"));
        as(EDITOR).contentType(PATCH).header("If-Match", etag).body("{\"alt\":12}")
                .patch("/api/v1/images/{id}", id).then().statusCode(400).contentType("application/problem+json");
        as(EDITOR).contentType("*/*").header("If-Match", etag).body("{\"alt\":\"A field\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .patch("/api/v1/images/{id}", id).then().statusCode(415).contentType("application/problem+json");
        ImageResourceTest.identity().get("/api/v1/images/{id}", id).then().statusCode(200).header("ETag", is(etag)).body("alt", nullValue());
    }

    @Test
    void aPatchOfAnUnknownMemberIs400() {
        String id = uploaded(200, 150);
        as(EDITOR).contentType(PATCH).header("If-Match", etag(id)).body("{\"width\":10}")
                .patch("/api/v1/images/{id}", id).then().statusCode(400).contentType("application/problem+json");
    }
}
