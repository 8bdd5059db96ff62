package dev.lede.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Cursor;
import dev.lede.paging.Page;
import dev.lede.security.Caller;
import dev.lede.web.DateBound;
import dev.lede.web.Fields;
import dev.lede.web.PageQuery;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import dev.lede.web.Slug;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@Path("/articles")
@Tag(name = "Articles", description = "Published articles with structured bodies")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    private final ArticleRepository articles;
    private final ArticleRendering rendering;
    private final ObjectMapper mapper;
    private final Caller caller;

    public ArticleResource(ArticleRepository articles, ArticleRendering rendering, ObjectMapper mapper, Caller caller) {
        this.articles = articles;
        this.rendering = rendering;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listArticles", summary = "Published articles, newest first",
            description = "Keyset-paginated: follow `page.nextCursor` (or the `Link: rel=\"next\"` header) for the "
                    + "next page.")
    @APIResponse(responseCode = "200", description = "A page of article summaries",
            content = @Content(schema = @Schema(implementation = ArticleSummaryPage.class)))
    @APIResponse(responseCode = "403", description = "A `status` other than published needs an editor key")
    public Page<Object> list(@Parameter(description = "Only articles in this section (its slug)", example = "news")
                             @RestQuery("section") Slug section,
                             @Parameter(description = "Only articles with this tag (its slug)",
                                     example = "north-korea") @RestQuery("tag") Slug tag,
                             @Parameter(description = ArticleDocs.FROM) @RestQuery("from") DateBound from,
                             @Parameter(description = ArticleDocs.TO) @RestQuery("to") DateBound to,
                             @Parameter(description = ArticleDocs.Q, example = "troops") @RestQuery String q,
                             @BeanParam PageQuery page,
                             @Parameter(description = ArticleDocs.FIELDS) @RestQuery("fields") Fields fields,
                             @Parameter(description = ArticleDocs.STATUS,
                                     schema = @Schema(enumeration = {"published", "draft", "scheduled"}))
                             @RestQuery String status) {
        ArticleStatus wanted = ArticleStatuses.listed(status, caller);
        ArticleFilter filter = new ArticleFilter(Slug.text(section), Slug.text(tag), DateBound.from(from),
                DateBound.to(to), SearchQuery.parse(q, false));
        List<Article> rows = articles.withStatus(wanted, filter, page.after(2), page.size());
        var summaries = rendering.summariesById(rows);
        return Page.of(rows, page.size(), ArticleRepository.cursorOf(wanted), a -> summaries.get(a.id))
                .map(Fields.selector(mapper, Fields.chosen(fields, ArticleSummary.FIELDS)));
    }

    @GET
    @Path("/{slugOrId}")
    @PublicRead
    @Operation(operationId = "getArticle", summary = "One published article by slug or id",
            description = ArticleDocs.GET)
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "301", description = ArticleDocs.MOVED)
    @APIResponse(responseCode = "404", description = "No published article with this slug or id")
    public Rendered get(@Parameter(description = "The article's slug or its UUID", example = ArticleDocs.SLUG)
                        @RestPath String slugOrId,
                        @Parameter(description = ArticleDocs.ONE_FIELDS) @RestQuery("fields") Fields fields,
                        @Parameter(description = ArticleDocs.INCLUDE) @RestQuery String include,
                        @Context UriInfo uri) {
        List<String> chosen = Fields.chosen(fields, ArticleView.FIELDS);
        boolean withNavigation = ArticleRendering.navigationAsked(include);
        // an editor sees drafts and scheduled articles too, answered privately
        Article article = caller.isEditor() ? articles.find(slugOrId).filter(a -> a.status != ArticleStatus.DELETED)
                .orElseThrow(() -> rendering.missing(slugOrId, uri, true))
                : articles.findPublished(slugOrId).orElseThrow(() -> rendering.missing(slugOrId, uri, false));
        return rendering.article(article, chosen, withNavigation);
    }
}
