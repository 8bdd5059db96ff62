package dev.lede.article;

import dev.lede.problem.ApiException;
import dev.lede.security.Caller;
import dev.lede.security.Role;
import jakarta.ws.rs.core.UriInfo;

/** Which articles a caller may read, and what answers an article it may not see. */
final class ArticleStatuses {
    private ArticleStatuses() {
    }

    /** The status asked for in a list: anything but published needs an editor key. */
    static ArticleStatus listed(String status, Caller caller) {
        if (status == null || status.isBlank() || status.equals("published")) {
            return ArticleStatus.PUBLISHED;
        }
        ArticleStatus wanted = switch (status) {
            case "draft" -> ArticleStatus.DRAFT;
            case "scheduled" -> ArticleStatus.SCHEDULED;
            default -> throw ApiException.invalidParameter("status", "must be published, draft or scheduled");
        };
        caller.require(Role.EDITOR);
        return wanted;
    }

    /**
     * A 301 to the article's current slug when this was its slug before, naming its current web address too, so
     * that a site can redirect its old URL; else a 404.
     */
    static RuntimeException missing(ArticleRepository articles, String slugOrId, UriInfo uri, boolean editor,
                                    java.util.function.Function<Article, String> webUrl) {
        return articles.formerlyAt(slugOrId)
                .filter(a -> a.isPublished() || (editor && a.status != ArticleStatus.DELETED))
                .<RuntimeException>map(a -> new Moved("/api/v1/articles/" + a.slug
                        + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()),
                                webUrl.apply(a)))
                .orElseGet(() -> ApiException.notFound("No published article with slug or id '" + slugOrId + "'"));
    }
}
