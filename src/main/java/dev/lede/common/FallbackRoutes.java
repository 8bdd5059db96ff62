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

    public FallbackRoutes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
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
