package dev.lede.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What clients see of speakers: a summary in lists, the full record with latest quotes alone. */
public final class SpeakerViews {
    private SpeakerViews() {
    }

    @Schema(name = "SpeakerLinks")
    public record Links(@Schema(example = "/api/v1/speakers/lloyd-austin") String self,
                        @Schema(example = "/api/v1/quotes?speaker=lloyd-austin") String quotes) {
        static Links of(String slug) {
            return new Links("/api/v1/speakers/" + slug, "/api/v1/quotes?speaker=" + slug);
        }
    }

    static final String TYPE = "What the speaker is: a named `person`; an `organisation`; a `group` of people "
            + "(\"officials in Kyiv\"); or someone the article does not name (`unknown`, \"a spokeswoman\"). A group "
            + "or unnamed speaker belongs to one article.";

    @Schema(name = "SpeakerSummary", description = "A person, organisation or group quoted in published articles")
    public record Summary(@Schema(example = "lloyd-austin") String slug,
                          @Schema(description = "A person's fullest name; an organisation's name; a group's "
                                  + "description", example = "Lloyd Austin") String name,
                          @Schema(enumeration = {"person", "organisation", "group", "unknown"}, description = TYPE,
                                  example = "person") String type,
                          @Schema(nullable = true, description = "The latest role they were introduced with",
                                  example = "U.S. Secretary of Defense") String role,
                          @Schema(nullable = true,
                                  description = "The organisation or place they were last given with (\"Ana Ruiz of "
                                  + "the Clean Water Alliance\")",
                                  example = "Clean Water Alliance") String affiliation,
                          @Schema(description = "Quotes in published articles", example = "3") long quoteCount,
                          @Schema(description = "Publication time of the newest article quoting them",
                                  example = "2024-10-24T15:00:00Z") Instant lastQuotedAt,
                          Links links) {
        static Summary of(Object[] row) {
            String slug = (String) row[0];
            return new Summary(slug, (String) row[1], (String) row[6], (String) row[2], (String) row[7],
                    ((Number) row[3]).longValue(),
                    (Instant) row[4], Links.of(slug));
        }
    }

    @Schema(name = "Speaker", description = "A speaker with their latest quotes")
    public record Detail(String slug, String name,
            @Schema(enumeration = {"person", "organisation", "group", "unknown"}, description = TYPE) String type,
                         @Schema(nullable = true) String role, @Schema(nullable = true) String affiliation,
                                 long quoteCount,
                         Instant lastQuotedAt, Links links,
                         @Schema(description = "Their newest quotes, up to 10") List<QuoteView> latestQuotes) {
        static Detail of(Summary s, List<QuoteView> latest) {
            return new Detail(s.slug(), s.name(), s.type(), s.role(), s.affiliation(), s.quoteCount(),
                    s.lastQuotedAt(), s.links(), latest);
        }
    }
}
