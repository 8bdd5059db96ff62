package dev.lede.security;

import dev.lede.web.ReadPolicy;
import jakarta.enterprise.context.ApplicationScoped;

/** lede.security.public-reads, and whether the caller is an editor, for the caches of the web layer. */
@ApplicationScoped
public class PublicReads implements ReadPolicy {
    private final SecurityConfig config;
    private final Caller caller;

    public PublicReads(SecurityConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    @Override
    public boolean publicReads() {
        return config.publicReads();
    }

    @Override
    public boolean privileged() {
        return caller.isEditor();
    }
}
