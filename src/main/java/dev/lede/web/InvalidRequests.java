package dev.lede.web;

import dev.lede.problem.ClientFailures;
import dev.lede.problem.HttpProblems;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerConnection;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Requests the HTTP codec cannot parse (a request line over the length limit: 414; header fields over
 * the size limit: 431; a bad Content-Length, control characters or NUL in a header: 400) never reach a
 * route, and Vert.x answers them with an empty body. Vert.x has a hook for them, the connection's
 * invalid-request handler, which Quarkus does not expose (quarkusio/quarkus#55082). A Vert.x tracer is
 * told of every request before the connection picks the handler for it, so it sets one that answers with a
 * problem. Lede uses no other tracer; adding OpenTelemetry would need this to move.
 */
@ApplicationScoped
public class InvalidRequests implements VertxOptionsCustomizer {
    private static final Logger LOG = Logger.getLogger(InvalidRequests.class);
    private static final Handler<HttpServerRequest> PROBLEM = InvalidRequests::answer;

    @Override
    public void accept(VertxOptions options) {
        options.setTracingOptions(new TracingOptions().setFactory(tracingOptions -> new Tracer()));
    }

    private static void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        int status = cause instanceof TooLongHttpLineException ? 414 : cause instanceof TooLongHttpHeaderException ? 431
                : 400;
        LOG.debugf("Refused a request the HTTP codec could not parse with %d: %s", status, cause);
        request.response().putHeader("Connection", "close");
        HttpProblems.send(request, status, ClientFailures.detail(status, cause));
        request.connection().close();
    }

    /** Traces nothing; only gives each HTTP/1 connection the problem-answering invalid-request handler. */
    static final class Tracer implements VertxTracer<Object, Object> {
        @Override
        public <R> Object receiveRequest(Context context, SpanKind kind, TracingPolicy policy, R request,
                String operation,
                                         Iterable<Map.Entry<String, String>> headers, TagExtractor<R> tagExtractor) {
            if (request instanceof HttpServerRequest http
                    && http.connection() instanceof HttpServerConnection connection) {
                connection.invalidRequestHandler(PROBLEM);
            }
            return null;
        }
    }
}
