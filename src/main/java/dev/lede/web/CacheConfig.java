package dev.lede.web;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "lede.cache")
public interface CacheConfig {
    /** How long a replica trusts the content version it read before asking the database again. */
    Duration refreshInterval();

    /** Memory for rendered public representations (bytes). */
    long maxBytes();
}
