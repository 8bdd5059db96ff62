package dev.lede.quote;

import dev.lede.article.Article;
import dev.lede.common.Slugs;
import dev.lede.ingest.quotes.ExtractedQuote;
import dev.lede.web.Fields;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

@Schema(name = "Quote", description = "A direct or partial quotation, with who said it")
public record QuoteView(
        @Schema(nullable = true, description = "Null in a dry-run import, where nothing is stored") UUID id,
        @Schema(description = "The quoted words, without quotation marks; parts of a quote that runs over several "
                + "paragraphs are joined by a blank line",
                example = "What exactly they’re doing is left to be seen,") String text,
        @Schema(description = "True for a fragment quoted inside the writer's own sentence", example = "false")
                boolean partial,
        @Schema(nullable = true, description = "Who said it; null when no speaker could be found") SpeakerRef speaker,
        @Schema(nullable = true, description = "The verb or phrase that attributes it, or null", example = "said")
                String cue,
        ArticleRef article,
        @Schema(description = "Index of the paragraph it starts in, counting paragraphs only (not headings)",
                example = "4") int paragraph,
        @Schema(description = "Offset in that paragraph where the quoted text starts, in UTF-16 code units "
                + "(as JavaScript and Java index strings)", example = "1") int start,
        @Schema(description = "Offset where it ends (exclusive), within the same paragraph, in UTF-16 code units",
                example = "48") int end) {

    public static final Set<String> FIELDS = Fields.of(QuoteView.class);

    @Schema(name = "QuoteSpeaker")
    public record SpeakerRef(@Schema(example = "lloyd-austin") String slug, @Schema(example = "Lloyd Austin")
            String name,
                             @Schema(enumeration = {"person", "organisation", "group", "unknown"},
                                     description = SpeakerViews.TYPE, example = "person") String type,
                             @Schema(nullable = true,
                                     description = "Title or description where this quote was attributed",
                                     example = "U.S. Secretary of Defense") String role,
                             @Schema(nullable = true,
                                     description = "The organisation or place the speaker is given with where quoted",
                                     example = "Pentagon") String affiliation,
                             @Schema(example = "/api/v1/speakers/lloyd-austin") String link) {
    }

    @Schema(name = "QuoteArticle")
    public record ArticleRef(@Schema(nullable = true, description = "Null in a dry-run import") UUID id,
            @Schema(example = "why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation") String slug,
                             @Schema(example = "Why North Korea is sending troops to Russia – and how it risks an "
                                     + "‘escalation spiral’") String headline,
                             @Schema(nullable = true, description = "Null while the article is a draft",
                                     example = "2024-10-24T15:00:00Z") Instant publishedAt,
                             @Schema(example = "/api/v1/articles/why-north-korea-is-sending-troops-to-russia-and-how-it"
                                     + "-risks-an-escalation") String link) {
        static ArticleRef of(Article a) {
            return new ArticleRef(a.id, a.slug, a.headline, a.publishedAt, "/api/v1/articles/" + a.slug);
        }
    }

    public static QuoteView from(Quote q) {
        SpeakerRef speaker = q.speaker == null ? null
                : new SpeakerRef(q.speaker.slug, q.speaker.name, q.speaker.type, q.role, q.speaker.affiliation,
                        "/api/v1/speakers/" + q.speaker.slug);
        return new QuoteView(q.id, q.text, q.partial, speaker, q.cue, ArticleRef.of(q.article), q.paragraph, q.start,
                q.end);
    }

    /** A quote found by a dry run, not stored. */
    public static QuoteView from(ExtractedQuote e, Article article) {
        SpeakerRef speaker = e.speaker() == null ? null
                : new SpeakerRef(Slugs.of(e.speaker()), e.speaker(), Speaker.type(e.speakerType()), e.role(),
                        e.affiliation(),
                "/api/v1/speakers/" + Slugs.of(e.speaker()));
        return new QuoteView(null, e.text(), e.partial(), speaker, e.cue(), ArticleRef.of(article), e.paragraph(),
                e.start(), e.end());
    }

}
