package dev.lede.metrics;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "lede.metrics")
public interface MetricsConfig {
    /** A port of their own for the metrics, off the API's port; unset, they stay at /q/metrics on the API's port. */
    Optional<Integer> port();
}
