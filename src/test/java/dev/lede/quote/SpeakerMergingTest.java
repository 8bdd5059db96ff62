package dev.lede.quote;

import dev.lede.Fixtures;
import dev.lede.sync.Feed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SpeakerMergingTest {
    private static final Random RANDOM = new Random();

    /** A surname no other test uses, that reads as one: "Varquelt". */
    static String surname() {
        StringBuilder b = new StringBuilder("Var");
        for (int i = 0; i < 5; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    static String publish(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append(body.isEmpty() ? "" : ",").append("{\"type\":\"paragraph\",\"text\":\"").append(p.replace("\"", "\\\"")).append("\"}");
        }
        String json = "{\"headline\":\"%s\",\"section\":\"Speakers desk\",\"status\":\"published\",\"body\":[%s]}"
                .formatted(Fixtures.unique("Speakers"), body);
        return as(EDITOR).contentType("application/json").body(json).post("/api/v1/articles").then().statusCode(201).extract().path("slug");
    }

    static JsonPath quotesOf(String article) {
        return given().get("/api/v1/articles/{s}/quotes", article).then().statusCode(200).extract().jsonPath();
    }

    /** The ETag of the speaker's GET in identity coding, as a 412 names it (the gzip one adds "-gz"). */
    static String etag(String speaker) {
        return given().get("/api/v1/speakers/{s}", speaker).then().statusCode(200).extract().header("ETag").replace("-gz\"", "\"");
    }

    @Test
    void theSamePersonNamedThreeWaysInThreeArticlesIsOneSpeaker() {
        String name = surname();
        String first = publish("“We will not be deterred,” said Defense Secretary Lloyd " + name + ".");
        String second = publish("“The alliance is united,” Secretary " + name + " said on Tuesday.");
        String third = publish("Defense Secretary Lloyd J. " + name + " III told reporters the talks were “productive and frank.”");
        String slug = quotesOf(first).getString("data[0].speaker.slug");
        for (String article : List.of(second, third)) {
            given().get("/api/v1/articles/{s}/quotes", article).then().statusCode(200)
                    .body("data[0].speaker.slug", is(slug), "data[0].speaker.type", is("person"));
        }
        given().queryParam("q", name.toLowerCase()).get("/api/v1/speakers").then().statusCode(200)
                .body("data", hasSize(1), "data[0].slug", is(slug), "data[0].quoteCount", is(3),
                        "data[0].name", is("Lloyd J. " + name + " III"), "data[0].type", is("person"));
    }

    @Test
    void twoPeopleSharingASurnameInOneArticleStayTwo() {
        String name = surname();
        String article = publish(
                "“Taxes will not rise this year,” said Mayor Paul " + name + ".",
                "His sister, council member Ellen " + name + ", called the budget “tight but honest.”",
                "“We will find the savings,” Ms. " + name + " said.");
        List<Map<String, Object>> speakers = quotesOf(article).getList("data.speaker");
        given().get("/api/v1/articles/{s}/quotes", article).then().statusCode(200)
                .body("data.speaker.name", contains("Paul " + name, "Ellen " + name, "Ellen " + name));
        given().queryParam("q", name.toLowerCase()).get("/api/v1/speakers").then().statusCode(200)
                .body("data.name", containsInAnyOrder("Paul " + name, "Ellen " + name));
        org.junit.jupiter.api.Assertions.assertEquals(3, speakers.size());
    }

    @Test
    void anEditorMergesSpeakersWithIfMatchAndLaterQuotesFollow() {
        String name = surname();
        String a = publish("“The port will reopen,” said harbour master Dana " + name + ".");
        String b = publish("“Ships are waiting,” said Dee " + name + "-Holt, the harbour master.");
        String target = quotesOf(a).getString("data[0].speaker.slug");
        String other = quotesOf(b).getString("data[0].speaker.slug");
        String movedQuote = quotesOf(b).getString("data[0].id");
        String merge = "{\"speakers\":[\"" + other + "\"]}";
        String since = Feed.tail();

        as(EDITOR).contentType("application/json").body(merge).post("/api/v1/speakers/{s}/merge", target).then().statusCode(428)
                .contentType("application/problem+json");
        String stale = etag(target);
        publish("“Cranes are back,” Dana " + name + " said.");
        as(EDITOR).header("If-Match", stale).contentType("application/json").body(merge).post("/api/v1/speakers/{s}/merge", target)
                .then().statusCode(412).contentType("application/problem+json").body("currentEtag", is(etag(target)));
        String merged = as(EDITOR).header("If-Match", etag(target)).contentType("application/json").body(merge)
                .post("/api/v1/speakers/{s}/merge", target).then().statusCode(200)
                .body("slug", is(target), "quoteCount", is(3)).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(merged, etag(target));
        given().redirects().follow(false).get("/api/v1/speakers/{s}", other).then().statusCode(301)
                .header("Location", endsWith("/api/v1/speakers/" + target));
        given().get("/api/v1/quotes/{id}", movedQuote).then().statusCode(200).body("speaker.slug", is(target));
        org.junit.jupiter.api.Assertions.assertTrue(Feed.after(since).stream()
                .anyMatch(e -> "quote".equals(e.get("entity")) && "updated".equals(e.get("type")) && movedQuote.equals(e.get("id"))));

        String later = publish("“No more delays,” said Dee " + name + "-Holt, the harbour master.");
        given().get("/api/v1/articles/{s}/quotes", later).then().body("data[0].speaker.slug", is(target));
    }

    @Test
    void mergesAndSplitsAreReadStrictlyAndIfMatchStarMatchesNothing() {
        String name = surname();
        String a = publish("“The bridge will hold,” said engineer Ruth " + name + ".");
        String b = publish("“The cables are new,” said Rudi " + name + "-Marsh, the engineer.");
        String target = quotesOf(a).getString("data[0].speaker.slug");
        String other = quotesOf(b).getString("data[0].speaker.slug");
        String quote = quotesOf(a).getString("data[0].id");
        String etag = etag(target);
        as(EDITOR).header("If-Match", "*").contentType("application/json").body("{\"speakers\":[\"" + other + "\"]}")
                .post("/api/v1/speakers/{s}/merge", target).then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match: *"));
        as(EDITOR).header("If-Match", "*").contentType("application/json").body("{\"quotes\":[\"" + quote + "\"],\"name\":\"Ann " + name + "\"}")
                .post("/api/v1/speakers/{s}/split", target).then().statusCode(428).contentType("application/problem+json");
        as(EDITOR).header("If-Match", etag).contentType("application/json").body("{\"speakers\":[\"" + other + "\"],\"speakers\":[]}")
                .post("/api/v1/speakers/{s}/merge", target).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("twice"));
        as(EDITOR).header("If-Match", etag).contentType("text/plain").body("{\"speakers\":[\"" + other + "\"]}")
                .post("/api/v1/speakers/{s}/merge", target).then().statusCode(415).contentType("application/problem+json");
        given().get("/api/v1/speakers/{s}", other).then().statusCode(200); // not merged away
        org.junit.jupiter.api.Assertions.assertEquals(etag, etag(target));
    }

    @Test
    void anEditorSplitsOffQuotesSomeoneElseSaidAndTheSplitOutlivesReExtraction() {
        String name = surname();
        String article = publish("“The school stays open,” said Paul " + name + ".", "“Teachers will be hired,” " + name + " said.");
        String slug = quotesOf(article).getString("data[0].speaker.slug");
        String second = quotesOf(article).getString("data[1].id");
        String split = "{\"quotes\":[\"" + second + "\"],\"name\":\"Ellen " + name + "\",\"role\":\"head teacher\"}";

        as(EDITOR).contentType("application/json").body(split).post("/api/v1/speakers/{s}/split", slug).then().statusCode(428);
        as(EDITOR).header("If-Match", "\"stale\"").contentType("application/json").body(split).post("/api/v1/speakers/{s}/split", slug)
                .then().statusCode(412).body("currentEtag", is(etag(slug)));
        String location = as(EDITOR).header("If-Match", etag(slug)).contentType("application/json").body(split)
                .post("/api/v1/speakers/{s}/split", slug).then().statusCode(201)
                .body("name", is("Ellen " + name), "quoteCount", is(1), "latestQuotes[0].speaker.role", is("head teacher"))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("latestQuotes[0].id", is(second));
        given().get("/api/v1/speakers/{s}", slug).then().statusCode(200).body("quoteCount", is(1));

        String articleEtag = given().get("/api/v1/articles/{s}", article).then().extract().header("ETag");
        as(EDITOR).header("If-Match", articleEtag).contentType("application/merge-patch+json").body("{\"standfirst\":\"Edited.\"}")
                .patch("/api/v1/articles/{s}", article).then().statusCode(200);
        given().get("/api/v1/articles/{s}/quotes", article).then()
                .body("data.speaker.name", contains("Paul " + name, "Ellen " + name));
    }

    @Test
    void badMergesAndSplitsAreProblemsAndChangeNothing() {
        String name = surname();
        String article = publish("“Rain is coming,” said forecaster Jo " + name + ".");
        String slug = quotesOf(article).getString("data[0].speaker.slug");
        String etag = etag(slug);
        as(EDITOR).header("If-Match", etag).contentType("application/json").body("{\"speakers\":[\"" + slug + "\"]}")
                .post("/api/v1/speakers/{s}/merge", slug).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("speakers"));
        as(EDITOR).header("If-Match", etag).contentType("application/json").body("{\"speakers\":[\"nobody-" + name.toLowerCase() + "\"]}")
                .post("/api/v1/speakers/{s}/merge", slug).then().statusCode(400).body("errors[0].field", is("speakers"));
        as(EDITOR).header("If-Match", etag).contentType("application/json").body("{\"speakers\":[]}")
                .post("/api/v1/speakers/{s}/merge", slug).then().statusCode(400);
        as(EDITOR).header("If-Match", etag).contentType("application/json")
                .body("{\"quotes\":[\"00000000-0000-0000-0000-000000000000\"],\"name\":\"Someone Else\"}")
                .post("/api/v1/speakers/{s}/split", slug).then().statusCode(400).body("errors[0].field", is("quotes"));
        as(EDITOR).header("If-Match", etag).contentType("application/json").body("{\"speakers\":[\"" + slug + "\"]}")
                .post("/api/v1/speakers/{s}/merge", "nobody-" + name.toLowerCase()).then().statusCode(404);
        given().contentType("application/json").body("{\"speakers\":[\"" + slug + "\"]}")
                .post("/api/v1/speakers/{s}/merge", slug).then().statusCode(401);
        org.junit.jupiter.api.Assertions.assertEquals(etag, etag(slug));
    }
}
