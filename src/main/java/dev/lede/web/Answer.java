package dev.lede.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The HTTP answer to a GET of a representation: 200 with the body in the coding the client
 * accepts, or 304 when its validators still hold. Shared by the REST resources and the front cache.
 */
record Answer(int status, byte[] body, Map<String, String> headers) {

    static Answer of(Representation r, UnaryOperator<String> requestHeader, String cacheControl) {
        boolean gzip = r.gzipped() != null && Validators.acceptsGzip(requestHeader.apply("Accept-Encoding"));
        String etag = r.etag(gzip);
        boolean notModified = Validators.notModified(requestHeader, r, etag);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", cacheControl);
        headers.put("Vary", "Accept-Encoding, Authorization, Origin"); // Access-Control-Allow-Origin echoes the Origin
        if (r.lastModified() != null) {
            headers.put("Last-Modified",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(r.lastModified().atOffset(ZoneOffset.UTC)));
        }
        headers.putAll(r.headers());
        // a representation other than JSON (a feed, a sitemap) names its own type
        String type = headers.remove("Content-Type");
        if (notModified) {
            return new Answer(304, null, headers);
        }
        headers.put("Content-Type", type == null ? "application/json" : type);
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        return new Answer(200, gzip ? r.gzipped() : r.body(), headers);
    }
}
