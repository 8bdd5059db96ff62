package dev.lede.ingest.page.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the page's {@code <meta>} tags (OpenGraph, article:*, Twitter cards, plain name=) and {@code <html lang>} say.
 *  */
final class MetaTags {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private MetaTags(Document doc) {
        for (Element meta : doc.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
                    : meta.attr("itemprop");
            String content = meta.attr("content").strip();
            if (!key.isBlank() && !content.isEmpty()) {
                values.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
            }
        }
    }

    static Declared read(Document doc) {
        MetaTags m = new MetaTags(doc);
        String image = m.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");
        List<Declared.Image> images = image == null ? List.of()
                : List.of(new Declared.Image(image, m.first("og:image:alt", "twitter:image:alt"), null));
        return new Declared(m.first("og:title", "twitter:title"), m.first("og:description", "description",
                "twitter:description"), m.authors(), Dates.instant(m.first("article:published_time",
                "datepublished", "date", "pubdate", "publishdate", "dc.date", "dcterms.created")),
                Dates.instant(m.first("article:modified_time", "og:updated_time", "datemodified")),
                m.first("article:section"), m.keywords(), images, null, lang(doc, m), canonical(doc, m));
    }

    private String first(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(key);
            if (found != null) {
                return found.get(0);
            }
        }
        return null;
    }

    private List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** Names from name=author or article:author (which is often the author's page: those are left out). */
    private List<String> authors() {
        List<String> names = new ArrayList<>();
        for (String value : concat(all("author"), all("article:author"), all("dc.creator"))) {
            if (!value.contains("://") && !names.contains(value)) {
                names.add(value);
            }
        }
        return names;
    }

    /** article:tag values, else the comma-separated news_keywords or keywords. */
    private List<String> keywords() {
        List<String> source = !all("article:tag").isEmpty() ? all("article:tag")
                : !all("news_keywords").isEmpty() ? all("news_keywords") : all("keywords");
        List<String> keywords = new ArrayList<>();
        for (String value : source) {
            for (String k : value.split(",")) {
                if (!k.isBlank() && !keywords.contains(k.strip())) {
                    keywords.add(k.strip());
                }
            }
        }
        return keywords;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String lang(Document doc, MetaTags m) {
        String lang = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang").strip() : "";
        if (lang.isEmpty()) {
            lang = doc.selectFirst("html[xml:lang]") != null ? doc.selectFirst("html[xml:lang]").attr("xml:lang")
                    .strip() : "";
        }
        if (lang.isEmpty()) {
            String locale = m.first("og:locale", "content-language", "language", "dc.language");
            lang = locale == null ? "" : locale;
        }
        return lang.isEmpty() ? null : lang.replace('_', '-');
    }

    private static String canonical(Document doc, MetaTags m) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String href = link == null ? "" : link.absUrl("href").isEmpty() ? link.attr("href").strip()
                : link.absUrl("href");
        return href.isEmpty() ? m.first("og:url") : href;
    }
}
