package dev.lede.web;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET behind a key (settings, deliveries), answered by {@link PrivateReadFilter}: an ETag and 304 for validators
 * that still hold, but {@code Cache-Control: private, no-store} and never kept in memory.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PrivateRead {
}
