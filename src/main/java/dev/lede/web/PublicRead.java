package dev.lede.web;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * A GET of published content, answered by {@link PublicReadFilter}: from memory while the content has not changed
 * since the method rendered it, with an ETag, Last-Modified, 304 for validators that still hold, Cache-Control by
 * audience (public for anonymous reads) and Vary. The method returns the {@link Rendered} representation, or a record.
 * It runs on the read replica when there is one that has caught up ({@link PublicReadReplica}).
 */
@NameBinding
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicRead {
    /** A representation that also changes with the clock is kept for the current one of these at most. */
    @Nonbinding
    ChronoUnit clock() default ChronoUnit.FOREVER;
}
