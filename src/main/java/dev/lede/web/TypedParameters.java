package dev.lede.web;

import dev.lede.paging.Cursor;
import dev.lede.problem.ApiException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Query parameters of Lede's own types ({@link Limit}, {@link Slug}, {@link DateBound}, {@link Fields}, {@link Flag},
 * {@link Cursor}): each is read by its type, and a value it cannot take is a 400 problem naming the parameter, as
 * {@code @RestQuery("name")} or {@code @QueryParam} names it. A blank value counts as absent (its default, if any).
 */
@Provider
public class TypedParameters implements ParamConverterProvider {
    private static final Map<Class<?>, BiFunction<String, String, ?>> PARSERS = Map.of(
            Limit.class, Limit::parse,
            Slug.class, Slug::parse,
            DateBound.class, DateBound::parse,
            Fields.class, Fields::parse,
            Flag.class, Flag::parse,
            Cursor.class, (name, text) -> Cursor.parse(text));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        BiFunction<String, String, ?> parser = PARSERS.get(type);
        if (parser == null) {
            return null;
        }
        String name = name(annotations);
        String fallback = fallback(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                try {
                    return (T) parser.apply(name, text == null || text.isBlank() ? fallback : text);
                } catch (ApiException e) {
                    throw new BadRequestException(e); // a problem of its own: see ProblemMappers
                }
            }

            @Override
            public String toString(T value) {
                throw new UnsupportedOperationException("Query parameters are only read");
            }
        };
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
