package dev.lede.article;

import dev.lede.web.Rendered;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/** Where a reader can go from an article. */
@Schema(name = "Navigation",
        description = "Previous and next articles by publication time (overall and in the article's section), "
        + "and related articles with the reasons they are related")
public record Navigation(
        @Schema(nullable = true,
                description = "The published article just before this one (by publishedAt, then id); null for the "
                + "first") ArticleRef previous,
        @Schema(nullable = true, description = "The published article just after this one; null for the latest")
                ArticleRef next,
        @Schema(nullable = true,
                description = "The article just before this one in its section; null for the section's first")
                ArticleRef previousInSection,
        @Schema(nullable = true,
                description = "The article just after this one in its section; null for the section's latest")
                ArticleRef nextInSection,
        @Schema(description = "Related articles, most related first (by score, then newest first)")
                List<RelatedArticle> related) {
    private static final String LINK = "Link";

    /** Adds RFC 8288 {@code rel="prev"} and {@code rel="next"} links to the article's own, after any it has already. */
    public Rendered linked(Rendered rendered) {
        List<String> links = new ArrayList<>();
        if (rendered.headers().containsKey(LINK)) {
            links.add(rendered.headers().get(LINK));
        }
        if (previous != null) {
            links.add("<" + previous.links().self() + ">; rel=\"prev\"");
        }
        if (next != null) {
            links.add("<" + next.links().self() + ">; rel=\"next\"");
        }
        return links.isEmpty() ? rendered : rendered.withHeader(LINK, String.join(", ", links));
    }

    public Navigation withRelated(List<RelatedArticle> related) {
        return new Navigation(previous, next, previousInSection, nextInSection, related);
    }
}
