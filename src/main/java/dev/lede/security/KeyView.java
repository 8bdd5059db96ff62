package dev.lede.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ApiKey", description = "An API key; `key` is only present in the answer that created it")
public record KeyView(UUID id, String name, @Schema(example = "editor") String role, Instant createdAt,
                      @Schema(nullable = true,
                              description = "The key itself, shown once: in the answer that created it; null "
                              + "otherwise") String key) {
    static KeyView of(ApiKey k, String key) {
        return new KeyView(k.id, k.name, k.role, k.createdAt, key);
    }
}
