package dev.lede.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "PublishRequest")
public record PublishRequest(@Schema(description = "When to publish, in the future; absent to publish now",
        example = "2024-10-24T15:00:00Z") Instant publishAt) {
}
