package dev.lede.paging;

import dev.lede.problem.ApiException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * An opaque keyset position: the sort keys of the last row a client has seen. Clients must not
 * build cursors, so the encoding is free to change with a new version prefix.
 */
@Schema(type = SchemaType.STRING)
public record Cursor(List<String> keys) {
    private static final String VERSION = "1";
    private static final String SEPARATOR = "\u001f";
    private static final java.util.regex.Pattern PLAIN_DECIMAL =
            java.util.regex.Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");
    // the years the database can store and compare, and the API ever writes
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public static Cursor of(Object... keys) {
        return new Cursor(java.util.Arrays.stream(keys).map(String::valueOf).toList());
    }

    /** A query parameter's cursor (any number of keys); its problems name {@code cursor}, whatever the parameter. */
    public static Cursor parse(String name, String token) {
        return parse(token);
    }

    /** Decodes a client's cursor of any number of keys; null or blank means "from the start". */
    public static Cursor parse(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = decoded.split(SEPARATOR, -1);
            if (parts.length < 2 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new Cursor(List.of(parts).subList(1, parts.length));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The cursor when it has as many keys as a page of this list sorts by (or is null); a 400 problem otherwise. */
    public static Cursor ofSize(Cursor cursor, int keyCount) {
        if (cursor != null && cursor.keys.size() != keyCount) {
            throw invalid();
        }
        return cursor;
    }

    public String token() {
        String joined = VERSION + SEPARATOR + String.join(SEPARATOR, keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    public Instant instant(int index) {
        try {
            Instant instant = Instant.parse(keys.get(index));
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw invalid();
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(keys.get(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public long number(int index) {
        try {
            if (!keys.get(index).matches("-?\\d{1,19}")) {
                throw invalid();
            }
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** A plain decimal of bounded size, as the API writes them: never an exponent, which could overflow the database's
     *  numbers. */
    public java.math.BigDecimal decimal(int index) {
        String key = keys.get(index);
        if (!PLAIN_DECIMAL.matcher(key).matches()) {
            throw invalid();
        }
        return new java.math.BigDecimal(key);
    }

    public int integer(int index) {
        long n = number(index);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw invalid();
        }
        return (int) n;
    }

    public String text(int index) {
        return keys.get(index);
    }

    private static ApiException invalid() {
        return ApiException.invalidParameter("cursor",
                "is not a cursor this API issued; use page.nextCursor from a previous response");
    }
}
