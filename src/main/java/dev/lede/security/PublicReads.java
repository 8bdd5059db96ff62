package dev.lede.security;

import dev.lede.web.ReadPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** lede.security.public-reads, for the caches of the web layer. */
@ApplicationScoped
public class PublicReads implements ReadPolicy {
    private final SecurityConfig config;

    public PublicReads(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public boolean publicReads() {
        return config.publicReads();
    }
}
