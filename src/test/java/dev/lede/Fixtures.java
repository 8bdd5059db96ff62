package dev.lede;

import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Authors;
import dev.lede.article.Block;
import dev.lede.article.BodyChanged;
import dev.lede.taxonomy.Taxonomy;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data made through the application's own beans, each call in its own committed transaction. */
public final class Fixtures {
    /** Keys whose hashes %test.lede.security.keys holds. */
    public static final String READER = "test-reader-key";
    public static final String EDITOR = "test-editor-key";
    public static final String ADMIN = "test-admin-key";

    private Fixtures() {
    }

    /** A request sent with this API key. */
    public static io.restassured.specification.RequestSpecification as(String key) {
        return io.restassured.RestAssured.given().header("Authorization", "Bearer " + key);
    }

    /** A name no other test uses, so tests can filter down to their own rows. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Article published(String section, List<String> tags, Instant publishedAt, String headline) {
        return article(section, tags, publishedAt, headline, ArticleStatus.PUBLISHED,
                List.of(Block.paragraph("First paragraph of " + headline + "."), Block.heading("A subhead"),
                        Block.paragraph("Second paragraph, with a few more words in it.")));
    }

    public static Article article(String section, List<String> tags, Instant publishedAt, String headline,
                                  ArticleStatus status, List<Block> body) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ArticleRepository articles = Arc.container().instance(ArticleRepository.class).get();
            Taxonomy taxonomy = Arc.container().instance(Taxonomy.class).get();
            Article a = new Article();
            a.slug = articles.uniqueSlug(headline);
            a.section = taxonomy.section(section);
            a.headline = headline;
            a.body = new ArrayList<>(body);
            a.tags = new ArrayList<>(taxonomy.tags(tags));
            a.authors = new ArrayList<>(Arc.container().instance(Authors.class).get().named(List.of("Test Writer")));
            a.status = status;
            a.publishedAt = publishedAt;
            articles.persistAndFlush(a);
            Arc.container().beanManager().getEvent().select(BodyChanged.class).fire(new BodyChanged(a));
            return a;
        });
    }

    public static void update(UUID id, java.util.function.Consumer<Article> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Article a = Arc.container().instance(ArticleRepository.class).get().findById(id);
            change.accept(a);
        });
    }

    public static String slugOf(String name) {
        return dev.lede.common.Slugs.of(name);
    }
}
