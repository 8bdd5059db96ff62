package dev.lede.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * {@code from} or {@code to}: a date (2024-10-24, the whole day in UTC) or an instant (2024-10-24T15:00:00Z). As a
 * lower bound it is where the day starts; as an upper bound where it ends (exclusive).
 */
@Schema(type = SchemaType.STRING)
public record DateBound(Instant start, Instant end) {
    /** The bound as a lower one, or null when not given. */
    public static Instant from(DateBound bound) {
        return bound == null ? null : bound.start;
    }

    /** The bound as an upper one (exclusive), or null when not given. */
    public static Instant to(DateBound bound) {
        return bound == null ? null : bound.end;
    }

    public static DateBound parse(String name, String text) {
        Instant start = Params.from(name, text);
        return start == null ? null : new DateBound(start, Params.to(name, text));
    }
}
