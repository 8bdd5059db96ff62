package dev.lede.ingest.page.html;

import java.time.Instant;
import java.util.List;

/**
 * What one source of metadata (JSON-LD, or the meta tags) says about the article; null or empty where it is silent.
 * {@code images} are the lead images it names; {@code articleBody} the full text it may carry.
 */
record Declared(String headline, String description, List<String> authors, Instant published, Instant modified,
                String section, List<String> keywords, List<Image> images, String articleBody, String lang,
                String url) {

    record Image(String src, String caption, String credit) {
    }

    static final Declared NOTHING = new Declared(null, null, List.of(), null, null, null, List.of(), List.of(), null,
            null, null);

    /** This, with each field it lacks taken from {@code other}. */
    Declared or(Declared other) {
        return new Declared(first(headline, other.headline), first(description, other.description),
                authors.isEmpty() ? other.authors : authors, first(published, other.published),
                first(modified, other.modified), first(section, other.section),
                keywords.isEmpty() ? other.keywords : keywords, images.isEmpty() ? other.images : images,
                first(articleBody, other.articleBody), first(lang, other.lang), first(url, other.url));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
