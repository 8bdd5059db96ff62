package dev.lede.article;

import dev.lede.article.ArticleViews.Links;
import dev.lede.article.ArticleViews.SectionRef;
import dev.lede.web.Rendered;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class NavigationLinksTest {
    static ArticleRef ref(String slug) {
        return new ArticleRef(UUID.randomUUID(), slug, slug, new SectionRef("news", "News"), Instant.EPOCH, Links.of(slug));
    }

    @Test
    void neighboursAreAddedAfterTheLinksAlreadyThere() {
        Navigation around = new Navigation(ref("older"), ref("newer"), null, null, List.of());
        Rendered rendered = Rendered.of("body", Instant.EPOCH).withHeader("Link", "</api/v1/elsewhere>; rel=\"alternate\"");
        assertEquals("</api/v1/elsewhere>; rel=\"alternate\", </api/v1/articles/older>; rel=\"prev\", </api/v1/articles/newer>; rel=\"next\"",
                around.linked(rendered).headers().get("Link"));
    }

    @Test
    void theLatestArticleLinksOnlyBack() {
        Navigation around = new Navigation(ref("older"), null, null, null, List.of());
        assertEquals("</api/v1/articles/older>; rel=\"prev\"", around.linked(Rendered.of("body", Instant.EPOCH)).headers().get("Link"));
    }

    @Test
    void anArticleWithoutNeighboursGetsNoLinkHeader() {
        Rendered rendered = Rendered.of("body", Instant.EPOCH);
        assertSame(rendered, new Navigation(null, null, null, null, List.of()).linked(rendered));
    }
}
