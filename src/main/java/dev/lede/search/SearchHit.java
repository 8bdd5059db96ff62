package dev.lede.search;

import dev.lede.article.ArticleSummary;
import dev.lede.quote.QuoteView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "SearchHit",
        description = "An article or a quote matching the query; the other of `article` and `quote` is null")
public record SearchHit(
        @Schema(enumeration = {"article", "quote"}, example = "article") String type,
        @Schema(description = "Relevance: higher is better; a match in a headline counts more than one in a "
                + "standfirst, more than one in the body",
                example = "0.3") BigDecimal score,
        @Schema(description = "Extract of the text around the matches, as HTML: matches in `<mark>`, everything else "
                + "escaped",
                example = "Russia has sent <mark>troops</mark> to the front …") String snippet,
        @Schema(nullable = true, description = "The matching article; null for a quote hit") ArticleSummary article,
        @Schema(nullable = true, description = "The matching quote; null for an article hit") QuoteView quote) {
}
