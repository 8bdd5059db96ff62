package dev.lede.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Serves {@link PrivateRead} operations: what the method returned, with an ETag, privately and never kept. */
@Provider
@PrivateRead
@Priority(Priorities.USER)
public class PrivateReadFilter implements ContainerResponseFilter {
    private final Representations representations;

    public PrivateReadFilter(Representations representations) {
        this.representations = representations;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Rendered rendered = response.getStatus() == 200 ? Rendered.from(response.getEntity(), () -> null) : null;
        if (rendered == null) {
            return;
        }
        Representation r = representations.render(rendered, 0);
        Representations.write(representations.answer(r, request.getHeaders()::getFirst, false), response);
    }
}
