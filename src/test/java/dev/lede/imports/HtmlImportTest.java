package dev.lede.imports;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** HTML pages through POST /imports: what the page declares, its figures, other languages, broken metadata. */
@QuarkusTest
class HtmlImportTest {
    static final String HTML = "text/html; charset=utf-8";

    /** Paragraphs no other test imports. */
    private static String story(String id) {
        return "<p>The council of " + id + " voted on Tuesday to rebuild the old bridge, after a debate of six hours.</p>"
                + "<p>Supporters said the bridge would cut the drive to the hospital by twenty minutes for most villages.</p>"
                + "<p>Opponents said the money should go to the schools first, and asked for a vote of all residents.</p>";
    }

    private static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void jsonLdMetadataBecomesTheArticle() {
        String id = id();
        String page = "<html lang=\"en\"><head><title>Bridge " + id + " | Courier</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Council " + id + " votes to rebuild the bridge\",\"datePublished\":\"2024-10-24T15:00:00Z\","
                + "\"articleSection\":\"Local\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><article><h1>Council " + id
                + " votes to rebuild the bridge</h1>" + story(id) + "</article><footer>© Courier</footer></body></html>";
        as(EDITOR).contentType(HTML).body(page).post("/api/v1/imports").then().statusCode(201)
                .contentType("application/json")
                .body("outcome", is("created"))
                .body("article.headline", is("Council " + id + " votes to rebuild the bridge"))
                .body("article.publishedAt", is("2024-10-24T15:00:00Z"))
                .body("article.section.name", is("Local"))
                .body("article.authors.name", contains("Jane Doe"))
                .body("article.lang", is("en"))
                .body("article.body", hasSize(3))
                .body("article.body.text", everyItem(not(containsString("Home"))));
        as(EDITOR).contentType(HTML).body(page).post("/api/v1/imports").then().statusCode(200).body("outcome", is("unchanged"));
    }

    @Test
    void openGraphStandsInForJsonLdAndTheFigureKeepsCaptionAndCredit() {
        String id = id();
        String page = "<html><head><meta property=\"og:title\" content=\"Bridge " + id + " plan approved\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-02T09:30:00Z\">"
                + "<meta property=\"article:section\" content=\"Transport\"></head><body><div class=\"story-body\">"
                + "<figure><img src=\"https://courier.example/" + id + ".jpg\" alt=\"The old bridge\">"
                + "<figcaption>The old bridge in 1950. <span class=\"credit\">Photo: Ana Lima</span></figcaption></figure>"
                + story(id) + "</div></body></html>";
        as(EDITOR).contentType(HTML).queryParam("dryRun", "true").body(page).post("/api/v1/imports").then().statusCode(200)
                .body("outcome", is("parsed"))
                .body("article.headline", is("Bridge " + id + " plan approved"))
                .body("article.publishedAt", is("2024-11-02T09:30:00Z"))
                .body("article.section.name", is("Transport"))
                .body("figures", hasSize(1))
                .body("figures[0].src", is("https://courier.example/" + id + ".jpg"))
                .body("figures[0].alt", is("The old bridge"))
                .body("figures[0].caption", is("The old bridge in 1950."))
                .body("figures[0].credit", is("Photo: Ana Lima"))
                .body("article.body.text", everyItem(not(containsString("1950"))));
    }

