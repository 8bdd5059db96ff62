package dev.lede.web;

import dev.lede.problem.ApiException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The rules of query parameter values (typed ones and the few read by hand): a bad value is a 400 naming it. */
public final class Params {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Params() {
    }

    static int limit(String name, String value) {
        return integer(name, value, DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    public static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            // ASCII digits only: Integer.parseInt would also take other scripts' digits ("٣" for 3)
            if (!value.trim().matches("[+-]?\\d{1,10}")) {
                throw new NumberFormatException(value);
            }
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw ApiException.invalidParameter(name, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name, "must be a whole number between " + min + " and " + max);
        }
    }

    /** A date (2024-10-24, the whole day in UTC) or an instant (2024-10-24T15:00:00Z); the start of it. */
    public static Instant from(String name, String value) {
        return instant(name, value, false);
    }

    /** Like {@link #from} but the end of the given day, exclusive. */
    public static Instant to(String name, String value) {
        return instant(name, value, true);
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter(name,
                    "must be an ISO date (2024-10-24) or UTC timestamp (2024-10-24T15:00:00Z)");
        }
    }

    public static boolean flag(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidParameter(name, "must be true or false");
        };
    }

    /** A comma-separated list, blanks dropped; empty when absent. */
    public static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    /** The UUID this path segment spells, or null when it is not one (the caller answers 404). */
    public static java.util.UUID uuid(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A comma-separated list of names, each one of {@code allowed}; null when absent. */
    public static List<String> names(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> names = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
        for (String n : names) {
            if (!allowed.contains(n)) {
                throw ApiException.invalidParameter(name, "unknown name '" + n + "'; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return names;
    }

    public static String slug(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!v.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw ApiException.invalidParameter(name, "must be a slug (lowercase letters, digits and hyphens)");
        }
        return v;
    }
}
