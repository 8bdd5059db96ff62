package dev.lede.web;

import dev.lede.paging.Paged;
import jakarta.ws.rs.core.UriInfo;

/** Request-relative links: the Link header of a page and the cache key of a request. */
public final class Links {
    private Links() {
    }

    /** The path and query as sent: what a representation is cached under. */
    public static String key(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return query == null ? uri.getRequestUri().getRawPath() : uri.getRequestUri().getRawPath() + "?" + query;
    }

    /** A page's Link to the next one, when the representation is a page of a list. */
    static Rendered withPage(Rendered rendered, UriInfo uri) {
        return rendered.entity() instanceof Paged page ? withNext(rendered, uri, page) : rendered;
    }

    /** Adds an RFC 8288 {@code Link: <…>; rel="next"} header when another page follows. */
    static Rendered withNext(Rendered rendered, UriInfo uri, Paged page) {
        if (!page.page().hasMore()) {
            return rendered;
        }
        String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.page().nextCursor()).build()
                .getRawPath();
        String query = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.page().nextCursor()).build()
                .getRawQuery();
        return rendered.withHeader("Link", "<" + next + "?" + query + ">; rel=\"next\"");
    }
}
