package dev.lede.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Paths outside the REST API (and errors Vert.x raises before a request reaches it, such as an
 * oversized body) still answer with problem+json rather than the server's default page.
 */
@ApplicationScoped
public class FallbackRoutes {
    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    public FallbackRoutes(ObjectMapper mapper,
                          @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // the server itself would refuse such a body with a bare 413; answer it with a problem first
        router.route().order(-20).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
                send(ctx, 413, "The request body is larger than " + maxBodyBytes / 1024 + " KiB");
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
