package dev.lede.image;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.UUID;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static dev.lede.image.ImageResourceTest.PATCH;
import static dev.lede.image.ImageResourceTest.upload;
import static dev.lede.image.ImageResourceTest.uploaded;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class RenditionTest {
    private static final Random SEEDS = new Random();

    @Inject
    EntityManager em;

    static ExtractableResponse<Response> render(String id, String query) {
        return given().get("/api/v1/images/" + id + "/render" + (query.isEmpty() ? "" : "?" + query)).then().extract();
    }

    static BufferedImage rendered(String id, String query) {
        var r = render(id, query);
        assertThat(r.body().asString(), r.statusCode(), is(200));
        return TestImages.read(r.asByteArray());
    }

    static String v(String id) {
        return given().get("/api/v1/images/{id}", id).then().extract().<String>path("links.render").replaceAll(".*v=", "");
    }

    @Test
    void aSrcsetUrlIsAnImmutableRenditionOfThatWidth() {
        String id = uploaded(1600, 1067);
        String url = given().get("/api/v1/images/{id}", id).then().extract().path("renditions.find { it.width == 640 }.url");
        var r = given().get(url.substring(url.indexOf("/api/"))).then().statusCode(200).contentType("image/jpeg")
                .header("Cache-Control", is("public, max-age=31536000, immutable")).extract();
        BufferedImage image = TestImages.read(r.asByteArray());
        assertThat(image.getWidth(), is(640));
        assertThat(image.getHeight(), is(427));
        String etag = r.header("ETag");
        assertThat(etag, matchesPattern("\"[A-Za-z0-9_-]{27}\""));
        // the second time from memory, the same bytes; with the ETag, 304
        var again = given().get(url.substring(url.indexOf("/api/"))).then().statusCode(200).header("ETag", is(etag)).extract();
        assertThat(again.asByteArray(), is(r.asByteArray()));
        given().header("If-None-Match", etag).get(url.substring(url.indexOf("/api/"))).then().statusCode(304).header("ETag", is(etag));
    }

    @Test
    void aRenditionIsKeptInTheDatabase() {
        String id = uploaded(800, 600);
        render(id, "w=320&v=" + v(id));
        long kept = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from image_rendition where image_id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
        assertThat(kept, is(1L));
    }

    @Test
    void withoutTheCurrentVersionTheAnswerIsCachedBriefly() {
        String id = uploaded(500, 400);
        given().get("/api/v1/images/{id}/render?w=320", id).then().statusCode(200)
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"));
        given().get("/api/v1/images/{id}/render?w=320&v=0000000000", id).then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age=60"));
    }

    @Test
    void aWidthOutsideTheListIs400() {
        String id = uploaded(500, 400);
        given().get("/api/v1/images/{id}/render?w=641", id).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("w"), "detail", containsString("640"));
        given().get("/api/v1/images/{id}/render?w=big", id).then().statusCode(400).body("errors.field", contains("w"));
        given().get("/api/v1/images/{id}/render?w=100000", id).then().statusCode(400).body("errors.field", contains("w"));
    }

    @Test
    void aRenditionIsNeverLargerThanTheOriginal() {
        String id = uploaded(500, 400);
        BufferedImage image = rendered(id, "w=1280");
        assertThat(image.getWidth(), is(500));
        assertThat(image.getHeight(), is(400));
        BufferedImage whole = rendered(id, "");
        assertThat(whole.getWidth(), is(500));
    }

    @Test
    void heightNeedsWidthAndAnAllowedShape() {
        String id = uploaded(1600, 1067);
        given().get("/api/v1/images/{id}/render?h=360", id).then().statusCode(400).body("errors.field", contains("h"));
        given().get("/api/v1/images/{id}/render?w=640&h=361", id).then().statusCode(400)
                .body("errors.field", contains("h"), "detail", containsString("360 (16:9)"));
        BufferedImage wide = rendered(id, "w=640&h=360");
        assertThat(wide.getWidth() + "x" + wide.getHeight(), is("640x360"));
        BufferedImage square = rendered(id, "w=320&h=320&fit=cover");
        assertThat(square.getWidth() + "x" + square.getHeight(), is("320x320"));
    }

    @Test
    void containFitsInsideTheBox() {
        String id = uploaded(1600, 1067);
        BufferedImage contained = rendered(id, "w=640&h=640&fit=contain");
        assertThat(contained.getWidth() + "x" + contained.getHeight(), is("640x427"));
        given().get("/api/v1/images/{id}/render?w=640&h=640&fit=stretch", id).then().statusCode(400).body("errors.field", contains("fit"));
    }

    @Test
    void coverCropsAroundTheFocalPoint() {
        // red on the left three quarters, blue on the right quarter: a square crop around x = 0.9 is mostly blue
        byte[] png = TestImages.png(TestImages.halves(1600, 800, Color.RED, Color.BLUE, 0.75 - SEEDS.nextInt(1000) / 1e6));
        String id = upload(png, "image/png").path("id");
        assertThat(colourAtCentre(rendered(id, "w=320&h=320&fit=cover")), is(Color.RED.getRGB()));
        String etag = given().get("/api/v1/images/{id}", id).then().extract().header("ETag");
        as(EDITOR).contentType(PATCH).header("If-Match", etag).body("{\"focalPoint\":{\"x\":0.95,\"y\":0.5}}")
                .patch("/api/v1/images/{id}", id).then().statusCode(200);
        BufferedImage right = rendered(id, "w=320&h=320&fit=cover&v=" + v(id));
        assertThat(colourAt(right, 300, 160), is(Color.BLUE.getRGB()));
        assertThat(colourAt(right, 10, 160), is(Color.RED.getRGB()));
    }

    private static int colourAtCentre(BufferedImage image) {
        return colourAt(image, image.getWidth() / 2, image.getHeight() / 2);
    }

    private static int colourAt(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) | 0xff000000;
    }

    @Test
    void eachFormatCanBeAskedFor() {
        String id = uploaded(600, 400);
        given().get("/api/v1/images/{id}/render?w=320&fmt=png", id).then().statusCode(200).contentType("image/png");
        var webp = given().get("/api/v1/images/{id}/render?w=320&fmt=webp", id).then().statusCode(200).contentType("image/webp").extract();
        assertThat(TestImages.read(webp.asByteArray()).getWidth(), is(320));
        given().get("/api/v1/images/{id}/render?w=320&fmt=gif", id).then().statusCode(400).body("errors.field", contains("fmt"));
        given().get("/api/v1/images/{id}/render?w=320&fmt=tiff", id).then().statusCode(400).body("errors.field", contains("fmt"));
    }

    @Test
    void aGifIsRenderedAsPngAndATransparentPngAsJpegOnWhite() {
        String gif = upload(TestImages.gif(TestImages.photo(330, 220, SEEDS.nextLong())), "image/gif").path("id");
        given().get("/api/v1/images/{id}/render?w=160", gif).then().statusCode(200).contentType("image/png");
        BufferedImage clear = new BufferedImage(200, 100 + SEEDS.nextInt(50), BufferedImage.TYPE_INT_ARGB);
        String png = upload(TestImages.png(clear), "image/png").path("id");
        BufferedImage flat = TestImages.read(render(png, "w=160&fmt=jpeg").asByteArray());
        assertThat(colourAtCentre(flat) & 0xf0f0f0, is(0xf0f0f0));
    }

    @Test
    void qualityIsOneOfTheListAndChangesTheBytes() {
        String id = uploaded(1600, 1067);
        int low = render(id, "w=960&q=50").asByteArray().length;
        int high = render(id, "w=960&q=90").asByteArray().length;
        assertThat(high, greaterThan(low));
        given().get("/api/v1/images/{id}/render?w=960&q=77", id).then().statusCode(400)
                .body("errors.field", contains("q"), "detail", containsString("50, 65, 80, 90"));
        given().get("/api/v1/images/{id}/render?w=960&q=0", id).then().statusCode(400).body("errors.field", contains("q"));
    }

    @Test
    void anUnknownParameterIs400() {
        String id = uploaded(100, 100);
        given().get("/api/v1/images/{id}/render?width=320", id).then().statusCode(400).body("errors.field", contains("width"));
    }

    @Test
    void anUnknownImageHasNoRenditions() {
        given().get("/api/v1/images/{id}/render?w=320", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
