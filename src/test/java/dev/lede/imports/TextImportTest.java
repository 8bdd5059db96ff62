package dev.lede.imports;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.lede.article.ArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scraped text as real sites give it: a headline with a full stop imports, a page of menus is refused. */
@QuarkusTest
class TextImportTest {

    private static final String TEXT = "text/plain; charset=utf-8";

    @Inject
    ArticleRepository articles;

    @Test
    void aHeadlineEndingInAFullStopIsTheArticlesHeadline() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String headline = "The dam at Kell " + id + " held. Then the river rose again.";
        String page = headline + "\n\nWater reached the top of the Kell dam on Thursday night, a metre above its"
                + " previous record, before falling back by morning.\n\nEngineers said the spillway had worked as"
                + " designed, but warned that a second storm was due at the weekend.\n";

        as(EDITOR).contentType(TEXT).body(page).post("/api/v1/imports").then()
                .statusCode(201).contentType("application/json")
                .body("outcome", is("created"), "article.headline", is(headline), "article.body", hasSize(2))
                .body("article.body[0].text", startsWith("Water reached the top of the Kell dam"));
    }

    @Test
    void aPhotoCaptionAndItsCreditLineComeBackAsAFigureAndStayAsAnImageBlock() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String page = "Kell " + id + " reopens its river path\n\nThe river path at Kell reopened on Friday after"
                + " three weeks of repairs to the flood wall.\n\nWalkers cross the new footbridge at Kell.\n\n"
                + "Photo: Ana Lopes/Valley Courier\n\nThe council said the wall had held back the highest water in"
                + " thirty years.\n";

        as(EDITOR).contentType(TEXT).body(page).queryParam("dryRun", "true").post("/api/v1/imports").then()
                .statusCode(200).contentType("application/json")
                .body("article.body.type", org.hamcrest.Matchers.contains("paragraph", "paragraph", "image"), "figures", hasSize(1), "figures[0].src", nullValue())
                .body("figures[0].caption", is("Walkers cross the new footbridge at Kell."))
                .body("figures[0].credit", is("Ana Lopes/Valley Courier"))
                // a text page does not say where its picture stood: the caption follows the text, with no image
                .body("article.body[2].picture.caption", is("Walkers cross the new footbridge at Kell."))
                .body("article.body[2].picture.credit", is("Ana Lopes/Valley Courier"), "article.body[2].picture.image", nullValue())
                .body("article.leadImage", nullValue());
    }

    @Test
    void aPageOfMenusIsA422ProblemThatSaysThereIsNoProse() {
        String menus = String.join("\n", "Skip to content", "Home", "World", "Business & Economy", "Science",
                "Sport", "Weather", "Podcasts", "Newsletters", "About Us", "Contact", "Privacy Policy");
        long before = QuarkusTransaction.requiringNew().call(() -> articles.count());

        as(EDITOR).contentType(TEXT).body(menus).post("/api/v1/imports").then()
                .statusCode(422).contentType("application/problem+json")
                .body("status", is(422), "detail", allOf(containsString("not an article"),
                        containsString("no paragraph of prose")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.count()), is(before));
    }

    @Test
    void aPlaceAloneOnALineIsStoredAsTheDateline() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String page = "Ferry " + id + " crews walk out over night shifts\n\nTartu, Estonia\n\nCrews on the island ferries"
                + " stopped work on Monday morning, leaving hundreds of commuters on the quay.\n\nThe union said talks"
                + " with the operator had broken down over the new night-shift rota.\n";

        String slug = as(EDITOR).contentType(TEXT).body(page).post("/api/v1/imports").then()
                .statusCode(201).body("article.dateline", is("Tartu, Estonia"), "article.body", hasSize(2))
                .extract().path("article.slug");
        as(EDITOR).get("/api/v1/articles/{slug}", slug).then().statusCode(200).body("dateline", is("Tartu, Estonia"));
    }
}
