package dev.lede.fulltext;

import dev.lede.problem.ApiException;
import jakarta.persistence.EntityManager;

/**
 * A full-text query in web-search syntax ({@code "exact phrase"}, {@code or}, {@code -exclude}),
 * checked before use. It reaches PostgreSQL only as a bound parameter of
 * {@code websearch_to_tsquery('english', …)}, the one matching rule of search, article and quote lists.
 */
public record SearchQuery(String text) {
    public static final int MAX_LENGTH = 500;
    /** The tsquery of parameter {@code :q}. */
    public static final String TSQUERY = "websearch_to_tsquery('english', :q)";

    /** The same predicate for article {@code a} in HQL, where the (unmapped) search vector is a native column. */
    public static final String HQL_ARTICLE_MATCH = "cast(sql('? @@ websearch_to_tsquery(''english'', ?)', "
            + "column(a.search_vector), :q) as Boolean) = true";

    /** The predicate matching a row whose search vector is {@code vector} (SQL), with {@code :q} bound to {@link
     * #text}. */
    public static String matches(String vector) {
        return vector + " @@ " + TSQUERY;
    }

    /** A query from the {@code q} parameter; null when absent and optional. */
    public static SearchQuery parse(String q, boolean required) {
        if (q == null && !required) {
            return null;
        }
        if (q == null || q.isBlank()) {
            throw ApiException.invalidParameter("q", "is required: the words to search for");
        }
        String trimmed = q.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw ApiException.invalidParameter("q", "must be at most " + MAX_LENGTH + " characters");
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiException.invalidParameter("q", "must contain at least one word (letters or digits)");
        }
        return new SearchQuery(trimmed);
    }

    /**
     * Rejects a query that leaves no searchable word once stop words such as "the" are dropped, and
     * one that only excludes words ("-flood"), which would match nearly everything, unranked.
     */
    public SearchQuery requireTerms(EntityManager em) {
        Object[] shape = FullTextSql.shape(em, text);
        if (((Number) shape[0]).intValue() == 0) {
            throw ApiException.invalidParameter("q",
                    "has no searchable words: common words such as 'the' or 'and' are ignored");
        }
        if ("T".equals(shape[1])) { // querytree: no word to look up, only words to leave out
            throw ApiException.invalidParameter("q", "needs a word to look for, not only words to exclude");
        }
        return this;
    }
}
