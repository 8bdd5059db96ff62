package dev.lede.web;

import dev.lede.problem.HttpProblems;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What every request gets at the HTTP layer, before any resource: {@code X-Content-Type-Options:
 * nosniff} on the answer; a problem for a request from an opaque origin ({@code Origin: null}: sandboxed
 * frames, file: pages, which CORS must not let read), for a Content-Type that is not a media type (415),
 * for a body over the limit, chunked or not (413), and for a body that does not arrive within
 * {@code lede.http.body-timeout} (408, and the connection is closed), so a client cannot hold a connection.
 */
@ApplicationScoped
public class RequestChecks {
    private static final Logger LOG = Logger.getLogger(RequestChecks.class);
    private static final String BODY_TIMER = "lede.body-timer";
    private static final String READ_HERE = "lede.body-read-here";
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*\\s*;?\\s*");

    private final Vertx vertx;
    private final BodyLimits limits;
    private final Duration bodyTimeout;
    private final Map<Long, BodyHandler> readers = new ConcurrentHashMap<>();

    public RequestChecks(Vertx vertx, BodyLimits limits, HttpConfig config) {
        this.vertx = vertx;
        this.limits = limits;
        this.bodyTimeout = config.bodyTimeout();
    }

    void install(@Observes Router router) {
        // before the CORS filter, so that no CORS header answers an opaque origin
        router.route().order(-10_000).handler(this::check);
        // read whole, to the operation's limit, so a chunked body over it is a 413 problem too; the REST layer then
        // uses it
        router.route().order(-90).handler(ctx -> {
            if (bodyToRead(ctx.request())) {
                ctx.put(READ_HERE, true);
                reader(limitOf(ctx.request())).handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route().order(-89).handler(ctx -> {
            Long timer = ctx.get(BODY_TIMER);
            if (timer != null) {
                vertx.cancelTimer(timer); // the body arrived whole
            }
            if (ctx.get(READ_HERE) != null && ctx.getBody() == null) {
                ctx.setBody(Buffer.buffer()); // an empty chunked body: read, and empty
            }
            ctx.next();
        });
    }

    /**
     * An HTTP/1 body still to arrive. (The REST layer cannot take a body read before it on HTTP/2, so an
     * h2c request's body is left to it, as is one already read by the upgrade to h2c: it refuses one over
     * the limit too, though without a problem body unless Content-Length announced it.)
     */
    private static boolean bodyToRead(HttpServerRequest request) {
        return hasBody(request::getHeader) && !request.isEnded() && request.version() != HttpVersion.HTTP_2;
    }

    private long limitOf(HttpServerRequest request) {
        return limits.of(request.method().name(), request.path());
    }

    private BodyHandler reader(long limit) {
        return readers.computeIfAbsent(limit, max -> BodyHandler.create(false).setBodyLimit(max)
                .setHandleFileUploads(false));
    }

    private static boolean overTheLimit(HttpServerRequest request, long limit) {
        String length = request.getHeader("Content-Length");
        return length != null && length.trim().matches("\\d{1,18}") && Long.parseLong(length.trim()) > limit;
    }

    /** Whether the request announces a body: a Content-Length above 0, or a chunked one. */
    static boolean hasBody(java.util.function.UnaryOperator<String> header) {
        String length = header.apply("Content-Length");
        return header.apply("Transfer-Encoding") != null || length != null && !length.trim().equals("0");
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set("X-Content-Type-Options", "nosniff"));
        String contentType = request.getHeader("Content-Type");
        if (!wellFormed(request.uri())) {
            HttpProblems.send(request, 400,
                    "The request URI is malformed: a bad percent-encoding (% must be followed by "
                    + "two hex digits) or a character a URI may not hold");
        } else if ("null".equals(request.getHeader("Origin"))) {
            HttpProblems.send(request, 403, "Requests from pages without an origin of their own (Origin: null, such as "
                    + "sandboxed frames and file: pages) are refused");
        } else if (overTheLimit(request, limitOf(request))) {
            HttpProblems.send(request, 413, "The request body is larger than " + limitOf(request) / 1024 + " KiB");
        } else if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            HttpProblems.send(request, 415,
                    "The Content-Type is not a media type (type/subtype, such as application/json)");
        } else {
            limitBodyTime(ctx);
            ctx.next();
        }
    }

    private static boolean wellFormed(String uri) {
        try {
            new java.net.URI(uri);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Until the body handler has read the whole body; a slow answer after that is not the client's doing. */
    private void limitBodyTime(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!bodyToRead(request)) {
            return;
        }
        long timer = vertx.setTimer(bodyTimeout.toMillis(), id -> {
            if (!request.response().headWritten()) {
                LOG.debugf("The body of %s %s did not arrive within %s; closing the connection", request.method(),
                        request.path(), bodyTimeout);
                request.response().putHeader("Connection", "close");
                HttpProblems.send(request, 408, "The request body did not arrive within " + bodyTimeout.toSeconds()
                        + " s: send the whole body its Content-Length announces");
                request.connection().close();
            }
        });
        ctx.put(BODY_TIMER, timer);
        ctx.addEndHandler(v -> vertx.cancelTimer(timer));
    }
}
