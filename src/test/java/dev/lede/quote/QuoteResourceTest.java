package dev.lede.quote;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class QuoteResourceTest {
    String speaker;
    String speakerSlug;
    String section;
    Article older;
    Article newer;

    @BeforeEach
    void twoArticlesQuotingOnePerson() {
        // a surname of its own for each test: its hex digits as letters (digits as x made two tests' speakers one now and then)
        String id = UUID.randomUUID().toString().substring(0, 6).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c))).collect(java.util.stream.Collectors.joining());
        speaker = "Ottilie Quarrington" + id;
        speakerSlug = Fixtures.slugOf(speaker);
        section = Fixtures.unique("Quoted");
        older = Fixtures.article(section, List.of(), Instant.parse("2024-03-01T10:00:00Z"), Fixtures.unique("Harbour plans"),
                ArticleStatus.PUBLISHED, List.of(
                        Block.paragraph("The harbour will be dredged next spring, said port director " + speaker + "."),
                        Block.paragraph("“We have waited long enough for deeper water,” " + speaker + " said on Monday. “The fishing fleet cannot wait another winter.”")));
        newer = Fixtures.article(section, List.of(), Instant.parse("2024-03-05T10:00:00Z"), Fixtures.unique("Harbour opens"),
                ArticleStatus.PUBLISHED, List.of(
                        Block.heading("Opening day"),
                        Block.paragraph("“The water is finally deep enough for the ferries,” said " + speaker + ", the port director.")));
    }

    @Test
    void anArticlesQuotesComeInReadingOrderWithSpeakerAndOffsets() {
        given().get("/api/v1/articles/{slug}/quotes", older.slug).then().statusCode(200)
                .body("data.text", contains("We have waited long enough for deeper water,", "The fishing fleet cannot wait another winter."))
                .body("data.partial", contains(false, false))
                .body("data.speaker.name", everyItem(is(speaker)))
                .body("data[0].speaker.role", is("port director"))
                .body("data[0].cue", is("said"))
                .body("data[0].paragraph", is(1), "data[0].start", is(1), "data[0].end", is(45))
                .body("data[0].article.slug", is(older.slug))
                .body("page.hasMore", is(false));
        given().get("/api/v1/articles/{slug}", older.slug).then().statusCode(200)
                .body("quoteCount", is(2), "body[0].quotes", empty(), "body[1].quotes", hasSize(2))
                .body("body[1].quotes[0].start", is(1), "body[1].quotes[0].end", is(45));
        given().get("/api/v1/articles/{slug}/quotes", "no-such-article").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void quotesFilterBySpeakerNewestArticleFirst() {
        given().queryParam("speaker", speakerSlug).get("/api/v1/quotes").then().statusCode(200)
                .body("data.article.slug", contains(newer.slug, older.slug, older.slug))
                .body("data[0].text", is("The water is finally deep enough for the ferries,"));
        given().queryParam("section", Fixtures.slugOf(section)).queryParam("from", "2024-03-02").get("/api/v1/quotes").then()
                .body("data", hasSize(1));
        given().queryParam("article", older.id.toString()).get("/api/v1/quotes").then().body("data", hasSize(2));
        given().queryParam("speaker", speakerSlug).queryParam("q", "fishing fleet").get("/api/v1/quotes").then()
                .body("data.text", contains("The fishing fleet cannot wait another winter."));
        given().queryParam("speaker", speakerSlug).queryParam("q", "\"deep enough\"").get("/api/v1/quotes").then()
                .body("data", hasSize(1));
        given().queryParam("speaker", speakerSlug).queryParam("to", "2024-03-01").get("/api/v1/quotes").then()
                .body("data", hasSize(2));
    }

    @Test
    void quotesPageWithCursors() {
        var first = given().queryParam("speaker", speakerSlug).queryParam("limit", 2).get("/api/v1/quotes").then()
                .statusCode(200).body("data", hasSize(2), "page.hasMore", is(true)).header("Link", containsString("rel=\"next\"")).extract();
        given().queryParam("speaker", speakerSlug).queryParam("limit", 2).queryParam("cursor", (String) first.path("page.nextCursor"))
                .get("/api/v1/quotes").then().statusCode(200)
                .body("data.text", contains("The fishing fleet cannot wait another winter."), "page.hasMore", is(false));
    }

    @Test
    void oneQuoteAndItsErrors() {
        String id = given().queryParam("speaker", speakerSlug).get("/api/v1/quotes").then().extract().path("data[0].id");
        given().get("/api/v1/quotes/{id}", id).then().statusCode(200).header("ETag", notNullValue())
                .body("id", is(id), "speaker.slug", is(speakerSlug), "speaker.link", is("/api/v1/speakers/" + speakerSlug));
        given().get("/api/v1/quotes/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/quotes/{id}", "not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badQuoteQueriesAreProblems() {
        for (String[] bad : new String[][]{{"q", "!!!"}, {"q", "x".repeat(501)}, {"limit", "0"}, {"cursor", "nope"},
                {"speaker", "Not A Slug"}, {"from", "soon"}, {"colour", "red"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/quotes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is(bad[0]));
        }
    }

    @Test
    void quotesInDraftsAreNotPublic() {
        Article draft = Fixtures.article(section, List.of(), null, Fixtures.unique("Draft quotes"), ArticleStatus.DRAFT,
                List.of(Block.paragraph("“Not for publication yet,” said " + speaker + ".")));
        given().queryParam("article", draft.slug).get("/api/v1/quotes").then().statusCode(200).body("data", empty());
        given().queryParam("speaker", speakerSlug).get("/api/v1/quotes").then().body("data", hasSize(3));
    }

    @Test
    void speakersListWithCountsPrefixSearchAndDetail() {
        given().queryParam("q", speaker.substring(0, 5).toLowerCase()).get("/api/v1/speakers").then().statusCode(200)
                .body("data.slug", hasItem(speakerSlug));
        given().queryParam("q", speaker.split(" ")[1].substring(0, 4)).get("/api/v1/speakers").then().statusCode(200)
                .body("data.find { it.slug == '" + speakerSlug + "' }.quoteCount", is(3))
                .body("data.find { it.slug == '" + speakerSlug + "' }.lastQuotedAt", is("2024-03-05T10:00:00Z"));
        given().get("/api/v1/speakers/{slug}", speakerSlug).then().statusCode(200)
                .body("name", is(speaker), "role", is("port director"), "quoteCount", is(3))
                .body("latestQuotes", hasSize(3), "latestQuotes[0].article.slug", is(newer.slug))
                .body("links.quotes", is("/api/v1/quotes?speaker=" + speakerSlug));
        given().get("/api/v1/speakers/{slug}", "nobody-at-all").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("q", "%").get("/api/v1/speakers").then().statusCode(200);
    }

    @Test
    void speakersPageByName() {
        var first = given().queryParam("limit", 1).get("/api/v1/speakers").then().statusCode(200)
                .body("data", hasSize(1), "page.hasMore", is(true)).extract();
        given().queryParam("limit", 1).queryParam("cursor", (String) first.path("page.nextCursor")).get("/api/v1/speakers").then()
                .statusCode(200).body("data[0].name", greaterThanOrEqualTo((String) first.path("data[0].name")))
                .body("data[0].slug", not(equalTo((String) first.path("data[0].slug"))));
    }
}
