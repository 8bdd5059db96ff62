package dev.lede.web;

import dev.lede.problem.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the resources can take for granted about a request: no parameter and no path segment holds a NUL
 * character (U+0000), which no text in Lede may hold, and a body comes with the Content-Type the
 * operation takes (a missing, empty or wildcard one would be read as JSON without saying so).
 */
public class StrictRequests {
    private static final String NUL = "\u0000";

    /** Before the other checks of a request (an unknown parameter, a cached answer): a NUL is named as such. */
    @ServerRequestFilter(priority = Priorities.USER - 100)
    public void noNul(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().contains(NUL)) {
            throw new ApiException(400, "The request path contains a NUL character (U+0000), which no slug or id can "
                    + "hold");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().contains(NUL) || parameter.getValue().stream().anyMatch(v -> v.contains(NUL))) {
                String name = parameter.getKey().replace(NUL, "\\u0000");
                throw ApiException.invalidParameter(name,
                        "contains a NUL character (U+0000), which no parameter can hold");
            }
        }
    }

    /** An operation without @Consumes that takes an optional body (publish) takes JSON. */
    @ServerRequestFilter
    public void bodyMediaType(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !RequestChecks.hasBody(request::getHeaderString)) {
            return;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        List<MediaType> accepted = Arrays.stream(consumes == null ? new String[]{MediaType.APPLICATION_JSON}
                : consumes.value())
                .map(MediaType::valueOf).toList();
        MediaType type = request.getMediaType();
        if (type == null || type.isWildcardType() || type.isWildcardSubtype() || accepted.stream()
                .noneMatch(type::isCompatible)) {
            throw new ApiException(415, "This operation takes a body of type " + accepted.stream()
                    .map(MediaType::toString)
                    .collect(Collectors.joining(" or ")) + ": send it with that Content-Type");
        }
    }
}
