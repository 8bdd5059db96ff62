package dev.lede.taxonomy;

import dev.lede.Fixtures;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class TermResourceTest {

    @Test
    void aSectionCountsItsPublishedArticlesOnly() {
        String section = Fixtures.unique("Counted");
        Fixtures.published(section, List.of(), Instant.parse("2024-04-01T00:00:00Z"), "Counted one");
        Fixtures.published(section, List.of(), Instant.parse("2024-04-03T00:00:00Z"), "Counted two");
        Fixtures.article(section, List.of(), null, "Counted draft", ArticleStatus.DRAFT, List.of(Block.paragraph("x")));
        String slug = Fixtures.slugOf(section);
        given().get("/api/v1/sections/{slug}", slug).then().statusCode(200)
                .body("slug", is(slug), "name", is(section), "articleCount", is(2),
                        "latestPublishedAt", is("2024-04-03T00:00:00Z"),
                        "links.articles", is("/api/v1/articles?section=" + slug));
    }

    @Test
    void sectionsAndTagsOfDraftsAndScheduledArticlesOnlyAreNotPublic() {
        String section = Fixtures.unique("Coming soon");
        String tag = Fixtures.unique("Embargoed");
        Fixtures.article(section, List.of(tag), null, "Secret draft", ArticleStatus.DRAFT, List.of(Block.paragraph("x")));
        Fixtures.article(section, List.of(tag), Instant.parse("2099-01-01T00:00:00Z"), "Secret schedule",
                ArticleStatus.SCHEDULED, List.of(Block.paragraph("x")));
        given().get("/api/v1/sections/{slug}", Fixtures.slugOf(section)).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/tags/{slug}", Fixtures.slugOf(tag)).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("limit", 100).get("/api/v1/sections").then().statusCode(200)
                .body("data.slug", not(hasItem(Fixtures.slugOf(section))), "data.articleCount", everyItem(greaterThan(0)));
        given().queryParam("limit", 100).get("/api/v1/tags").then().statusCode(200)
                .body("data.slug", not(hasItem(Fixtures.slugOf(tag))), "data.articleCount", everyItem(greaterThan(0)));
        for (String feed : new String[]{"rss", "atom", "json"}) { // a feed of it is as unknown as the section or tag itself
            given().get("/api/v1/feeds/{f}?section={s}", feed, Fixtures.slugOf(section)).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", is("No section with slug '" + Fixtures.slugOf(section) + "'"));
            given().get("/api/v1/feeds/{f}?tag={t}", feed, Fixtures.slugOf(tag)).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", is("No tag with slug '" + Fixtures.slugOf(tag) + "'"));
        }
    }

    @Test
    void tagsAreListedBySlugWithCountsAndPaged() {
        String tagA = "aaa " + Fixtures.unique("tag");
        String tagB = "aab " + Fixtures.unique("tag");
        Fixtures.published(Fixtures.unique("Tagging"), List.of(tagA, tagB), Instant.parse("2024-04-05T00:00:00Z"), "Tagged twice");
        Fixtures.published(Fixtures.unique("Tagging"), List.of(tagA), Instant.parse("2024-04-06T00:00:00Z"), "Tagged once");

        given().get("/api/v1/tags/{slug}", Fixtures.slugOf(tagA)).then().statusCode(200).body("articleCount", is(2));
        given().get("/api/v1/tags/{slug}", Fixtures.slugOf(tagB)).then().statusCode(200).body("articleCount", is(1));

        var first = given().queryParam("limit", 1).get("/api/v1/tags").then().statusCode(200)
                .body("data", hasSize(1), "page.hasMore", is(true)).extract();
        String cursor = first.path("page.nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/tags").then().statusCode(200)
                .body("data[0].slug", greaterThan((String) first.path("data[0].slug")));
    }

    @Test
    void unknownTermsAre404Problems() {
        given().get("/api/v1/sections/{slug}", "no-such-section").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-section"));
        given().get("/api/v1/tags/{slug}", "no-such-tag").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-tag"));
    }
}
