package dev.lede.navigation;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.Block;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.lede.navigation.NavigationTestData.article;
import static dev.lede.navigation.NavigationTestData.somewhenOfItsOwn;
import static dev.lede.navigation.NavigationTestData.word;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class RelatedArticlesTest {
    @Inject
    EntityManager em;

    @Test
    void relatedArticlesAreScoredByWhatTheyShareAndSayWhat() {
        String section = Fixtures.unique("Related");
        String elsewhere = Fixtures.unique("Elsewhere");
        String harbour = Fixtures.unique("Harbour");
        String ferries = Fixtures.unique("Ferries");
        String speaker = "Ottilie Marchbanks" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String shared = word();
        Instant t = somewhenOfItsOwn();
        Article subject = article(section, List.of(harbour, ferries), t, word() + " " + shared + " " + word(),
                Block.paragraph("“The ferries will run all winter,” said " + speaker + ", the harbour master."));
        Article bothTags = article(elsewhere, List.of(ferries, harbour), t.minus(Duration.ofDays(3)), word() + " " + word());
        Article tagAndSection = article(section, List.of(harbour), t.minus(Duration.ofDays(2)), word() + " " + word());
        Article sameSpeaker = article(elsewhere, List.of(), t.plus(Duration.ofDays(1)), word() + " " + word(),
                Block.paragraph("“Nobody will be stranded,” said " + speaker + ", the harbour master."));
        Article olderSectionOnly = article(section, List.of(), t.minus(Duration.ofDays(5)), word() + " " + word());
        Article newerSectionOnly = article(section, List.of(), t.plus(Duration.ofDays(5)), word() + " " + word());
        Article sameWord = article(elsewhere, List.of(), t.plus(Duration.ofDays(400)), "The " + shared + " again");
        Article unrelated = article(elsewhere, List.of(), t.plus(Duration.ofDays(2)), word() + " " + word());
        // fresh statistics, as autovacuum may take them at any moment: in a small archive they count the
        // shared word among the common ones, which must not stop it relating two articles
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze article").executeUpdate());

        given().queryParam("limit", 20).get("/api/v1/articles/{slug}/navigation", subject.slug).then().statusCode(200)
                .body("related.slug", contains(bothTags.slug, tagAndSection.slug, sameSpeaker.slug,
                        newerSectionOnly.slug, olderSectionOnly.slug, sameWord.slug))
                .body("related.score", contains(6.0f, 4.0f, 2.0f, 1.0f, 1.0f, 0.5f))
                .body("related[0].reasons", contains(reason("tag", harbour, ferries).toArray()))
                .body("related[0].headline", is(bothTags.headline), "related[0].section.name", is(elsewhere))
                .body("related[0].publishedAt", is(bothTags.publishedAt.toString()))
                .body("related[0].links.navigation", is("/api/v1/articles/" + bothTags.slug + "/navigation"))
                .body("related[1].reasons.type", contains("tag", "section"))
                .body("related[1].reasons[1].items", contains(section))
                .body("related[2].reasons", contains(reason("speaker", speaker).toArray()))
                .body("related[5].reasons", contains(reason("text", shared).toArray()))
                .body("related.slug", not(hasItem(unrelated.slug)));

        given().queryParam("limit", 2).get("/api/v1/articles/{slug}/navigation", subject.slug).then().statusCode(200)
                .body("related.slug", contains(bothTags.slug, tagAndSection.slug));
        given().get("/api/v1/articles/{slug}/navigation", subject.slug).then().statusCode(200)
                .body("related", hasSize(5));
    }

    private static List<java.util.Map<String, Object>> reason(String type, String... items) {
        List<String> sorted = java.util.Arrays.stream(items).sorted().toList();
        return List.of(java.util.Map.of("type", type, "items", sorted));
    }
}
