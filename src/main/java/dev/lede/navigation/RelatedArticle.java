package dev.lede.navigation;

import dev.lede.article.ArticleViews.Links;
import dev.lede.article.ArticleViews.SectionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * An article related to another, with why. The score adds up what the two share:
 * {@value #TAG} per shared tag, {@value #SPEAKER} per person quoted in both, {@value #SECTION} for the same
 * section and {@value #WORD} per shared significant word (a headline, standfirst or "why we wrote this"
 * word of the article that is not common across all articles). Tags are chosen by editors, so they weigh
 * most; a shared section alone is the weakest link.
 */
@Schema(name = "RelatedArticle", description = "A related article, its score and the reasons for it")
public record RelatedArticle(
        UUID id,
        @Schema(example = "kursk-region-braces-for-north-korean-troops") String slug,
        @Schema(example = "Kursk region braces for North Korean troops") String headline,
        SectionRef section,
        @Schema(example = "2024-10-25T09:30:00Z") Instant publishedAt,
        Links links,
        @Schema(description = "How related: 3 per shared tag, 2 per shared speaker, 1 for the same section, 0.5 per shared significant word",
                example = "8.5") double score,
        @Schema(description = "What the articles share, strongest kind first") List<Reason> reasons) {

    static final double TAG = 3;
    static final double SPEAKER = 2;
    static final double SECTION = 1;
    static final double WORD = 0.5;

    /** Most related first, then newest first. */
    static final Comparator<RelatedArticle> ORDER = Comparator.comparingDouble(RelatedArticle::score).reversed()
            .thenComparing(RelatedArticle::publishedAt, Comparator.reverseOrder())
            .thenComparing(RelatedArticle::id, Comparator.reverseOrder());

    @Schema(name = "RelatedReason", description = "One kind of thing two articles share, and which ones")
    public record Reason(@Schema(enumeration = {"tag", "speaker", "section", "text"}, example = "tag") String type,
                         @Schema(description = "The shared tags' or speakers' names, the section's name, or the shared words as the article spells them",
                                 example = "[\"North Korea\", \"Russia\"]") List<String> items) {
    }

    /** From a candidate row: the summary columns, then shared tag names, speaker names, same section and shared words. */
    static RelatedArticle of(Object[] row) {
        ArticleRef ref = ArticleRef.of(row, 0);
        List<String> tags = strings(row[6]);
        List<String> speakers = strings(row[7]);
        boolean sameSection = Boolean.TRUE.equals(row[8]);
        List<String> words = strings(row[9]);
        List<Reason> reasons = new ArrayList<>();
        if (!tags.isEmpty()) {
            reasons.add(new Reason("tag", tags));
        }
        if (!speakers.isEmpty()) {
            reasons.add(new Reason("speaker", speakers));
        }
        if (sameSection) {
            reasons.add(new Reason("section", List.of(ref.section().name())));
        }
        if (!words.isEmpty()) {
            reasons.add(new Reason("text", words));
        }
        double score = TAG * tags.size() + SPEAKER * speakers.size() + (sameSection ? SECTION : 0) + WORD * words.size();
        return new RelatedArticle(ref.id(), ref.slug(), ref.headline(), ref.section(), ref.publishedAt(), ref.links(), score, reasons);
    }

    private static List<String> strings(Object array) {
        if (array instanceof Object[] items) {
            return java.util.Arrays.stream(items).map(String::valueOf).toList();
        }
        return List.of();
    }
}
