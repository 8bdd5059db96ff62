package dev.lede.navigation;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static dev.lede.navigation.NavigationTestData.at;
import static dev.lede.navigation.NavigationTestData.somewhenOfItsOwn;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class NavigationResourceTest {
    static final Duration HOUR = Duration.ofHours(1);

    static ValidatableResponse navigation(Article a) {
        return given().get("/api/v1/articles/{slug}/navigation", a.slug).then().statusCode(200).contentType("application/json");
    }

    @Test
    void previousAndNextFollowPublicationTimeAcrossSections() {
        String world = Fixtures.unique("World");
        String sport = Fixtures.unique("Sport");
        Instant t = somewhenOfItsOwn();
        Article first = at(world, t);
        Article second = at(sport, t.plus(HOUR));
        Article third = at(world, t.plus(HOUR.multipliedBy(2)));

        navigation(second)
                .body("previous.slug", is(first.slug), "next.slug", is(third.slug))
                .body("previousInSection", nullValue(), "nextInSection", nullValue());
        navigation(first).body("next.slug", is(second.slug), "nextInSection.slug", is(third.slug));
        navigation(third)
                .body("previous.id", is(second.id.toString()), "previousInSection.slug", is(first.slug))
                .body("previous.headline", is(second.headline), "previous.publishedAt", is(second.publishedAt.toString()))
                .body("previous.section.slug", is(Fixtures.slugOf(sport)), "previous.section.name", is(sport))
                .body("previous.links.self", is("/api/v1/articles/" + second.slug))
                .body("previous.links.navigation", is("/api/v1/articles/" + second.slug + "/navigation"));
    }

    @Test
    void equalPublicationTimesAreOrderedById() {
        String section = Fixtures.unique("Ties");
        Instant t = somewhenOfItsOwn();
        Article before = at(section, t.minus(HOUR));
        List<Article> tied = Stream.of(at(section, t), at(section, t), at(section, t))
                .sorted(Comparator.comparing(a -> a.id.toString())).toList();
        Article after = at(section, t.plus(HOUR));

        navigation(tied.get(0)).body("previous.slug", is(before.slug), "next.slug", is(tied.get(1).slug));
        navigation(tied.get(1)).body("previous.slug", is(tied.get(0).slug), "next.slug", is(tied.get(2).slug))
                .body("previousInSection.slug", is(tied.get(0).slug), "nextInSection.slug", is(tied.get(2).slug));
        navigation(tied.get(2)).body("previous.slug", is(tied.get(1).slug), "next.slug", is(after.slug));
    }

    @Test
    void theFirstAndTheLastArticleHaveNoNeighbourOnTheirOpenSide() {
        Instant[] range = NavigationTestData.publishedRange();
        Article first = at(Fixtures.unique("Earliest"), range[0].minus(Duration.ofDays(1)));
        Article last = at(Fixtures.unique("Latest"), range[1].plus(Duration.ofDays(1)));

        navigation(first).body("previous", nullValue(), "previousInSection", nullValue(), "nextInSection", nullValue())
                .body("next", notNullValue());
        navigation(last).body("next", nullValue(), "nextInSection", nullValue(), "previous", notNullValue());
    }

    @Test
    void anUnpublishedOrDeletedArticleLeavesItsNeighboursAtOnce() {
        String section = Fixtures.unique("Vanishing");
        Instant t = somewhenOfItsOwn();
        Article a = at(section, t);
        Article b = at(section, t.plus(HOUR));
        Article c = at(section, t.plus(HOUR.multipliedBy(2)));
        navigation(a).body("next.slug", is(b.slug), "nextInSection.slug", is(b.slug));

        Fixtures.update(b.id, article -> article.status = ArticleStatus.DRAFT);
        navigation(a).body("next.slug", is(c.slug), "nextInSection.slug", is(c.slug), "related.slug", not(hasItem(b.slug)));
        navigation(c).body("previous.slug", is(a.slug));
        given().get("/api/v1/articles/{slug}/navigation", b.slug).then().statusCode(404).contentType("application/problem+json");

        NavigationTestData.delete(c);
        navigation(a).body("nextInSection", nullValue(), "related", empty());
    }

    @Test
    void unknownArticleIsA404Problem() {
        given().get("/api/v1/articles/{slug}/navigation", "no-such-article").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no-such-article"));
    }

    @Test
    void badLimitsAre400Problems() {
        Article a = at(Fixtures.unique("Limits"), somewhenOfItsOwn());
        for (String limit : List.of("0", "21", "five", "-1")) {
            given().queryParam("limit", limit).get("/api/v1/articles/{slug}/navigation", a.slug).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("limit"));
        }
        given().queryParam("limt", "3").get("/api/v1/articles/{slug}/navigation", a.slug).then().statusCode(400)
                .body("errors[0].field", is("limt"));
    }

    @Test
    void theArticleLinksToItsNeighbours() {
        String section = Fixtures.unique("Linked");
        Instant t = somewhenOfItsOwn();
        Article a = at(section, t);
        Article b = at(section, t.plus(HOUR));
        Article c = at(section, t.plus(HOUR.multipliedBy(2)));
        given().get("/api/v1/articles/{slug}", b.slug).then().statusCode(200)
                .header("Link", is("</api/v1/articles/" + a.slug + ">; rel=\"prev\", </api/v1/articles/" + c.slug + ">; rel=\"next\""))
                .body("$", hasKey("navigation")).body("navigation", nullValue());
    }

    @Test
    void includeNavigationEmbedsIt() {
        String section = Fixtures.unique("Embedded");
        Instant t = somewhenOfItsOwn();
        Article a = at(section, t);
        Article b = at(section, t.plus(HOUR));
        given().queryParam("include", "navigation").get("/api/v1/articles/{slug}", b.slug).then().statusCode(200)
                .body("slug", is(b.slug), "navigation.previous.slug", is(a.slug), "navigation.previousInSection.slug", is(a.slug))
                .body("navigation.related.slug", hasItem(a.slug), "navigation.related[0].reasons[0].type", is("section"));
        given().queryParam("include", "navigation").queryParam("fields", "slug,navigation").get("/api/v1/articles/{slug}", b.slug)
                .then().statusCode(200).body("size()", is(2), "navigation.previous.slug", is(a.slug));
        given().queryParam("include", "navigation,comments").get("/api/v1/articles/{slug}", b.slug).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("include"), "detail", containsString("comments"));
    }

    @Test
    void navigationIsCachedUntilAnyArticleChanges() {
        String section = Fixtures.unique("Cached navigation");
        Instant t = somewhenOfItsOwn();
        Article a = at(section, t);
        Article b = at(section, t.plus(HOUR));
        String etag = navigation(a).header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                .header("Cache-Control", containsString("public")).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/articles/{slug}/navigation", a.slug).then().statusCode(304);

        Fixtures.update(b.id, article -> article.headline = "A corrected neighbour");
        given().header("If-None-Match", etag).get("/api/v1/articles/{slug}/navigation", a.slug).then().statusCode(200)
                .header("ETag", not(etag)).body("next.headline", is("A corrected neighbour"));
    }
}
