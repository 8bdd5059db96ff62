package dev.lede.web;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a resource method produces before it becomes HTTP: the body object, when it last changed,
 * and any extra headers (such as a Link to the next page).
 */
public record Rendered(Object entity, Instant lastModified, Map<String, String> headers) {
    public static Rendered of(Object entity, Instant lastModified) {
        return new Rendered(entity, lastModified, Map.of());
    }

    /**
     * What a resource method returned as a representation: itself, or a view (a record) dated {@code changed}; null
     * for bytes, which are an answer already (from memory).
     */
    static Rendered from(Object entity, Supplier<Instant> changed) {
        if (entity instanceof Rendered rendered) {
            return rendered;
        }
        return entity == null || entity instanceof byte[] ? null : of(entity, changed.get());
    }

    public Rendered withHeader(String name, String value) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.put(name, value);
        return new Rendered(entity, lastModified, Map.copyOf(all));
    }
}
