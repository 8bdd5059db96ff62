package dev.lede.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * Problems answered at the HTTP layer, before or outside the REST resources (Vert.x routes, failures
 * Vert.x or Quarkus raise, requests the HTTP codec could not even parse): the same problem+json.
 */
public final class HttpProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpProblems() {
    }

    /** Answers the request with a problem, unless an answer has started already (then there is nothing to add). */
    public static void send(HttpServerRequest request, int status, String detail) {
        HttpServerResponse response = request.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .end(Buffer.buffer(body(status, detail, instance(request))));
    }

    static byte[] body(int status, String detail, String instance) {
        try {
            return JSON.writeValueAsBytes(Problems.problem(status, detail, instance, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written", e);
        }
    }

    /** The request's path as sent (raw, so a malformed one still shows), or "/" when there is none. */
    private static String instance(HttpServerRequest request) {
        String uri = request.uri();
        if (uri == null || uri.isEmpty() || uri.length() > 2048) {
            return uri == null || uri.isEmpty() ? "/" : uri.substring(0, 2048);
        }
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