    @Test
    void figuresBecomeTheLeadImageAndImageBlocksWithCaptionAndCredit() {
        String id = id();
        String page = "<html><head><meta property=\"og:title\" content=\"Valley " + id + " floods\">"
                + "<meta property=\"og:image\" content=\"https://courier.example/lead-" + id + ".jpg\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-02T09:30:00Z\"></head><body><article>"
                + "<p>The river in " + id + " rose overnight and flooded the lower valley, the mayor said on Sunday morning.</p>"
                + "<figure><img src=\"https://courier.example/boat-" + id + ".jpg\" alt=\"A boat\">"
                + "<figcaption>Rescuers reach the village by boat. <span class=\"credit\">Photo: Ana Lima</span></figcaption></figure>"
                + story(id) + "</article></body></html>";
        var imported = as(EDITOR).contentType(HTML).body(page).post("/api/v1/imports").then().statusCode(201)
                .body("article.leadImage.sourceUrl", is("https://courier.example/lead-" + id + ".jpg"))
                .body("article.leadImage.image.sourceUrl", is("https://courier.example/lead-" + id + ".jpg"))
                .body("article.leadImage.image.srcset", nullValue())
                .body("article.body.type", contains("paragraph", "image", "paragraph", "paragraph", "paragraph"))
                .body("article.body[1].picture.sourceUrl", is("https://courier.example/boat-" + id + ".jpg"))
                .body("article.body[1].picture.alt", is("A boat"))
                .body("article.body[1].picture.caption", is("Rescuers reach the village by boat."))
                .body("article.body[1].picture.credit", is("Photo: Ana Lima"))
                .extract();
        // the image is known by its address; Lede has not fetched it, so there is nothing to render yet
        String image = imported.path("article.body[1].picture.image.id");
        given().get("/api/v1/images/{id}", image).then().statusCode(200)
                .body("sourceUrl", is("https://courier.example/boat-" + id + ".jpg"), "caption", is("Rescuers reach the village by boat."),
                        "width", nullValue(), "srcset", nullValue());
        given().get("/api/v1/images/{id}/render?w=320", image).then().statusCode(409).contentType("application/problem+json");
        // the stored article shows the same
        given().get("/api/v1/articles/{slug}", imported.<String>path("article.slug")).then().statusCode(200)
                .body("body[1].picture.image.id", is(image), "body[1].picture.credit", is("Photo: Ana Lima"));
    }

    @Test
    void aPageInRussianKeepsItsLanguageAndGetsATransliteratedSlug() {
        String id = id();
        String page = "<html lang=\"ru\"><head><meta charset=\"utf-8\"></head><body><article><h1>Совет " + id
                + " решил восстановить мост</h1><p>Совет проголосовал во вторник за восстановление старого моста после долгих споров.</p>"
                + "<p>Сторонники сказали, что мост сократит дорогу до больницы на двадцать минут.</p></article></body></html>";
        as(EDITOR).contentType(HTML).body(page).post("/api/v1/imports").then().statusCode(201)
                .body("article.lang", is("ru"))
                .body("article.headline", is("Совет " + id + " решил восстановить мост"))
                .body("article.slug", is("sovet-" + id + "-resil-vosstanovit-most"))
                .body("article.body[1].text", is("Сторонники сказали, что мост сократит дорогу до больницы на двадцать минут."))
                .body("quotes", empty());
    }

    @Test
    void aBrokenJsonLdBlockDoesNotFailTheImport() {
        String id = id();
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<title>Bridge " + id + " vote</title></head><body><article><h1>Bridge " + id + " vote</h1>"
                + story(id) + "</article></body></html>";
        as(EDITOR).contentType(HTML).queryParam("dryRun", "true").body(page).post("/api/v1/imports").then().statusCode(200)
                .body("article.headline", is("Bridge " + id + " vote"))
                .body("article.body", hasSize(3))
                .body("warnings", hasItem("Ignored a JSON-LD block that is not valid JSON"));
    }

    @Test
    void htmlInAnotherCharsetIsReadInIt() {
        String id = id();
        byte[] page = ("<html><head><title>Café " + id + " reopens</title></head><body><article><h1>Café " + id
                + " reopens</h1><p>The café on the square reopened on Monday, with crème brûlée on the menu again.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        as(EDITOR).contentType("text/html; charset=iso-8859-1").queryParam("dryRun", "true").body(page)
                .post("/api/v1/imports").then().statusCode(200)
                .body("article.headline", is("Café " + id + " reopens"))
                .body("article.body[0].text", containsString("crème brûlée"));
    }

    @Test
    void otherMediaTypesAndUnknownCharsetsAre415Problems() {
        as(EDITOR).contentType("application/pdf").body(new byte[] {37, 80, 68, 70}).post("/api/v1/imports").then()
                .statusCode(415).contentType("application/problem+json").body("status", is(415));
        as(EDITOR).contentType("text/html; charset=x-no-such-charset").body("<p>Hello</p>".getBytes(StandardCharsets.US_ASCII)).post("/api/v1/imports").then()
                .statusCode(415).contentType("application/problem+json").body("detail", containsString("x-no-such-charset"));
    }

    @Test
    void aPageWithoutProseIsA422Problem() {
        String page = "<html><head><title>Courier</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<ul class=\"menu\"><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li></ul>"
                + "<footer><a href=\"/terms\">Terms</a></footer></body></html>";
        as(EDITOR).contentType(HTML).body(page).post("/api/v1/imports").then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", is(422), "detail", containsString("no paragraph"));
        given().get("/api/v1/articles/courier").then().statusCode(404);
    }
}
