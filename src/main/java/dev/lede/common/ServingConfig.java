package dev.lede.common;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this process serves HTTP: a one-off command (import, generate) turns the server off and answers no
 * request. A class, not a {@code @ConfigMapping}: the key is Quarkus's own ({@code quarkus.http.host-enabled}).
 */
@Singleton
public class ServingConfig {
    private final boolean serving;

    public ServingConfig(@ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        this.serving = serving;
    }

    public boolean serving() {
        return serving;
    }
}
