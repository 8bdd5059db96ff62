package dev.lede.site;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The newsroom's site: its name and language, and the canonical web addresses of articles, sections and tags on the
 * newsroom's site: lede.public-url followed by
 * the path patterns lede.paths.article ({section}, {yyyy}, {mm}, {dd}, {slug}, {id}), lede.paths.section and
 * lede.paths.tag ({section}, {tag}), lede.paths.author ({author}). Dates are the publication's, in UTC.
 */
@ApplicationScoped
public class Site {
    private final String base;
    private final String article;
    private final String section;
    private final String tag;
    private final String author;
    private final String api;
    private final String name;
    private final String language;

    public Site(SiteConfig config) {
        this.article = config.articlePath;
        if (!article.contains("{slug}") && !article.contains("{id}")) {
            throw new IllegalStateException(
                    "lede.paths.article must contain {slug} or {id}, so that each article has its own address");
        }
        this.base = config.publicUrl.replaceAll("/+$", "");
        this.section = config.sectionPath;
        this.tag = config.tagPath;
        this.author = config.authorPath;
        this.api = config.apiUrl.replaceAll("/+$", "");
        this.name = config.name;
        this.language = config.language;
    }

    /** The publisher's name. */
    public String name() {
        return name;
    }

    /** The language of articles that do not know their own (a BCP 47 tag). */
    public String language() {
        return language;
    }

    /** The absolute URL of a path of Lede's own API (lede.api-url). */
    public String api(String path) {
        return api + path;
    }

    /** The site's home page. */
    public String home() {
        return base + "/";
    }

    /** An article's address; null until it has a publication time, which the path may need. */
    public String article(String sectionSlug, Instant publishedAt, String slug, UUID id) {
        if (publishedAt == null) {
            return null;
        }
        ZonedDateTime at = publishedAt.atZone(ZoneOffset.UTC);
        return base + article.replace("{section}", sectionSlug).replace("{slug}", slug)
                .replace("{id}", String.valueOf(id))
                .replace("{yyyy}", String.format("%04d", at.getYear()))
                        .replace("{mm}", String.format("%02d", at.getMonthValue()))
                .replace("{dd}", String.format("%02d", at.getDayOfMonth()));
    }

    public String section(String slug) {
        return base + section.replace("{section}", slug);
    }

    public String tag(String slug) {
        return base + tag.replace("{tag}", slug);
    }

    public String author(String slug) {
        return base + author.replace("{author}", slug);
    }
}
