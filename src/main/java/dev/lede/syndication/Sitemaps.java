package dev.lede.syndication;

import dev.lede.problem.ApiException;
import dev.lede.site.Site;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The sitemaps of the published articles: an index naming one sitemap per month (split into pages of at most
 * 50,000 URLs, the protocol's limit) and the Google News sitemap of the last 48 hours (at most 1,000 URLs).
 */
@ApplicationScoped
public class Sitemaps {
    static final int URLS_PER_SITEMAP = 50_000;
    static final int NEWS_URLS = 1_000;
    static final Duration NEWS_WINDOW = Duration.ofHours(48);

    private final SitemapRepository rows;
    private final Site site;

    public Sitemaps(SitemapRepository rows, Site site) {
        this.rows = rows;
        this.site = site;
    }

    byte[] index() {
        SitemapXml xml = SitemapXml.index();
        xml.sitemap(site.api("/api/v1/sitemaps/news.xml"), null);
        for (SitemapRepository.Month m : rows.months()) {
            long pages = (m.articles() + URLS_PER_SITEMAP - 1) / URLS_PER_SITEMAP;
            for (int page = 1; page <= pages; page++) {
                xml.sitemap(site.api("/api/v1/sitemaps/" + m.month() + ".xml" + (page == 1 ? "" : "?page=" + page)),
                        m.lastModified());
            }
        }
        return xml.bytes();
    }

    byte[] month(YearMonth month, int page) {
        SitemapXml xml = SitemapXml.urls(false);
        int[] count = {0};
        rows.month(month, (page - 1) * URLS_PER_SITEMAP, URLS_PER_SITEMAP, r -> {
            xml.url(site.article(r.section(), r.publishedAt(), r.slug(), r.id()), r.updatedAt());
            count[0]++;
        });
        if (count[0] == 0) {
            throw ApiException.notFound("No published articles in " + month + (page == 1 ? "" : ", page " + page));
        }
        return xml.bytes();
    }

    byte[] news(Instant now) {
        SitemapXml xml = SitemapXml.urls(true);
        rows.since(now.minus(NEWS_WINDOW), NEWS_URLS, r ->
                xml.news(site.article(r.section(), r.publishedAt(), r.slug(), r.id()),
                site.name(), newsLanguage(r.lang() == null ? site.language() : r.lang()), r.publishedAt(),
                        r.headline()));
        return xml.bytes();
    }

    /** Google News names languages by their ISO 639 code, Chinese as zh-cn or zh-tw. */
    static String newsLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        if (!language.equals("zh")) {
            return language;
        }
        boolean traditional = locale.getScript().equals("Hant") || Locale.forLanguageTag(tag).getCountry()
                .matches("TW|HK|MO");
        return traditional ? "zh-tw" : "zh-cn";
    }
}
