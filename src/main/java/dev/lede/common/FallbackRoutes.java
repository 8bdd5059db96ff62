package dev.lede.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Paths outside the REST API (and errors Vert.x raises before a request reaches it, such as an
 * oversized body) still answer with problem+json rather than the server's default page.
 */
@ApplicationScoped
public class FallbackRoutes {
    private final ObjectMapper mapper;
    private final BodyLimits limits;

    public FallbackRoutes(ObjectMapper mapper, BodyLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    void install(@Observes Router router) {
        // the server itself would refuse such a body with a bare 413; answer it with a problem first
        router.route().order(-20).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long limit = limits.of(ctx.request().method().name(), ctx.request().path());
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                send(ctx, 413, "The request body is larger than " + limit / 1024 + " KiB");
            } else {
                ctx.next();
            }
        });
        router.route().last().handler(ctx -> send(ctx, 404, "There is nothing at " + ctx.request().path()));
        router.errorHandler(413, ctx -> send(ctx, 413, "The request body is larger than this endpoint accepts"));
    }

    private void send(RoutingContext ctx, int status, String detail) {
        if (ctx.response().headWritten()) {
            return;
        }
        try {
            byte[] body = mapper.writeValueAsBytes(Problems.problem(status, detail, ctx.request().path(), null));
            ctx.response().setStatusCode(status)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .putHeader("Cache-Control", "no-store")
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
