package dev.lede.search;

import dev.lede.article.Article;
import dev.lede.article.ArticleRepository;
import dev.lede.article.ArticleSummary;
import dev.lede.article.ArticleViewer;
import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Cursor;
import dev.lede.paging.Page;
import dev.lede.quote.QuoteRepository;
import dev.lede.quote.QuoteView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A page of search hits: ranked ids from the index, then the articles and quotes they stand for, with snippets and
 * facets. */
@ApplicationScoped
public class SearchService {
    private final SearchRepository search;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final ArticleViewer viewer;

    public SearchService(SearchRepository search, ArticleRepository articles, QuoteRepository quotes,
            ArticleViewer viewer) {
        this.viewer = viewer;
        this.search = search;
        this.articles = articles;
        this.quotes = quotes;
    }

    public SearchResults search(SearchQuery query, SearchFilter filter, Cursor after, int limit) {
        query.requireTerms(articles.getEntityManager());
        SearchRepository.Result result = search.search(query, filter, after, limit);
        List<SearchRepository.Row> rows = result.hits();
        List<SearchRepository.Row> shown = rows.subList(0, Math.min(limit, rows.size()));
        List<UUID> articleIds = ids(shown, "article");
        List<UUID> quoteIds = ids(shown, "quote");
        Map<UUID, ArticleSummary> articleViews = articleSummaries(articleIds);
        Map<UUID, QuoteView> quoteViews = quotes.visibleInOrder(quoteIds).stream()
                .collect(Collectors.toMap(q -> q.id, QuoteView::from));
        Map<UUID, String> snippets = search.snippets(query, articleIds, quoteIds);
        Page<SearchHit> page = Page.of(rows, limit, SearchRepository::cursorOf, r -> new SearchHit(r.type(), r.score(),
                snippets.get(r.id()), articleViews.get(r.id()), quoteViews.get(r.id())));
        return new SearchResults(page.data(), page.page(), result.facets());
    }

    private Map<UUID, ArticleSummary> articleSummaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return viewer.summariesById(articles.list("from Article a join fetch a.section where a.id in ?1", ids));
    }

    private static List<UUID> ids(List<SearchRepository.Row> rows, String type) {
        return rows.stream().filter(r -> r.type().equals(type)).map(SearchRepository.Row::id).toList();
    }
}
