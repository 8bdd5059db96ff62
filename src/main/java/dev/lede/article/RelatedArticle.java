package dev.lede.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article related to another, with why (the navigation feature scores them). */
@Schema(name = "RelatedArticle", description = "A related article, its score and the reasons for it")
public record RelatedArticle(
        UUID id,
        @Schema(example = "kursk-region-braces-for-north-korean-troops") String slug,
        @Schema(example = "Kursk region braces for North Korean troops") String headline,
        ArticleViews.SectionRef section,
        @Schema(example = "2024-10-25T09:30:00Z") Instant publishedAt,
        ArticleViews.Links links,
        @Schema(description = "How related: 3 per shared tag, 2 per shared speaker, 1 for the same section, 0.5 per "
                + "shared significant word",
                example = "8.5") double score,
        @Schema(description = "What the articles share, strongest kind first") List<Reason> reasons) {

    @Schema(name = "RelatedReason", description = "One kind of thing two articles share, and which ones")
    public record Reason(@Schema(enumeration = {"tag", "speaker", "section", "text"}, example = "tag") String type,
                         @Schema(description = "The shared tags' or speakers' names, the section's name, or the shared "
                                 + "words as the article spells them",
                                 example = "[\"North Korea\", \"Russia\"]") List<String> items) {
    }
}
