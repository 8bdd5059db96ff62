package dev.lede.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The route template a request matched ({@code /articles/{slugOrId}}): HTTP metrics label requests by
 * it, never by their raw path, which would hold slugs (a draft's among them) and grow without bound.
 * Quarkus REST keeps it in the request's Vert.x context for metrics; an answer served from memory
 * (FrontCache, RenditionFrontCache) puts back the one its answer was rendered under.
 */
public final class RouteTemplates {
    /** The context local Quarkus REST sets and its Micrometer binder reads. */
    private static final String KEY = "UrlPathTemplate";

    private RouteTemplates() {
    }

    static String current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }

    public static void set(String template) {
        Context context = Vertx.currentContext();
        if (context != null && template != null) {
            context.putLocal(KEY, template);
        }
    }
}
