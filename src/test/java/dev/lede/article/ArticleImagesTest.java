package dev.lede.article;

import dev.lede.Fixtures;
import dev.lede.image.ImageResourceTestAccess;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/** Articles with a lead image and image blocks: what they show of each image, and what they refuse. */
@QuarkusTest
class ArticleImagesTest {

    static String article(String headline, String lead, String blockImage) {
        return """
                {"headline":"%s","section":"Pictures desk","status":"published",
                 "leadImage":{"image":"%s","caption":"The lead, captioned for this story."},
                 "body":[{"type":"paragraph","text":"The river rose overnight."},
                         {"type":"image","picture":{"image":"%s","credit":"Own credit"}},
                         {"type":"paragraph","text":"Rescuers reached the village by boat."}]}""".formatted(headline, lead, blockImage);
    }

    @Test
    void anArticleShowsItsImagesWithRenditionsAndTheImagesOwnWordsWhereItHasNone() {
        String lead = ImageResourceTestAccess.uploadedWith(1600, 900, "The flooded valley", "The valley at dawn.", "Ana Lima");
        String inBody = ImageResourceTestAccess.uploadedWith(800, 600, "A boat", "Rescuers in a boat.", "Agency");
        String slug = as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Flood"), lead, inBody))
                .post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        given().get("/api/v1/articles/{slug}", slug).then().statusCode(200)
                .body("leadImage.image.id", is(lead), "leadImage.image.width", is(1600),
                        "leadImage.image.srcset", containsString(" 1600w"),
                        "leadImage.alt", is("The flooded valley"), "leadImage.caption", is("The lead, captioned for this story."),
                        "leadImage.credit", is("Ana Lima"))
                .body("body.type", contains("paragraph", "image", "paragraph"))
                .body("body[1].picture.image.id", is(inBody), "body[1].picture.image.srcset", containsString("w=960&v="),
                        "body[1].picture.image.srcset", endsWith(" 800w"),
                        "body[1].picture.caption", is("Rescuers in a boat."), "body[1].picture.credit", is("Own credit"),
                        "body[1].text", nullValue(), "body[0].picture", nullValue());
        given().get("/api/v1/articles?section={s}&limit=1", Fixtures.slugOf("Pictures desk")).then().statusCode(200)
                .body("data[0].leadImage.image.src", containsString("/api/v1/images/" + lead + "/render?w=1600&v="));
    }

    @Test
    void anImageEditShowsInTheArticlesThatUseIt() {
        String image = ImageResourceTestAccess.uploadedWith(640, 480, "Before", null, null);
        String slug = as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Edit"), image, image))
                .post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        given().get("/api/v1/articles/{slug}", slug).then().body("body[1].picture.alt", is("Before"));
        ImageResourceTestAccess.patch(image, "{\"alt\":\"After\"}");
        given().get("/api/v1/articles/{slug}", slug).then().statusCode(200).body("body[1].picture.alt", is("After"), "leadImage.alt", is("After"));
    }

    @Test
    void anUnknownImageIs400() {
        as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Ghost"), UUID.randomUUID().toString(), UUID.randomUUID().toString()))
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("image"));
    }

    @Test
    void anImageBlockNeedsAnImageAnAddressOrACaption() {
        String body = """
                {"headline":"%s","section":"Pictures desk","body":[{"type":"image","picture":{"alt":"Nothing else"}}]}""".formatted(Fixtures.unique("Empty"));
        as(EDITOR).contentType("application/json").body(body).post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("image"));
        String noText = """
                {"headline":"%s","section":"Pictures desk","body":[{"type":"paragraph"}]}""".formatted(Fixtures.unique("Blank"));
        as(EDITOR).contentType("application/json").body(noText).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", contains("text"));
    }

    @Test
    void aPatchKeepsTheImages() {
        String image = ImageResourceTestAccess.uploadedWith(320, 240, null, null, null);
        var created = as(EDITOR).contentType("application/json").body(article(Fixtures.unique("Keep"), image, image))
                .post("/api/v1/articles").then().statusCode(201).extract();
        as(EDITOR).contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"standfirst\":\"Now with a standfirst.\"}").patch("/api/v1/articles/{slug}", created.<String>path("slug"))
                .then().statusCode(200).body("leadImage.image.id", is(image), "body[1].picture.image.id", is(image),
                        "body[1].picture.credit", is("Own credit"));
    }
}
