package dev.lede.web;

import dev.lede.problem.ClientFailures;
import dev.lede.problem.HttpProblems;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Paths outside the REST API, and failures that Vert.x or Quarkus raise before or outside the REST
 * resources (a path or query that does not decode, a missing Host, a body over the limit), still answer
 * with problem+json rather than an empty body or the server's own JSON. Conditions the client caused
 * are logged without a stack trace, at DEBUG.
 */
@ApplicationScoped
public class FallbackRoutes {
    private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);
    private static final int[] STATUSES = {400, 403, 404, 405, 406, 408, 413, 414, 415, 431, 500, 501, 503};

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.route().last().handler(ctx ->
                HttpProblems.send(ctx.request(), 404, "There is nothing at " + ctx.request().path()));
        for (int status : STATUSES) {
            router.errorHandler(status, this::failed);
        }
    }

    private void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status = ClientFailures.status(ctx.statusCode(), failure);
        if (status >= 500) {
            LOG.error("Request to " + ctx.request().path() + " failed", failure);
        } else {
            LOG.debugf("Refused %s %s with %d: %s", ctx.request().method(), ctx.request().path(), status, failure);
        }
        HttpProblems.send(ctx.request(), status, ClientFailures.detail(status, failure));
    }
}
