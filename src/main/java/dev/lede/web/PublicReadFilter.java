package dev.lede.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Serves {@link PublicRead} operations: before the method, a representation still current in memory answers (the
 * method does not run); after it, what the method rendered becomes the answer and, unless the caller may see more
 * than the public, is kept under the request's path and query until the content changes.
 */
@Provider
@PublicRead
@Priority(Priorities.USER + 100) // after the request checks: only a valid request is answered from memory
public class PublicReadFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String KEY = PublicReadFilter.class.getName() + ".key";
    private static final String VERSION = PublicReadFilter.class.getName() + ".version";

    private final Representations representations;
    private final ReadPolicy reads;
    @Context
    ResourceInfo resource;

    public PublicReadFilter(Representations representations, ReadPolicy reads) {
        this.representations = representations;
        this.reads = reads;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (reads.privileged()) {
            return; // an editor may see drafts: rendered afresh, never kept
        }
        String key = key(request);
        long version = representations.contentState().version();
        request.setProperty(KEY, key);
        request.setProperty(VERSION, version);
        Representation known = representations.cached(key, version);
        if (known != null) {
            Answer answer = representations.answer(known, request.getHeaders()::getFirst, true);
            request.abortWith(Representations.response(answer));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200) {
            return; // a problem, a redirect, or an answer from memory (304)
        }
        Rendered rendered = Rendered.from(response.getEntity(), () -> representations.contentState().changedAt());
        if (rendered == null) {
            return;
        }
        rendered = Links.withPage(rendered, request.getUriInfo());
        Object key = request.getProperty(KEY);
        Representation r = key == null ? representations.render(rendered, 0)
                : representations.keep((String) key, rendered, (Long) request.getProperty(VERSION));
        Representations.write(representations.answer(r, request.getHeaders()::getFirst, key != null), response);
    }

    private String key(ContainerRequestContext request) {
        String key = Links.key(request.getUriInfo());
        PublicRead read = resource.getResourceMethod().getAnnotation(PublicRead.class);
        ChronoUnit clock = read == null ? ChronoUnit.FOREVER : read.clock();
        return clock == ChronoUnit.FOREVER ? key : key + "#" + Instant.now().truncatedTo(clock);
    }
}
