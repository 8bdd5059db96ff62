package dev.lede.navigation;

import dev.lede.Fixtures;
import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Articles for navigation tests: in a time span of their own, with words and names no other test uses. */
final class NavigationTestData {
    private NavigationTestData() {
    }

    /** A random hour between the years 2600 and 2900, far from other tests' articles. */
    static Instant somewhenOfItsOwn() {
        long hours = ThreadLocalRandom.current().nextLong(300L * 365 * 24);
        return Instant.parse("2600-01-01T00:00:00Z").plus(Duration.ofHours(hours));
    }

    /** A made-up lowercase word, the same after English stemming. */
    static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            w.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return w.toString();
    }

    static Article at(String section, Instant publishedAt) {
        return article(section, List.of(), publishedAt, word() + " " + word());
    }

    static Article article(String section, List<String> tags, Instant publishedAt, String headline, Block... body) {
        List<Block> blocks = body.length == 0 ? List.of(Block.paragraph("Nothing much to report.")) : List.of(body);
        return Fixtures.article(section, tags, publishedAt, headline, ArticleStatus.PUBLISHED, blocks);
    }

    /** The first and last publication times so far, to place articles before or after all others. */
    static Instant[] publishedRange() {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Arc.container().instance(ArticleRepository.class).get().getEntityManager();
            Object[] range = em.createQuery("select min(a.publishedAt), max(a.publishedAt) from Article a", Object[].class).getSingleResult();
            return new Instant[]{(Instant) range[0], (Instant) range[1]};
        });
    }

    static void delete(Article article) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(ArticleRepository.class).get().deleteById(article.id));
    }
}
