package dev.lede.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A neighbouring article: enough to show and follow a link to it. */
@Schema(name = "ArticleRef", description = "An article summary in a navigation: what a link to it needs")
public record ArticleRef(
        UUID id,
        @Schema(example = "kursk-region-braces-for-north-korean-troops") String slug,
        @Schema(example = "Kursk region braces for North Korean troops") String headline,
        ArticleViews.SectionRef section,
        @Schema(example = "2024-10-25T09:30:00Z") Instant publishedAt,
        ArticleViews.Links links) {
}
