package dev.lede.sample;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "lede.sample-content")
public interface SampleConfig {
    /** Whether an empty database gets the sample articles at start. */
    boolean enabled();
}
