package dev.lede.common;

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
public record Cursor(List<String> keys) {
    private static final String VERSION = "1";
    private static final String SEPARATOR = "\u001f";

    public static Cursor of(Object... keys) {
        return new Cursor(java.util.Arrays.stream(keys).map(String::valueOf).toList());
    }

    /** Decodes a client's cursor; null or blank means "from the start". */
    public static Cursor parse(String token, int keyCount) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = decoded.split(SEPARATOR, -1);
            if (parts.length != keyCount + 1 || !parts[0].equals(VERSION)) {
                throw invalid();
            }
            return new Cursor(List.of(parts).subList(1, parts.length));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String token() {
        String joined = VERSION + SEPARATOR + String.join(SEPARATOR, keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(keys.get(index));
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
            return Long.parseLong(keys.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public java.math.BigDecimal decimal(int index) {
        try {
            return new java.math.BigDecimal(keys.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public String text(int index) {
        return keys.get(index);
    }

    private static ApiException invalid() {
        return ApiException.invalidParameter("cursor", "is not a cursor this API issued; use page.nextCursor from a previous response");
    }
}
