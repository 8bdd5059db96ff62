package dev.lede.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;

/**
 * Resolves the Bearer key of each request to a role and enforces {@link Requires}; without a
 * key, reads are public unless {@code lede.security.public-reads=false}. Keys are never logged.
 */
public class Authentication {
    private final Keys keys;
    private final Caller caller;
    private final SecurityConfig config;

    public Authentication(Keys keys, Caller caller, SecurityConfig config) {
        this.keys = keys;
        this.caller = caller;
        this.config = config;
    }

    @ServerRequestFilter(priority = 1000)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Role role = null;
        if (header != null) {
            role = bearer(header).flatMap(keys::resolve).orElse(null);
            if (role == null) {
                throw caller.unauthenticated("invalid", "The API key is not valid");
            }
        }
        caller.authenticated(role);
        Role needed = needed(resource.getResourceMethod(), request.getMethod());
        if (needed != null) {
            caller.require(needed);
        }
    }

    private Role needed(Method method, String httpMethod) {
        Requires requires = method == null ? null : method.getAnnotation(Requires.class);
        if (requires == null && method != null) {
            requires = method.getDeclaringClass().getAnnotation(Requires.class);
        }
        if (requires != null) {
            return requires.value();
        }
        boolean read = HttpMethod.GET.equals(httpMethod) || HttpMethod.HEAD.equals(httpMethod);
        return read && !config.publicReads() ? Role.READER : null;
    }

    private static java.util.Optional<String> bearer(String header) {
        String h = header.trim();
        if (h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return java.util.Optional.of(h.substring(7).trim());
        }
        return java.util.Optional.empty();
    }
}
