package dev.lede.article;

import dev.lede.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ArticleListTest {
    static final Instant BASE = Instant.parse("2024-03-01T12:00:00Z");

    @Test
    void listsPublishedArticlesNewestFirstAndPagesThroughAllOfThemWithCursors() {
        String section = Fixtures.unique("Paging");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // pairs share a timestamp, so the id must break ties
            Instant at = BASE.plus(i / 2, ChronoUnit.HOURS);
            expected.add(Fixtures.published(section, List.of(), at, "Paging story " + i).slug);
        }
        Fixtures.article(section, List.of(), BASE.plus(99, ChronoUnit.DAYS), "A draft in the paging section",
                ArticleStatus.DRAFT, List.of(Block.paragraph("Not yet.")));

        List<String> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("section", Fixtures.slugOf(section)).queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/articles").then().statusCode(200).extract().response();
            seen.addAll(page.path("data.slug"));
            page.<List<String>>path("data.publishedAt").forEach(t -> times.add(Instant.parse(t)));
            cursor = page.path("page.nextCursor");
            boolean hasMore = page.path("page.hasMore");
            assertThat(hasMore, is(cursor != null));
            if (hasMore) {
                assertThat(page.header("Link"), allOf(containsString("rel=\"next\""), containsString("cursor=" + cursor)));
            } else {
                assertThat(page.header("Link"), nullValue());
            }
            pages++;
        } while (cursor != null);

        assertThat(pages, is(3));
        assertThat(seen, hasSize(25));
        assertThat(seen, containsInAnyOrder(expected.toArray()));
        List<Instant> newestFirst = new ArrayList<>(times);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertThat(times, is(newestFirst));
        assertThat(seen.get(0), is(oneOf(expected.get(24), expected.get(23))));
    }

    @Test
    void followingTheLinkHeaderGivesTheNextPage() {
        String section = Fixtures.unique("Linking");
        for (int i = 0; i < 3; i++) {
            Fixtures.published(section, List.of(), BASE.plus(i, ChronoUnit.DAYS), "Linked story " + i);
        }
        String link = given().queryParam("section", Fixtures.slugOf(section)).queryParam("limit", 2)
                .get("/api/v1/articles").then().statusCode(200).extract().header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("data", hasSize(1), "data[0].headline", is("Linked story 0"), "page.hasMore", is(false));
    }

    @Test
    void filtersBySectionTagAndDates() {
        String section = Fixtures.unique("Filters");
        String tag = Fixtures.unique("Filter tag");
        Fixtures.published(section, List.of(tag), Instant.parse("2024-05-01T10:00:00Z"), "May tagged");
        Fixtures.published(section, List.of(), Instant.parse("2024-05-20T23:30:00Z"), "Late May untagged");
        Fixtures.published(section, List.of(tag), Instant.parse("2024-06-02T08:00:00Z"), "June tagged");
        Fixtures.published(Fixtures.unique("Elsewhere"), List.of(tag), Instant.parse("2024-05-02T10:00:00Z"), "Other section tagged");
        String s = Fixtures.slugOf(section);

        given().queryParam("section", s).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("June tagged", "Late May untagged", "May tagged"))
                .body("data.section.slug", everyItem(is(s)));
        given().queryParam("tag", Fixtures.slugOf(tag)).get("/api/v1/articles").then().statusCode(200)
                .body("data.headline", contains("June tagged", "Other section tagged", "May tagged"));
        given().queryParam("section", s).queryParam("tag", Fixtures.slugOf(tag)).get("/api/v1/articles").then()
                .body("data.headline", contains("June tagged", "May tagged"));
        // "to" is a whole day, inclusive
        given().queryParam("section", s).queryParam("from", "2024-05-02").queryParam("to", "2024-05-20")
                .get("/api/v1/articles").then().body("data.headline", contains("Late May untagged"));
        given().queryParam("section", s).queryParam("from", "2024-06-02T08:00:00Z")
                .get("/api/v1/articles").then().body("data.headline", contains("June tagged"));
        given().queryParam("section", "no-such-section").get("/api/v1/articles").then().statusCode(200)
                .body("data", empty(), "page.hasMore", is(false), "page.nextCursor", nullValue());
    }

    @Test
    void sparseFieldsetsReturnOnlyTheFieldsAskedFor() {
        String section = Fixtures.unique("Fields");
        Fixtures.published(section, List.of("Sparse"), BASE, "Sparse story");
        given().queryParam("section", Fixtures.slugOf(section)).queryParam("fields", "slug,headline")
                .get("/api/v1/articles").then().statusCode(200)
                .body("data[0].size()", is(2), "data[0].headline", is("Sparse story"), "data[0].slug", is("sparse-story"))
                .body("page.limit", is(20));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertBadParameter("limit", "0");
        assertBadParameter("limit", "101");
        assertBadParameter("limit", "ten");
        assertBadParameter("cursor", "not-a-cursor");
        assertBadParameter("from", "yesterday");
        assertBadParameter("to", "2024-13-45");
        assertBadParameter("fields", "slug,password");
        assertBadParameter("section", "Not A Slug!");
        assertBadParameter("sectoin", "news");
    }

    private static void assertBadParameter(String name, String value) {
        given().queryParam(name, value).get("/api/v1/articles").then()
                .statusCode(400).contentType("application/problem+json")
                .body("status", is(400), "title", is("Bad Request"), "instance", is("/api/v1/articles"),
                        "detail", containsString(name), "errors[0].field", is(name))
                .body(not(containsString("Exception")));
    }
}
