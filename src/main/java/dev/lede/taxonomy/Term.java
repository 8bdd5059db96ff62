package dev.lede.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A section or a tag, with how many published articles it holds. */
@Schema(name = "Term", description = "A section or a tag with its published article count")
public record Term(@Schema(example = "news") String slug,
                   @Schema(example = "News") String name,
                   @Schema(description = "Published articles in it", example = "3") long articleCount,
                   @Schema(nullable = true,
                           description = "When its newest article was published; null when it has none",
                           example = "2024-10-24T15:00:00Z") Instant latestPublishedAt,
                   @Schema(description = "Its page on the newsroom's site (lede.public-url and lede.paths.section or "
                           + "lede.paths.tag)",
                           example = "https://news.example.com/news") String url,
                   TermLinks links) {

    @Schema(name = "TermLinks")
    public record TermLinks(@Schema(example = "/api/v1/sections/news") String self,
                            @Schema(example = "/api/v1/articles?section=news") String articles) {
    }

    static Term of(Object[] row, String kind, String filter, java.util.function.UnaryOperator<String> url) {
        String slug = (String) row[0];
        Instant latest = (Instant) row[3];
        return new Term(slug, (String) row[1], ((Number) row[2]).longValue(), latest, url.apply(slug),
                new TermLinks("/api/v1/" + kind + "/" + slug, "/api/v1/articles?" + filter + "=" + slug));
    }
}
