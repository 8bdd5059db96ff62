package dev.lede.image;

import java.util.Random;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;

/** Images for tests of other features: uploaded, described. */
public final class ImageResourceTestAccess {
    private static final Random SEEDS = new Random();

    private ImageResourceTestAccess() {
    }

    /** A new JPEG of this size with these words (null: none), uploaded: its id. */
    public static String uploadedWith(int width, int height, String alt, String caption, String credit) {
        String id = ImageResourceTest.upload(TestImages.jpeg(TestImages.photo(width, height, SEEDS.nextLong())), "image/jpeg").path("id");
        StringBuilder patch = new StringBuilder("{");
        append(patch, "alt", alt);
        append(patch, "caption", caption);
        append(patch, "credit", credit);
        if (patch.length() > 1) {
            patch(id, patch.append("}").toString());
        }
        return id;
    }

    public static void patch(String id, String patch) {
        String etag = ImageEditingTest.etag(id);
        as(EDITOR).contentType(ImageResourceTest.PATCH).header("If-Match", etag).body(patch).patch("/api/v1/images/{id}", id)
                .then().statusCode(200);
    }

    private static void append(StringBuilder patch, String name, String value) {
        if (value != null) {
            patch.append(patch.length() > 1 ? "," : "").append('"').append(name).append("\":\"").append(value).append('"');
        }
    }
}
