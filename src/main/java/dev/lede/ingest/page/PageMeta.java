package dev.lede.ingest.page;

import java.time.Instant;
import java.util.List;

/**
 * What a page declares about its article beyond the text: its language (a BCP 47 tag such as "en" or "pt-BR"),
 * canonical address, authors, publication and modification times, keywords and description. Null or empty where
 * the page does not say.
 */
public record PageMeta(String lang, String canonicalUrl, List<String> authors, Instant published, Instant modified,
                       List<String> keywords, String description) {

    public static final PageMeta NONE = new PageMeta(null, null, List.of(), null, null, List.of(), null);

    public PageMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public PageMeta withLang(String lang) {
        return new PageMeta(lang, canonicalUrl, authors, published, modified, keywords, description);
    }
}
