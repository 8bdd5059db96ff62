package dev.lede.imports;

import dev.lede.article.ArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ImportResourceTest {
    static final String TEXT = "text/plain; charset=utf-8";

    @Inject
    ArticleRepository articles;

    static String seed() {
        try (InputStream in = ImportResourceTest.class.getResourceAsStream("/seed/000_7f78643c581e5c7b.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page no other test imports: a headline and paragraphs of its own. */
    static String uniquePage(String label) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return "Politics\n\n" + label + " story " + id + " reaches the assembly\n\n"
                + "The assembly debated the " + id + " bill for six hours on Tuesday before a narrow vote.\n\n"
                + "Supporters said the measure would cut waiting times; opponents called it rushed.\n";
    }

    @Test
    void theSeedPageImportsToItsExpectedArticleAndGetAgrees() {
        ExtractableResponse<Response> first = as(EDITOR).contentType(TEXT).body(seed()).post("/api/v1/imports").then()
                .statusCode(anyOf(is(201), is(200))).contentType("application/json")
                .body("article.headline", is("Why North Korea is sending troops to Russia – and how it risks an ‘escalation spiral’"))
                .body("article.section.name", is("News"))
                .body("article.whyWeWroteThis", startsWith("North Korea’s decision to send troops"))
                .body("article.body", hasSize(10))
                .body("article.body[5].type", is("heading"), "article.body[5].text", is("Why would North Korea do this?"))
                .body("article.body[0].text", endsWith("escalation in the war."))
                .body("article.body.text", everyItem(not(containsString("Previous Article"))))
                .body("warnings", not(empty()))
                .body("quotes.text", contains("very, very serious", "What exactly they’re doing is left to be seen,",
                        "We’re trying to gain better fidelity on it.", "Russia is paying a price",
                        "In return, it means that they have to deliver innovation."))
                .body("quotes.partial", contains(true, false, false, true, false))
                .body("quotes.speaker.name", contains("Lloyd Austin", "Lloyd Austin", "Lloyd Austin", "Mark Rutte", "Mark Rutte"))
                .body("quotes.speaker.role", contains("U.S. Secretary of Defense", "U.S. Secretary of Defense",
                        "U.S. Secretary of Defense", "NATO Secretary-General", "NATO Secretary-General"))
                .body("article.quoteCount", is(5), "article.body[0].quotes[0].id", notNullValue())
                .extract();
        given().get("/api/v1/articles/{slug}/quotes", (String) first.path("article.slug")).then().statusCode(200)
                .body("data.text", is(first.<List<String>>path("quotes.text")))
                .body("data.id", is(first.<List<String>>path("quotes.id")));
        String slug = first.path("article.slug");
        var again = as(EDITOR).contentType(TEXT).body(seed()).post("/api/v1/imports").then().statusCode(200)
                .body("outcome", is("unchanged"), "article.id", is((String) first.path("article.id"))).extract();
        Map<String, Object> stored = given().get("/api/v1/articles/{slug}", slug).then().statusCode(200).extract().path("");
        assertThat(stored, is(again.<Map<String, Object>>path("article")));
    }

    @Test
    void aNewPageIsCreatedWithLocationAndPublished() {
        String page = uniquePage("Created");
        var created = as(EDITOR).contentType(TEXT).body(page).queryParam("tags", "Assembly,Votes").post("/api/v1/imports").then()
                .statusCode(201).header("Location", containsString("/api/v1/articles/created-story-"))
                .body("outcome", is("created"), "article.status", is("PUBLISHED"), "article.section.slug", is("politics"),
                        "article.tags.slug", contains("assembly", "votes"), "article.body", hasSize(2))
                .extract();
        given().get(created.header("Location")).then().statusCode(200).body("id", is((String) created.path("article.id")));
    }

    @Test
    void concurrentImportsOfOnePageStoreOneArticle() throws Exception {
        String page = uniquePage("Raced");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> as(EDITOR).contentType(TEXT).body(page).post("/api/v1/imports").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 201).count(), is(1L));
        assertThat(statuses.stream().filter(s -> s == 200).count(), is(7L));
        String headline = page.split("\n\n")[1];
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.count("headline", headline)), is(1L));
    }

    @Test
    void concurrentImportsNamingTheSameNewSectionAndTagAllSucceed() throws Exception {
        String term = "Race " + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String page = uniquePage("Section race " + i);
            calls.add(() -> as(EDITOR).contentType(TEXT).body(page).queryParam("section", term).queryParam("tags", term)
                    .post("/api/v1/imports").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses, everyItem(is(201)));
        String slug = term.toLowerCase().replace(' ', '-');
        given().get("/api/v1/sections/{slug}", slug).then().statusCode(200).body("articleCount", is(8));
        given().get("/api/v1/tags/{slug}", slug).then().statusCode(200).body("articleCount", is(8));
    }

    @Test
    void aDryRunParsesButStoresNothing() {
        String page = uniquePage("Dry");
        String headline = page.split("\n\n")[1];
        as(EDITOR).contentType(TEXT).body(page).queryParam("dryRun", "true").post("/api/v1/imports").then().statusCode(200)
                .body("outcome", is("parsed"), "article.id", nullValue(), "article.headline", is(headline))
                .body("quotes", empty());
        as(EDITOR).contentType(TEXT).body(seed()).queryParam("dryRun", "true").post("/api/v1/imports").then().statusCode(200)
                .body("outcome", is("parsed"), "quotes", hasSize(5), "quotes[0].id", nullValue(),
                        "quotes[0].speaker.slug", is("lloyd-austin"), "article.body[0].quotes[0].start", is(155));
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.count("headline", headline)), is(0L));
    }

    @Test
    void optionsOverrideWhatThePageSays() {
        as(EDITOR).contentType(TEXT).body(uniquePage("Overridden")).queryParam("section", "World")
                .queryParam("publishedAt", "2023-05-06T07:08:09Z").queryParam("publish", "false")
                .post("/api/v1/imports").then().statusCode(201)
                .body("article.section.name", is("World"), "article.publishedAt", is("2023-05-06T07:08:09Z"),
                        "article.status", is("DRAFT"));
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> articles.count());
        as(EDITOR).contentType(TEXT).body("").post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("empty"));
        as(EDITOR).contentType(TEXT).body(new byte[]{'N', 'e', 'w', 's', (byte) 0xC3, (byte) 0x28, 'x'}).post("/api/v1/imports").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
        as(EDITOR).contentType("application/json").body("{\"headline\":\"x\"}").post("/api/v1/imports").then().statusCode(415)
                .contentType("application/problem+json").body("status", is(415));
        as(EDITOR).contentType("text/plain; charset=iso-8859-1").body("News").post("/api/v1/imports").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("UTF-8"));
        as(EDITOR).contentType(TEXT).body("x".repeat(2 * 1024 * 1024 + 1)).post("/api/v1/imports").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
        as(EDITOR).contentType(TEXT).body("Previous ArticleNext Article\n\nAdvertisement\n").post("/api/v1/imports").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", allOf(containsString("headline"), containsString("paragraph")));
        as(EDITOR).contentType(TEXT).body(uniquePage("Flagged")).queryParam("dryRun", "maybe").post("/api/v1/imports").then()
                .statusCode(400).body("errors[0].field", is("dryRun"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> articles.count()), is(before));
    }
}
