package dev.lede.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.web.ContentVersion;
import dev.lede.web.Fields;
import dev.lede.web.Params;
import dev.lede.web.Rendered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An article as the API renders it for a read: its view, its chosen fields, its navigation if asked for. */
@ApplicationScoped
class ArticleRendering {
    private static final Set<String> INCLUDES = Set.of("navigation");
    private final ArticleRepository articles;
    private final ArticleViewer viewer;
    private final ArticleNavigation navigation;
    private final ContentVersion contentVersion;
    private final ObjectMapper mapper;

    ArticleRendering(ArticleRepository articles, ArticleViewer viewer, ArticleNavigation navigation,
                     ContentVersion contentVersion, ObjectMapper mapper) {
        this.articles = articles;
        this.viewer = viewer;
        this.navigation = navigation;
        this.contentVersion = contentVersion;
        this.mapper = mapper;
    }

    /** Whether {@code include} asks for the navigation (the one object an article embeds); a 400 for others. */
    static boolean navigationAsked(String include) {
        return Params.names("include", include, INCLUDES) != null;
    }

    Map<UUID, ArticleSummary> summariesById(List<Article> rows) {
        return viewer.summariesById(rows);
    }

    Rendered article(Article article, List<String> chosen, boolean withNavigation) {
        Navigation around = navigation.of(article, withNavigation ? ArticleNavigation.DEFAULT_RELATED : 0);
        ArticleView view = viewer.view(article).withNavigation(withNavigation ? around : null);
        // an embedded navigation changes with other articles, hence the content's time
        Instant changed = withNavigation ? contentVersion.current().changedAt() : article.updatedAt;
        return around.linked(Rendered.of(Fields.selector(mapper, chosen).apply(view), changed));
    }

    /** A 301 to where the article is now, when this was its slug before; else a 404. */
    RuntimeException missing(String slugOrId, UriInfo uri, boolean editor) {
        return ArticleStatuses.missing(articles, slugOrId, uri, editor, viewer::url);
    }
}
