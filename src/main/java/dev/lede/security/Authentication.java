package dev.lede.security;

import dev.lede.common.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final MeterRegistry metrics;

    public Authentication(Keys keys, Caller caller, SecurityConfig config, MeterRegistry metrics) {
        this.keys = keys;
        this.caller = caller;
        this.config = config;
        this.metrics = metrics;
    }

    @ServerRequestFilter(priority = 1000)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Role role = null;
        if (header != null) {
            role = bearer(header).flatMap(keys::resolve).orElse(null);
            if (role == null) {
                throw failed("invalid", "The API key is not valid");
            }
        }
        caller.authenticated(role);
        Role needed = needed(resource.getResourceMethod(), request.getMethod());
        if (needed == null || (role != null && role.includes(needed))) {
            return;
        }
        if (role == null) {
            throw failed("missing", "This operation needs an API key with role " + needed.label()
                    + ": send Authorization: Bearer <key>");
        }
        metrics.counter("lede.auth.forbidden").increment();
        throw new ApiException(403, "This operation needs role " + needed.label() + "; the key has role " + role.label());
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

    private ApiException failed(String reason, String detail) {
        metrics.counter("lede.auth.failures", "reason", reason).increment();
        return new ApiException(401, detail);
    }

    private static java.util.Optional<String> bearer(String header) {
        String h = header.trim();
        if (h.length() > 7 && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return java.util.Optional.of(h.substring(7).trim());
        }
        return java.util.Optional.empty();
    }
}
