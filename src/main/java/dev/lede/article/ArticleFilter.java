package dev.lede.article;

import dev.lede.fulltext.SearchQuery;

import java.time.Instant;

/** The filters of the article list, already validated. */
public record ArticleFilter(String section, String tag, Instant from, Instant to, SearchQuery q) {
}
