package dev.lede.web;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class HttpCachingTest {
    static final RestAssuredConfig NO_DECODING = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @Test
    void aGetCarriesValidatorsAndAnsweringWithThemGives304WithoutBody() {
        Article a = Fixtures.published(Fixtures.unique("Caching"), List.of(), Instant.parse("2024-02-02T10:00:00Z"), Fixtures.unique("Cached"));
        var first = given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}\""))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .header("Vary", containsString("Accept-Encoding"))
                .extract();
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/articles/{slug}", a.slug).then()
                .statusCode(304).header("ETag", is(etag)).body(emptyString());
        given().header("If-None-Match", "\"other\", " + etag).get("/api/v1/articles/{slug}", a.slug).then().statusCode(304);
        given().header("If-Modified-Since", first.header("Last-Modified")).get("/api/v1/articles/{slug}", a.slug).then()
                .statusCode(304);
        given().header("If-None-Match", "\"stale\"").get("/api/v1/articles/{slug}", a.slug).then().statusCode(200);
        given().header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").get("/api/v1/articles/{slug}", a.slug).then().statusCode(200);
    }

    @Test
    void changingAnArticleChangesItsEtagAndTheListsEtag() {
        String section = Fixtures.unique("Changing");
        Article a = Fixtures.published(section, List.of(), Instant.parse("2024-02-03T10:00:00Z"), Fixtures.unique("Changing"));
        String before = given().get("/api/v1/articles/{slug}", a.slug).then().statusCode(200).extract().header("ETag");
        String listBefore = given().queryParam("section", Fixtures.slugOf(section)).get("/api/v1/articles").then().extract().header("ETag");

        Fixtures.update(a.id, article -> article.headline = "A corrected headline");

        given().header("If-None-Match", before).get("/api/v1/articles/{slug}", a.slug).then().statusCode(200)
                .header("ETag", not(before)).body("headline", is("A corrected headline"));
        given().header("If-None-Match", listBefore).queryParam("section", Fixtures.slugOf(section)).get("/api/v1/articles").then()
                .statusCode(200).header("ETag", not(listBefore));
    }

    @Test
    void listsHaveValidatorsToo() {
        String etag = given().get("/api/v1/sections").then().statusCode(200)
                .header("Last-Modified", notNullValue()).extract().header("ETag");
        assertThat(etag, notNullValue());
        given().header("If-None-Match", etag).get("/api/v1/sections").then().statusCode(304);
    }

    @Test
    void largeResponsesAreGzippedWhenTheClientAcceptsIt() {
        Article a = Fixtures.article(Fixtures.unique("Gzip"), List.of(), Instant.parse("2024-02-04T10:00:00Z"), Fixtures.unique("Big"),
                ArticleStatus.PUBLISHED, List.of(Block.paragraph("A long paragraph that repeats itself. ".repeat(100))));
        var plain = given().config(NO_DECODING).get("/api/v1/articles/{slug}", a.slug).then().statusCode(200)
                .header("Content-Encoding", nullValue()).extract();
        var zipped = given().config(NO_DECODING).header("Accept-Encoding", "gzip").get("/api/v1/articles/{slug}", a.slug).then()
                .statusCode(200).header("Content-Encoding", is("gzip")).header("Vary", containsString("Accept-Encoding")).extract();
        assertThat(zipped.asByteArray().length, lessThan(plain.asByteArray().length / 4));
        assertThat(zipped.header("ETag"), not(plain.header("ETag")));
        // the decoded body is the same JSON
        given().header("Accept-Encoding", "gzip").get("/api/v1/articles/{slug}", a.slug).then().body("slug", is(a.slug));
        given().header("If-None-Match", plain.header("ETag")).header("Accept-Encoding", "gzip")
                .get("/api/v1/articles/{slug}", a.slug).then().statusCode(304);
    }

    @Test
    void smallResponsesAreNotCompressed() {
        given().config(NO_DECODING).header("Accept-Encoding", "gzip").queryParam("fields", "slug")
                .queryParam("limit", 1).get("/api/v1/articles").then().statusCode(200)
                .header("Content-Encoding", nullValue());
    }
}
