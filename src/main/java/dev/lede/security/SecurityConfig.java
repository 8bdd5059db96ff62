package dev.lede.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "lede.security")
public interface SecurityConfig {
    /** Comma-separated {@code role:sha256hex} entries. */
    Optional<String> keys();

    /** Whether published content can be read without a key. */
    @WithDefault("true")
    boolean publicReads();

    /** Whether to make and print an admin key at first start when no key exists at all. */
    @WithDefault("true")
    boolean bootstrapAdminKey();
}
