package dev.lede.imports;

import dev.lede.article.Article;
import dev.lede.article.ArticleStatus;
import dev.lede.article.Block;
import dev.lede.article.Picture;
import dev.lede.ingest.page.BlockType;
import dev.lede.ingest.page.Figure;
import dev.lede.ingest.page.ParsedBlock;
import dev.lede.ingest.page.ParsedPage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What of a parsed page goes into an article, and where the caller's options take precedence over the page. */
final class PageArticles {

    private PageArticles() {
    }

    /** The article of the page; {@code imageOf} gives the stored image of a figure with an address, or null. */
    static Article fill(Article a, ParsedPage page, ImportOptions options, Function<Figure, UUID> imageOf) {
        a.headline = page.headline();
        a.standfirst = page.standfirst();
        a.whyWeWroteThis = page.whyWeWroteThis();
        List<Figure> figures = page.figures();
        // the picture a page declares or shows above the text; a caption without an address stays in the body
        Figure lead = figures.stream().filter(f -> f.src() != null && (f.position() == null || f.position() == 0))
                .findFirst().orElse(null);
        a.leadImage = lead == null ? null : picture(lead, imageOf);
        a.body = body(page.blocks(), figures.stream().filter(f -> f != lead).toList(), imageOf);
        a.lang = page.meta().lang();
        a.dateline = page.dateline();
        a.status = options.publish() ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
        a.publishedAt = publishedAt(page, options);
        return a;
    }

    /**
     * The page's blocks with its figures as image blocks where the page shows them; a figure the page does not
     * place (a caption in a text page) after the text.
     */
    private static List<Block> body(List<ParsedBlock> blocks, List<Figure> figures, Function<Figure, UUID> imageOf) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i <= blocks.size(); i++) {
            int at = i;
            figures.stream().filter(f -> f.position() != null && f.position() == at)
                    .forEach(f -> body.add(Block.image(picture(f, imageOf))));
            if (i < blocks.size()) {
                ParsedBlock b = blocks.get(i);
                body.add(b.type() == BlockType.HEADING ? Block.heading(b.text()) : Block.paragraph(b.text()));
            }
        }
        figures.stream().filter(f -> f.position() == null || f.position() > blocks.size())
                .forEach(f -> body.add(Block.image(picture(f, imageOf))));
        return body;
    }

    private static Picture picture(Figure f, Function<Figure, UUID> imageOf) {
        return new Picture(f.src() == null ? null : imageOf.apply(f), f.src(), f.alt(), f.caption(), f.credit());
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
