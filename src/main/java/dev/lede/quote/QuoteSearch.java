package dev.lede.quote;

import dev.lede.common.ApiException;

/** Checks a full-text query before it reaches PostgreSQL (as a bound parameter only). */
final class QuoteSearch {
    static final int MAX_LENGTH = 500;

    private QuoteSearch() {
    }

    static String query(String q) {
        if (q == null) {
            return null;
        }
        String trimmed = q.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw ApiException.invalidParameter("q", "must be at most " + MAX_LENGTH + " characters");
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiException.invalidParameter("q", "must contain at least one word");
        }
        return trimmed;
    }
}
