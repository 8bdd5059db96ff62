package dev.lede.web;

import dev.lede.problem.ApiException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;

/**
 * Query parameters of Lede's own types ({@link Limit}, {@link Slug}, {@link DateBound}, {@link Fields}, {@link Flag},
 * {@code Cursor}, and a feature's own): a type with {@code public static T parse(String name, String text)} is read by
 * it, and a value it cannot take is a 400 problem naming the parameter, as {@code @RestQuery("name")} or
 * {@code @QueryParam} names it. A blank value counts as absent (its default, if any).
 */
@Provider
public class TypedParameters implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        Method parser = parser(type);
        if (parser == null) {
            return null;
        }
        String name = name(annotations);
        String fallback = fallback(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                try {
                    return (T) parser.invoke(null, name, text == null || text.isBlank() ? fallback : text);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof ApiException problem) {
                        throw new BadRequestException(problem); // a problem of its own: see ProblemMappers
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String toString(T value) {
                throw new UnsupportedOperationException("Query parameters are only read");
            }
        };
    }

    /** The type's {@code public static T parse(String name, String text)}, for Lede's own types only. */
    private static Method parser(Class<?> type) {
        if (!type.getName().startsWith("dev.lede.")) {
            return null;
        }
        try {
            Method parse = type.getMethod("parse", String.class, String.class);
            return Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type ? parse : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
            if (a instanceof QueryParam query) {
                return query.value();
            }
        }
        throw new IllegalStateException("A typed query parameter needs its name: @RestQuery(\"name\")");
    }

    private static String fallback(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof DefaultValue value) {
                return value.value();
            }
        }
        return null;
    }
}
