package dev.lede.image;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.READER;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ImageResourceTest {
    static final String PATCH = "application/merge-patch+json";
    private static final Random SEEDS = new Random();

    /** A request whose answer is not gzipped, so its ETag is the one writes answer with. */
    static io.restassured.specification.RequestSpecification identity() {
        return given().config(io.restassured.config.RestAssuredConfig.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    static ExtractableResponse<Response> upload(byte[] bytes, String type) {
        return as(EDITOR).contentType(type).body(bytes).post("/api/v1/images").then().extract();
    }

    /** A new JPEG photo of this size, uploaded: its id. */
    static String uploaded(int width, int height) {
        var created = upload(TestImages.jpeg(TestImages.photo(width, height, SEEDS.nextLong())), "image/jpeg");
        assertThat(created.statusCode(), is(201));
        return created.path("id");
    }

    @Test
    void anUploadIsStoredWithItsSizeAndRenditionUrls() {
        var created = upload(TestImages.jpeg(TestImages.photo(1600, 1067, SEEDS.nextLong())), "image/jpeg");
        assertThat(created.statusCode(), is(201));
        String id = created.path("id");
        assertThat(created.header("Location"), is("/api/v1/images/" + id));
        assertThat(created.header("ETag"), startsWith("\""));
        assertThat(created.<Integer>path("width"), is(1600));
        assertThat(created.<Integer>path("height"), is(1067));
        assertThat(created.path("mediaType"), is("image/jpeg"));
        assertThat(created.<List<Integer>>path("renditions.width"), contains(160, 320, 480, 640, 960, 1280, 1600));
        assertThat(created.path("srcset"), containsString("/api/v1/images/" + id + "/render?w=640&v="));
        assertThat(created.path("srcset"), containsString(" 640w, "));
        assertThat(created.path("src"), containsString("w=1600"));
        assertThat(created.path("focalPoint.x"), is(0.5f));
        ImageResourceTest.identity().get("/api/v1/images/{id}", id).then().statusCode(200)
                .header("ETag", is(created.header("ETag"))).header("Cache-Control", startsWith("public"))
                .body("id", is(id), "width", is(1600), "alt", nullValue(), "byteSize", greaterThan(1000));
    }

    @Test
    void aGetWithTheEtagIsNotModified() {
        String id = uploaded(400, 300);
        String etag = given().get("/api/v1/images/{id}", id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/images/{id}", id).then().statusCode(304).header("ETag", is(etag));
    }

    @Test
    void theSameBytesTwiceAreOneImage() {
        byte[] png = TestImages.png(TestImages.photo(300, 200, SEEDS.nextLong()));
        var first = upload(png, "image/png");
        var second = upload(png, "image/png");
        assertThat(first.statusCode(), is(201));
        assertThat(second.statusCode(), is(200));
        assertThat(second.path("id"), is(first.<String>path("id")));
        assertThat(second.path("mediaType"), is("image/png"));
    }

    @Test
    void gifAndWebpAreTaken() {
        var gif = upload(TestImages.gif(TestImages.photo(320, 240, SEEDS.nextLong())), "image/gif");
        assertThat(gif.statusCode(), is(201));
        assertThat(gif.path("mediaType"), is("image/gif"));
        var webp = upload(TestImages.webp(TestImages.photo(321, 241, SEEDS.nextLong())), "image/webp");
        assertThat(webp.statusCode(), is(201));
        assertThat(webp.<Integer>path("width"), is(321));
    }

    @Test
    void uploadingNeedsAnEditorKey() {
        byte[] jpeg = TestImages.jpeg(TestImages.photo(100, 100, SEEDS.nextLong()));
        given().contentType("image/jpeg").body(jpeg).post("/api/v1/images").then().statusCode(401)
                .contentType("application/problem+json");
        as(READER).contentType("image/jpeg").body(jpeg).post("/api/v1/images").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aFormatLedeDoesNotTakeIs415() {
        as(EDITOR).contentType("image/bmp").body(new byte[]{'B', 'M', 1, 2, 3}).post("/api/v1/images").then().statusCode(415)
                .contentType("application/problem+json").body("status", is(415));
    }

    @Test
    void aFakeJpegIs400() {
        as(EDITOR).contentType("image/jpeg").body("GIF? no: this is plain text pretending to be a photo".getBytes())
                .post("/api/v1/images").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not an image"));
    }

    @Test
    void aPngSentAsJpegIs400NamingWhatItIs() {
        as(EDITOR).contentType("image/jpeg").body(TestImages.png(TestImages.photo(50, 50, SEEDS.nextLong())))
                .post("/api/v1/images").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("image/png"));
    }

    @Test
    void aTruncatedJpegIs400() {
        byte[] jpeg = TestImages.jpeg(TestImages.photo(800, 600, SEEDS.nextLong()));
        byte[] half = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        as(EDITOR).contentType("image/jpeg").body(half).post("/api/v1/images").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("damaged"));
    }

    @Test
    void aPngThatDecompressesTo50000By50000PixelsIsRefusedUndecoded() {
        byte[] bomb = TestImages.pngBomb(50_000);
        assertThat(bomb.length, lessThan(2 * 1024 * 1024));
        as(EDITOR).contentType("image/png").body(bomb).post("/api/v1/images").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("50000 × 50000"));
        // the server is still well: the next upload works
        uploaded(64, 64);
    }

    @Test
    void anUploadMayBeLargerThanOtherBodiesUpTo20MiB() {
        java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(1100, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random random = new Random(SEEDS.nextLong());
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        byte[] png = TestImages.png(noise);
        assertThat(png.length, greaterThan(2 * 1024 * 1024));
        assertThat(upload(png, "image/png").statusCode(), is(201));
        as(EDITOR).contentType("image/jpeg").body(new byte[20 * 1024 * 1024 + 1]).post("/api/v1/images").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownImageIs404() {
        given().get("/api/v1/images/{id}", "8a1f0c9e-1111-4d2b-9d61-2a6f4e0c9b77").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/images/{id}", "not-an-id").then().statusCode(404).contentType("application/problem+json");
    }
}
