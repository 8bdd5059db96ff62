package dev.lede.image;

import dev.lede.security.SecurityConfig;
import dev.lede.web.Representations;
import dev.lede.web.RouteTemplates;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a rendition URL that was answered before with the image's current pixel version, while the rendition
 * is in memory, straight from the event loop: such a URL names one picture forever, so nothing needs checking.
 * Anything else goes on to {@link RenditionResource}.
 */
@ApplicationScoped
public class RenditionFrontCache {
    private final ImageRenditions renditions;
    private final boolean publicReads;

    public RenditionFrontCache(ImageRenditions renditions, SecurityConfig security) {
        this.renditions = renditions;
        this.publicReads = security.publicReads();
    }

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "/api/v1/images/[^/]+/render").order(-9).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ImageRenditions.Rendition r = !publicReads || request.headers().contains("Authorization") ? null
                : renditions.known(request.uri());
        if (r == null) {
            ctx.next();
            return;
        }
        RouteTemplates.set(RenditionResource.PATH);
        boolean notModified = Representations.notModified(request.getHeader("If-None-Match"), r.etag());
        HttpServerResponse response = ctx.response().setStatusCode(notModified ? 304 : 200)
                .putHeader("ETag", r.etag())
                .putHeader("Cache-Control", RenditionResource.IMMUTABLE)
                .putHeader("Vary", "Authorization, Origin");
        if (notModified) {
            response.end();
        } else {
            response.putHeader("Content-Type", r.mediaType()).end(Buffer.buffer(r.bytes()));
        }
    }
}
