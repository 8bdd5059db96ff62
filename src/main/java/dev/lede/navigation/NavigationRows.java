package dev.lede.navigation;

import dev.lede.article.ArticleRef;
import dev.lede.article.ArticleViews.Links;
import dev.lede.article.ArticleViews.SectionRef;
import dev.lede.article.RelatedArticle;
import dev.lede.article.RelatedArticle.Reason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Neighbours and related articles from the rows of {@link NavigationRepository}. A related article's score adds up
 * what the two share: {@value #TAG} per shared tag, {@value #SPEAKER} per person quoted in both, {@value #SECTION}
 * for the same section and {@value #WORD} per shared significant word (a headline, standfirst or "why we wrote
 * this" word of the article that is not common across all articles). Tags are chosen by editors, so they weigh
 * most; a shared section alone is the weakest link.
 */
final class NavigationRows {
    static final double TAG = 3;
    static final double SPEAKER = 2;
    static final double SECTION = 1;
    static final double WORD = 0.5;

    /** Most related first, then newest first. */
    static final Comparator<RelatedArticle> ORDER = Comparator.comparingDouble(RelatedArticle::score).reversed()
            .thenComparing(RelatedArticle::publishedAt, Comparator.reverseOrder())
            .thenComparing(RelatedArticle::id, Comparator.reverseOrder());

    private NavigationRows() {
    }

    /** From the columns id, slug, headline, section slug, section name, published at, starting at {@code from}. */
    static ArticleRef ref(Object[] row, int from) {
        String slug = (String) row[from + 1];
        SectionRef section = new SectionRef((String) row[from + 3], (String) row[from + 4]);
        return new ArticleRef((UUID) row[from], slug, (String) row[from + 2], section, (Instant) row[from + 5],
                Links.of(slug));
    }

    /** From a candidate row: the summary columns, then shared tag names, speaker names, same section and shared words.
     * */
    static RelatedArticle related(Object[] row) {
        ArticleRef ref = ref(row, 0);
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
        double score = TAG * tags.size() + SPEAKER * speakers.size() + (sameSection ? SECTION : 0)
                + WORD * words.size();
        return new RelatedArticle(ref.id(), ref.slug(), ref.headline(), ref.section(), ref.publishedAt(), ref.links(),
                score, reasons);
    }

    private static List<String> strings(Object array) {
        if (array instanceof Object[] items) {
            return Arrays.stream(items).map(String::valueOf).toList();
        }
        return List.of();
    }
}
