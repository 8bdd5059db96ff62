package dev.lede.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/** Conditional GET (RFC 9110, 13): If-None-Match first, If-Modified-Since only without it. */
final class Validators {
    private Validators() {
    }

    static boolean notModified(UnaryOperator<String> requestHeader, Representation r, String etag) {
        String ifNoneMatch = requestHeader.apply("If-None-Match");
        if (ifNoneMatch != null) {
            return names(ifNoneMatch, true, r.etag(false), etag);
        }
        String ifModifiedSince = requestHeader.apply("If-Modified-Since");
        if (ifModifiedSince != null && r.lastModified() != null) {
            Instant since = parseDate(ifModifiedSince);
            return since != null && !r.lastModified().isAfter(since);
        }
        return false;
    }

    /**
     * Whether an If-None-Match or If-Match list names one of {@code tags} (or is "*"). If-None-Match
     * compares weakly, so W/ tags count; If-Match compares strongly (RFC 9110, 13.1.1), so they do not.
     */
    static boolean names(String header, boolean weak, String... tags) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                if (!weak) {
                    continue;
                }
                tag = tag.substring(2);
            }
            if (tag.equals("*") || java.util.Arrays.asList(tags).contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a validator list holds "*", which names any current state rather than one the client saw. */
    static boolean anyTag(String header) {
        return java.util.Arrays.stream(header.split(",")).anyMatch(tag -> tag.trim().equals("*"));
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip") || coding[0].trim().equals("*")) {
                return coding.length == 1 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static Instant parseDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
