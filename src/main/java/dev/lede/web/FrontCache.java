package dev.lede.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers GETs whose rendered representation is cached and still current straight from the
 * event loop, before the request is dispatched to a worker thread. Anything else (a miss, a
 * request with credentials, an Accept other than JSON) goes on to the REST resources unchanged.
 * {@code lede_front_cache_answers_total} counts the answers it gives.
 */
@ApplicationScoped
public class FrontCache {
    private final Representations representations;
    private final ContentVersion contentVersion;

    private final boolean publicReads;
    private final Counter answers;

    public FrontCache(Representations representations, ContentVersion contentVersion, MeterRegistry registry,
                      ReadPolicy reads) {
        this.representations = representations;
        this.contentVersion = contentVersion;
        this.publicReads = reads.publicReads();
        this.answers = Counter.builder("lede.front.cache.answers")
                .description("GETs answered from memory, before any resource").register(registry);
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.GET, "/api/v1/*").order(-10).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ContentVersion.State known = contentVersion.known();
        // a key must be checked, and may see drafts: only anonymous public reads are answered here
        if (known == null || !publicReads || request.headers().contains("Authorization")
                || !acceptsJson(request.getHeader("Accept"))) {
            ctx.next();
            return;
        }
        Representation r = representations.cached(request.uri(), known.version());
        if (r == null) {
            ctx.next();
            return;
        }
        RouteTemplates.set(r.route());
        answers.increment();
        Answer answer = Answer.of(r, request::getHeader, Representations.PUBLIC);
        HttpServerResponse response = ctx.response().setStatusCode(answer.status());
        answer.headers().forEach(response::putHeader);
        if (answer.body() == null) {
            response.end();
        } else {
            response.end(Buffer.buffer(answer.body()));
        }
    }

    private static boolean acceptsJson(String accept) {
        return accept == null || accept.contains("application/json") || accept.contains("*/*")
                || accept.contains("application/*");
    }
}
