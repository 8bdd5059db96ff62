package dev.lede.article;

import dev.lede.image.ImageLinks;
import dev.lede.image.ImageRepository;
import dev.lede.site.Site;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Articles as clients see them: with their quotes' places, their images' renditions and their web address. */
@ApplicationScoped
public class ArticleViewer {
    private final ArticleQuotes quotes;
    private final ImageRepository images;
    private final ImageLinks links;
    private final Site site;

    public ArticleViewer(ArticleQuotes quotes, ImageRepository images, ImageLinks links, Site site) {
        this.quotes = quotes;
        this.images = images;
        this.links = links;
        this.site = site;
    }

    public ArticleView view(Article a) {
        return view(a, quotes.marks(a.id));
    }

    /** The article with these quote marks (an import's, found but not stored). */
    public ArticleView view(Article a, List<ArticleViews.QuoteMark> marks) {
        return ArticleView.from(a, marks, pictures(List.of(a), true), url(a));
    }

    /** Summaries of these articles, in their order, with their quote counts and lead images read in one go each. */
    public List<ArticleSummary> summaries(List<Article> rows) {
        Map<UUID, ArticleSummary> byId = summariesById(rows);
        return rows.stream().map(a -> byId.get(a.id)).toList();
    }

    public Map<UUID, ArticleSummary> summariesById(List<Article> rows) {
        Map<UUID, Integer> quoteCounts = quotes.counts(rows.stream().map(a -> a.id).toList());
        Pictures pictures = pictures(rows, false);
        return rows.stream().collect(Collectors.toMap(a -> a.id,
                a -> ArticleSummary.from(a, quoteCounts.getOrDefault(a.id, 0), pictures, url(a)), (x, y) -> x));
    }

    public String url(Article a) {
        return site.article(a.section.slug, a.publishedAt, a.slug, a.id);
    }

    private Pictures pictures(List<Article> rows, boolean body) {
        List<UUID> ids = rows.stream().flatMap(a -> Pictures.ids(a, body)).distinct().toList();
        return ids.isEmpty() ? Pictures.NONE : new Pictures(images.byIds(ids), links);
    }
}
