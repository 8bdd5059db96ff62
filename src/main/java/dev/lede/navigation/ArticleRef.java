package dev.lede.navigation;

import dev.lede.article.ArticleViews.Links;
import dev.lede.article.ArticleViews.SectionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A neighbouring article: enough to show and follow a link to it. */
@Schema(name = "ArticleRef", description = "An article summary in a navigation: what a link to it needs")
public record ArticleRef(
        UUID id,
        @Schema(example = "kursk-region-braces-for-north-korean-troops") String slug,
        @Schema(example = "Kursk region braces for North Korean troops") String headline,
        SectionRef section,
        @Schema(example = "2024-10-25T09:30:00Z") Instant publishedAt,
        Links links) {

    /** From the columns id, slug, headline, section slug, section name, published at, starting at {@code from}. */
    static ArticleRef of(Object[] row, int from) {
        String slug = (String) row[from + 1];
        return new ArticleRef((UUID) row[from], slug, (String) row[from + 2], new SectionRef((String) row[from + 3], (String) row[from + 4]),
                (Instant) row[from + 5], Links.of(slug));
    }
}
