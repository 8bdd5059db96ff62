package dev.lede.search;

import java.time.Instant;

/** What a search is narrowed to, already validated; nulls mean "any". {@code type} is "article", "quote" or null. */
public record SearchFilter(String type, String section, String tag, String speaker, Instant from, Instant to) {
    boolean wants(String hitType) {
        return type == null || type.equals(hitType);
    }
}
