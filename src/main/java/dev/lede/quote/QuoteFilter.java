package dev.lede.quote;

import dev.lede.fulltext.SearchQuery;

import java.time.Instant;

/** The filters of the quote list, already validated; nulls mean "any". */
public record QuoteFilter(String speaker, String article, String section, Instant from, Instant to, SearchQuery q) {
    public static QuoteFilter bySpeaker(String slug) {
        return new QuoteFilter(slug, null, null, null, null, null);
    }
}
