package dev.lede.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Cursor;
import dev.lede.paging.Page;
import dev.lede.security.Caller;
import dev.lede.web.Fields;
import dev.lede.web.Links;
import dev.lede.web.Params;
import dev.lede.web.Rendered;
import dev.lede.web.Representations;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

@Path("/articles")
@Tag(name = "Articles", description = "Published articles with structured bodies")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    private static final Set<String> INCLUDES = Set.of("navigation");
    private final ArticleRepository articles;
    private final Representations representations;
    private final ObjectMapper mapper;
    private final ArticleNavigation navigation;
    private final Caller caller;
    private final ArticleViewer viewer;

    public ArticleResource(ArticleRepository articles, Representations representations, ObjectMapper mapper,
                           ArticleNavigation navigation, Caller caller, ArticleViewer viewer) {
        this.viewer = viewer;
        this.articles = articles;
        this.representations = representations;
        this.mapper = mapper;
        this.navigation = navigation;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Published articles, newest first",
            description = "Keyset-paginated: follow `page.nextCursor` (or the `Link: rel=\"next\"` header) for the "
                    + "next page.")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(schema = @Schema(implementation = ArticleSummaryPage.class)))
    @APIResponse(responseCode = "403", description = "A `status` other than published needs an editor key")
    public Response list(
            @Parameter(description = "Only articles in this section (its slug)", example = "news")
                    @RestQuery String section,
            @Parameter(description = "Only articles with this tag (its slug)", example = "north-korea")
                    @RestQuery String tag,
            @Parameter(description = "Published on or after this date (2024-10-01) or instant (2024-10-01T00:00:00Z), "
                    + "UTC") @RestQuery String from,
            @Parameter(description = "Published on or before this date (whole day) or before this instant, UTC")
                    @RestQuery String to,
            @Parameter(description = "Only articles matching these words (web-search syntax: \"phrase\", or, -word), "
                    + "in the usual order", example = "troops") @RestQuery String q,
            @Parameter(description = "Opaque cursor from `page.nextCursor` of the previous page")
                    @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @RestQuery String limit,
            @Parameter(description = "Comma-separated fields to return of each item (sparse fieldset), e.g. "
                    + "`slug,headline`") @RestQuery String fields,
            @Parameter(description = "`published` (default); `draft` (last edited first) or `scheduled` need an editor "
                    + "key",
                    schema = @Schema(enumeration = {"published", "draft", "scheduled"})) @RestQuery String status,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        ArticleStatus wanted = ArticleStatuses.listed(status, caller);
        ArticleFilter filter = new ArticleFilter(Params.slug("section", section), Params.slug("tag", tag),
                Params.from("from", from), Params.to("to", to), SearchQuery.parse(q, false));
        Cursor after = Cursor.parse(cursor, 2);
        int size = Params.limit(limit);
        List<String> chosen = Fields.parse(fields, ArticleSummary.FIELDS);
        Supplier<Rendered> render = () -> {
            List<Article> rows = articles.withStatus(wanted, filter, after, size);
            var summaries = viewer.summariesById(rows);
            Page<Object> page = Page.of(rows, size, ArticleRepository.cursorOf(wanted), a -> summaries.get(a.id))
                    .map(Fields.selector(mapper, chosen));
            return Links.withNext(Rendered.of(page, representations.contentState().changedAt()), uri, page);
        };
        return wanted == ArticleStatus.PUBLISHED ? representations.publicGet(Links.key(uri), headers, render)
                : representations.privateGet(headers, render.get());
    }

    @GET
    @Path("/{slugOrId}")
    @Operation(operationId = "getArticle", summary = "One published article by slug or id",
            description = "With an editor key, drafts and scheduled articles too (answered `Cache-Control: private, "
                    + "no-store`). "
                    + "A slug the article had before its headline changed answers 301 with the current one in "
                            + "`Location`.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "301", description = "The article's former slug: `Location` names its current API URL, "
            + "`Link: <…>; rel=\"canonical\"` its current address on the site, for redirecting the old one")
    @APIResponse(responseCode = "404", description = "No published article with this slug or id")
    public Response get(
            @Parameter(description = "The article's slug or its UUID",
                    example = "why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation-spiral")
                    @RestPath String slugOrId,
            @Parameter(description = "Comma-separated fields to return (sparse fieldset), e.g. `slug,headline,body`")
                    @RestQuery String fields,
            @Parameter(description = "Comma-separated objects to embed: `navigation` (previous, next and 5 related "
                    + "articles)") @RestQuery String include,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        List<String> chosen = Fields.parse(fields, ArticleView.FIELDS);
        boolean withNavigation = Params.names("include", include, INCLUDES) != null;
        if (caller.isEditor()) {
            // drafts and scheduled articles too, never stored by any cache
            Article article = articles.find(slugOrId).filter(a -> a.status != ArticleStatus.DELETED)
                    .orElseThrow(() -> ArticleStatuses.missing(articles, slugOrId, uri, true, viewer::url));
            return representations.privateGet(headers, render(article, chosen, withNavigation));
        }
        return representations.publicGet(Links.key(uri), headers, () -> render(
                articles.findPublished(slugOrId)
                        .orElseThrow(() -> ArticleStatuses.missing(articles, slugOrId, uri, false, viewer::url)),
                        chosen, withNavigation));
    }

    private Rendered render(Article article, List<String> chosen, boolean withNavigation) {
        Navigation around = navigation.of(article, withNavigation ? ArticleNavigation.DEFAULT_RELATED : 0);
        ArticleView view = viewer.view(article).withNavigation(withNavigation ? around : null);
        // an embedded navigation changes with other articles, hence the content's time
        Instant changed = withNavigation ? representations.contentState().changedAt() : article.updatedAt;
        return around.linked(Rendered.of(Fields.selector(mapper, chosen).apply(view), changed));
    }
}
