package dev.lede.site;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** Articles, sections and tags carry their address on the site (lede.public-url with the lede.paths patterns). */
@QuarkusTest
class CanonicalUrlsTest {
    static final String SITE = "http://localhost:8080";

    @Test
    void anArticleIsAtItsSectionYearMonthAndSlug() {
        String section = Fixtures.unique("Canon");
        String tag = Fixtures.unique("Canon tag");
        Article a = Fixtures.published(section, List.of(tag), Instant.parse("2024-03-05T23:30:00Z"), Fixtures.unique("Canonical"));
        String url = SITE + "/" + a.section.slug + "/2024/03/" + a.slug;
        given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200).body("url", is(url));
        given().get("/api/v1/articles?section={s}", a.section.slug).then().statusCode(200).body("data[0].url", is(url));
        given().get("/api/v1/sections/{s}", a.section.slug).then().statusCode(200).body("url", is(SITE + "/" + a.section.slug));
        given().get("/api/v1/tags/{t}", Fixtures.slugOf(tag)).then().statusCode(200).body("url", is(SITE + "/tags/" + Fixtures.slugOf(tag)));
    }

    @Test
    void aDraftHasNoAddressYet() {
        Article a = Fixtures.article(Fixtures.unique("Canon drafts"), List.of(), null, Fixtures.unique("Unpublished"),
                ArticleStatus.DRAFT, List.of(Block.paragraph("Not yet.")));
        as(EDITOR).get("/api/v1/articles/{slug}", a.slug).then().statusCode(200).body("url", nullValue());
    }

    @Test
    void anOldSlugRedirectsAndNamesTheCurrentAddress() {
        var created = as(EDITOR).contentType("application/json").body("""
                {"headline":"%s","section":"Canon moves","status":"published","body":[{"type":"paragraph","text":"Words."}]}"""
                .formatted(Fixtures.unique("First title"))).post("/api/v1/articles").then().statusCode(201).extract();
        String oldSlug = created.path("slug");
        var renamed = as(EDITOR).contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"headline\":\"" + Fixtures.unique("Second title") + "\"}").patch("/api/v1/articles/{s}", oldSlug)
                .then().statusCode(200).extract();
        given().redirects().follow(false).get("/api/v1/articles/{s}", oldSlug).then().statusCode(301)
                .header("Location", is("/api/v1/articles/" + renamed.path("slug")))
                .header("Link", is("<" + renamed.path("url") + ">; rel=\"canonical\""));
    }
}
