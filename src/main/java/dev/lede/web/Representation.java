package dev.lede.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A response body as bytes, with its strong validator and, above 1 KiB, a gzip copy; and the route template
 * it was rendered for (/articles/{slugOrId}), so that a copy served from memory is counted under it too.
 */
public record Representation(byte[] body, byte[] gzipped, String etag, Instant lastModified,
                             Map<String, String> headers, long contentVersion, String route) {
    static final int GZIP_THRESHOLD = 1024;

    static Representation of(byte[] body, Rendered rendered, long contentVersion) {
        byte[] gzipped = body.length >= GZIP_THRESHOLD ? gzip(body) : null;
        Instant lastModified = rendered.lastModified() == null ? null : rendered.lastModified()
                .truncatedTo(ChronoUnit.SECONDS);
        return new Representation(body, gzipped, etagOf(body), lastModified, rendered.headers(), contentVersion,
                RouteTemplates.current());
    }

    /** A strong ETag changes with the content coding (RFC 9110, 8.8.3), hence the suffix. */
    String etag(boolean gzip) {
        return gzip ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
    }

    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 256;
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 3);
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
