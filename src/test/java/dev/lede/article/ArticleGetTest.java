package dev.lede.article;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ArticleGetTest {

    @Test
    void anArticleIsFoundBySlugAndByIdWithTypedBodyBlocks() {
        String section = Fixtures.unique("Lookup");
        Article a = Fixtures.published(section, List.of("Lookup tag"), Instant.parse("2024-10-24T15:00:00Z"), Fixtures.unique("Looked up"));
        for (String key : List.of(a.slug, a.id.toString())) {
            given().get("/api/v1/articles/{key}", key).then().statusCode(200)
                    .contentType("application/json")
                    .body("id", is(a.id.toString()), "slug", is(a.slug), "headline", is(a.headline))
                    .body("section.slug", is(Fixtures.slugOf(section)), "section.name", is(section))
                    .body("body.type", contains("paragraph", "heading", "paragraph"))
                    .body("body[1].text", is("A subhead"))
                    .body("tags[0].slug", is("lookup-tag"), "authors[0].name", is("Test Writer"))
                    .body("status", is("PUBLISHED"), "publishedAt", is("2024-10-24T15:00:00Z"))
                    .body("standfirst", nullValue(), "whyWeWroteThis", nullValue())
                    .body("wordCount", greaterThan(10), "readingTimeMinutes", is(1))
                    .body("links.self", is("/api/v1/articles/" + a.slug))
                    .body("links.quotes", is("/api/v1/articles/" + a.slug + "/quotes"));
        }
    }

    @Test
    void wordCountAndReadingTimeFollowTheText() {
        String words = "word ".repeat(500).trim();
        Article a = Fixtures.article(Fixtures.unique("Long reads"), List.of(), Instant.parse("2024-01-01T00:00:00Z"),
                "Five hundred words and a headline", ArticleStatus.PUBLISHED, List.of(Block.paragraph(words)));
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200)
                .body("wordCount", is(506), "readingTimeMinutes", is(3));
    }

    @Test
    void sparseFieldsetOnOneArticle() {
        Article a = Fixtures.published(Fixtures.unique("Sparse one"), List.of(), Instant.parse("2024-01-01T00:00:00Z"), Fixtures.unique("Sparse single"));
        given().queryParam("fields", "headline,body").get("/api/v1/articles/{slug}", a.slug).then().statusCode(200)
                .body("size()", is(2), "headline", is(a.headline), "body", hasSize(3));
        given().queryParam("fields", "headline,secret").get("/api/v1/articles/{slug}", a.slug).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("fields"), "detail", containsString("secret"));
    }

    @Test
    void unknownSlugIsA404Problem() {
        given().get("/api/v1/articles/{slug}", "nope").then()
                .statusCode(404).contentType("application/problem+json")
                .body("status", is(404), "title", is("Not Found"), "detail", containsString("nope"),
                        "instance", is("/api/v1/articles/nope"), "type", is("about:blank"));
    }

    @Test
    void draftsAreNotFound() {
        Article draft = Fixtures.article(Fixtures.unique("Drafts"), List.of(), null, Fixtures.unique("Draft"),
                ArticleStatus.DRAFT, List.of(Block.paragraph("Unfinished.")));
        given().get("/api/v1/articles/{slug}", draft.slug).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/articles/{id}", draft.id).then().statusCode(404);
    }
}
