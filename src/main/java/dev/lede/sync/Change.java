package dev.lede.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Change", description = "One event of the change feed")
public record Change(
        @Schema(description = "Position in the feed; increases in commit order", example = "42") long seq,
        @Schema(enumeration = {"created", "updated", "published", "unpublished", "deleted"}, example = "published")
                String type,
        @Schema(enumeration = {"article", "quote"}, example = "article") String entity,
        @Schema(description = "The article's or the quote's id") UUID id,
        @Schema(description = "The article's slug when the event happened",
                example = "why-north-korea-is-sending-troops-to-russia") String slug,
        @Schema(example = "2024-10-24T15:00:00Z") Instant at,
        @Schema(description = "The article the event concerns (the quote's article for a quote)") UUID articleId) {

    static Change of(Object[] row) {
        return new Change(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (UUID) row[3], (String)
                row[4],
                row[5] instanceof Timestamp t ? t.toInstant() : (Instant) row[5], (UUID) row[6]);
    }
}
