package dev.lede.web;

import dev.lede.problem.ApiException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A misspelt query parameter would otherwise be ignored silently; answer 400 instead. */
public class UnknownParameters {
    private final ConcurrentHashMap<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void reject(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> accepted = known.computeIfAbsent(method, UnknownParameters::queryParameters);
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!accepted.contains(name)) {
                String hint = accepted.isEmpty() ? "this operation takes no query parameters"
                        : "accepted: " + String.join(", ", new TreeSet<>(accepted));
                throw ApiException.invalidParameter(name, "unknown query parameter; " + hint);
            }
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        addQueryName(names, f, f.getName());
                    }
                }
            } else {
                addQueryName(names, p, p.getName());
            }
        }
        return names;
    }

    /** A method parameter or a field of a {@code @BeanParam} that takes a query parameter. */
    private static void addQueryName(Set<String> names, AnnotatedElement element, String javaName) {
        RestQuery rest = element.getAnnotation(RestQuery.class);
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (rest != null) {
            names.add(rest.value().isEmpty() ? javaName : rest.value());
        } else if (query != null) {
            names.add(query.value());
        }
    }
}
