package dev.lede.imports;

import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import dev.lede.ingest.page.BlockType;
import dev.lede.ingest.page.ParsedPage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What of a parsed page goes into an article, and where the caller's options take precedence over the page. */
final class PageArticles {

    private PageArticles() {
    }

    static Article fill(Article a, ParsedPage page, ImportOptions options) {
        a.headline = page.headline();
        a.standfirst = page.standfirst();
        a.whyWeWroteThis = page.whyWeWroteThis();
        a.body = page.blocks().stream()
                .map(b -> b.type() == BlockType.HEADING ? Block.heading(b.text()) : Block.paragraph(b.text()))
                .toList();
        a.lang = page.meta().lang();
        a.dateline = page.dateline();
        a.status = options.publish() ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        a.publishedAt = publishedAt(page, options);
        return a;
    }

    /** The authors the page declares (JSON-LD, meta tags), else the people its byline names. */
    static List<String> authorNames(ParsedPage page) {
        return page.meta().authors().isEmpty() ? AuthorNames.of(page.byline()) : page.meta().authors();
    }

    static String sectionName(ParsedPage page, ImportOptions options, String defaultSection) {
        if (options.section() != null) {
            return options.section();
        }
        return page.section() != null ? page.section() : defaultSection;
    }

    private static Instant publishedAt(ParsedPage page, ImportOptions options) {
        if (options.publishedAt() != null) {
            return options.publishedAt();
        }
        if (page.meta().published() != null) {
            return page.meta().published();
        }
        if (page.publishedOn() != null) {
            return page.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return options.publish() ? Article.now() : null;
    }
}
