package dev.lede.metrics;

import dev.lede.common.ServingConfig;
import dev.lede.problem.HttpProblems;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.OptionalInt;

/**
 * With {@code lede.metrics.port} set, the Prometheus metrics leave the API's port for a port of their
 * own, which a deployment keeps inside the cluster (k8s/: the Service does not expose it, the
 * NetworkPolicy opens it to in-cluster scrapers only): {@code /q/metrics} then answers 404 on the API's
 * port. Unset, they stay at {@code /q/metrics} on the API's port.
 */
@ApplicationScoped
public class MetricsPort {
    private static final Logger LOG = Logger.getLogger(MetricsPort.class);
    private static final String PATH = "/q/metrics";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final OptionalInt port;
    private final PrometheusMeterRegistry registry;
    private final Vertx vertx;
    private HttpServer server;

    public MetricsPort(MetricsConfig config, ServingConfig serving, PrometheusMeterRegistry registry, Vertx vertx) {
        // a one-off command (import, generate) serves nothing, metrics included
        this.port = serving.serving() ? config.port().map(OptionalInt::of).orElse(OptionalInt.empty())
                : OptionalInt.empty();
        this.registry = registry;
        this.vertx = vertx;
    }

    void hideFromTheApiPort(@Observes Router router) {
        if (port.isPresent()) {
            router.route(PATH + "*").order(-9_000)
                    .handler(ctx -> HttpProblems.send(ctx.request(), 404, "There is nothing at " + ctx.request()
                            .path()));
        }
    }

    void start(@Observes StartupEvent start) {
        if (port.isEmpty()) {
            return;
        }
        server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().equals(PATH)) {
                request.response().putHeader("Content-Type", PROMETHEUS_TEXT).end(registry.scrape());
            } else {
                HttpProblems.send(request, 404, "There is nothing at " + request.path() + "; metrics are at " + PATH);
            }
        });
        server.listen(port.getAsInt()).toCompletionStage().toCompletableFuture().join();
        LOG.infof("Metrics served on port %d at %s", port.getAsInt(), PATH);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (server != null) {
            server.close();
        }
    }
}
