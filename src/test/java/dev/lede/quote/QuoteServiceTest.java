package dev.lede.quote;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class QuoteServiceTest {
    @Inject
    QuoteService quoteService;
    @Inject
    ArticleRepository articles;
    @Inject
    QuoteRepository quotes;

    @Test
    void reExtractionFollowsTheBodyAndKeepsEditorsCorrections() {
        Article a = Fixtures.article(Fixtures.unique("Corrections"), List.of(), Instant.parse("2024-07-01T00:00:00Z"), Fixtures.unique("Corrected"),
                ArticleStatus.PUBLISHED, List.of(
                        Block.paragraph("“The bridge will reopen in May,” said Imogen Flett, the city engineer."),
                        Block.paragraph("“Nobody will pay a toll,” she added.")));
        QuarkusTransaction.requiringNew().run(() -> {
            Quote first = quotes.allOf(a.id).get(0);
            first.speaker = quoteService.speaker("Imogen Flett-Ward", "chief city engineer");
            first.role = "chief city engineer";
            first.corrected = true;
            quotes.allOf(a.id).get(1).hidden = true;
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Article stored = articles.findById(a.id);
            List<Block> body = new ArrayList<>(stored.body);
            body.add(Block.paragraph("“We found no cracks at all,” Flett said."));
            stored.body = body;
            quoteService.replaceQuotes(stored);
        });

        given().get("/api/v1/articles/{slug}/quotes", a.slug).then().statusCode(200)
                .body("data.text", contains("The bridge will reopen in May,", "We found no cracks at all,"))
                .body("data[0].speaker.name", is("Imogen Flett-Ward"), "data[0].speaker.role", is("chief city engineer"))
                .body("data[1].speaker.name", is("Imogen Flett"), "data[1].paragraph", is(2));
    }
}
