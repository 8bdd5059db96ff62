package dev.lede.syndication;

import dev.lede.article.ArticleView;
import dev.lede.site.Site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as schema.org NewsArticle JSON-LD, with what Google's article structured data asks for: headline,
 * images in 16:9, 4:3 and 1:1 (1,280 pixels wide where the original is), publication and modification times,
 * authors with name and url, the publisher, and the page it is the main entity of.
 */
final class NewsArticleJsonLd {
    private static final List<String> SHAPES = List.of("&w=1280&h=720", "&w=1280&h=960", "&w=1280&h=1280");

    private NewsArticleJsonLd() {
    }

    static Map<String, Object> of(ArticleView a, Site site) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", a.url()));
        ld.put("url", a.url());
        ld.put("headline", a.headline());
        if (a.standfirst() != null) {
            ld.put("description", a.standfirst());
        }
        if (a.leadImage() != null && a.leadImage().image() != null && a.leadImage().image().render() != null) {
            String render = a.leadImage().image().render();
            ld.put("image", SHAPES.stream().map(shape -> render + shape).toList());
        }
        ld.put("datePublished", a.publishedAt().toString());
        ld.put("dateModified", a.updatedAt().toString());
        ld.put("author", a.authors().stream()
                .map(p -> Map.of("@type", "Person", "name", p.name(), "url", site.author(p.slug()))).toList());
        ld.put("publisher", Map.of("@type", "Organization", "name", site.name(), "url", site.home()));
        ld.put("articleSection", a.section().name());
        if (!a.tags().isEmpty()) {
            ld.put("keywords", a.tags().stream().map(t -> t.name()).toList());
        }
        ld.put("inLanguage", a.lang() == null ? site.language() : a.lang());
        ld.put("wordCount", a.wordCount());
        return ld;
    }
}
