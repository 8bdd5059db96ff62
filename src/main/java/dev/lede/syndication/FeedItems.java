package dev.lede.syndication;

import dev.lede.article.Article;
import dev.lede.article.ArticleFilter;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleView;
import dev.lede.article.ArticleViewer;
import dev.lede.image.ImageViews.ImageRef;
import dev.lede.image.ImageViews.Rendition;
import dev.lede.problem.ApiException;
import dev.lede.site.Site;
import dev.lede.taxonomy.Term;
import dev.lede.taxonomy.TermRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The newest published articles of the site, a section or a tag, as feed items, with what the feed says of itself. */
@ApplicationScoped
public class FeedItems {
    /** The widest lead-image rendition a feed names: large enough for readers' cards, small enough to fetch. */
    private static final int IMAGE_WIDTH = 1280;

    record Channel(String title, String description, String homeUrl, List<FeedItem> items) {
    }

    private final ArticleRepository articles;
    private final ArticleViewer viewer;
    private final TermRepository terms;
    private final Site site;

    public FeedItems(ArticleRepository articles, ArticleViewer viewer, TermRepository terms, Site site) {
        this.articles = articles;
        this.viewer = viewer;
        this.terms = terms;
        this.site = site;
    }

    Channel channel(String section, String tag, int limit, boolean full) {
        Term term = section != null ? terms.section(section)
                .orElseThrow(() -> ApiException.notFound("No section with slug '" + section + "'"))
                : tag != null ? terms.tag(tag)
                        .orElseThrow(() -> ApiException.notFound("No tag with slug '" + tag + "'")) : null;
        List<Article> rows = articles.published(new ArticleFilter(section, tag, null, null, null), null, limit);
        List<FeedItem> items = rows.stream().limit(limit).map(a -> item(viewer.view(a), full)).toList();
        String title = term == null ? site.name() : site.name() + ": " + term.name();
        String description = term == null ? "The latest articles of " + site.name() : "The latest articles in "
                + term.name();
        return new Channel(title, description, term == null ? site.home() : term.url(), items);
    }

    private FeedItem item(ArticleView a, boolean full) {
        return new FeedItem("urn:uuid:" + a.id(), a.url(), a.headline(), a.standfirst(), full ? ArticleHtml.of(a)
                : null,
                a.publishedAt(), a.updatedAt(), a.authors().stream()
                        .map(p -> new FeedItem.Person(p.name(), site.author(p.slug()))).toList(),
                a.section().name(), a.tags().stream().map(t -> t.name()).toList(), image(a), a.lang() == null
                        ? site.language() : a.lang());
    }

    private static FeedItem.Image image(ArticleView a) {
        if (a.leadImage() == null || a.leadImage().image() == null || a.leadImage().image().renditions().isEmpty()) {
            return null;
        }
        ImageRef ref = a.leadImage().image();
        Rendition best = ref.renditions().stream().filter(r -> r.width() <= IMAGE_WIDTH).reduce((x, y) -> y)
                .orElse(ref.renditions().get(0));
        String type = ref.mediaType().equals("image/gif") ? "image/png" : ref.mediaType();
        return new FeedItem.Image(best.url(), type, best.width(), a.leadImage().alt(), a.leadImage().caption(),
                a.leadImage().credit());
    }
}
