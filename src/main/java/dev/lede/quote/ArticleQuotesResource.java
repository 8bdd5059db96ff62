package dev.lede.quote;

import dev.lede.article.ArticleRepository;
import dev.lede.paging.Cursor;
import dev.lede.paging.Page;
import dev.lede.problem.ApiException;
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

/** GET /articles/{slugOrId}/quotes: its own class, as JAX-RS matches the longest literal path first. */
@Path("/articles/{slugOrId}/quotes")
@Tag(name = "Quotes")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleQuotesResource {
    private final QuoteRepository quotes;
    private final ArticleRepository articles;
    private final Representations representations;

    public ArticleQuotesResource(QuoteRepository quotes, ArticleRepository articles, Representations representations) {
        this.quotes = quotes;
        this.articles = articles;
        this.representations = representations;
    }

    @GET
    @Operation(operationId = "listArticleQuotes", summary = "The quotes of one article, in reading order")
    @APIResponse(responseCode = "200", description = "A page of the article's quotes",
            content = @Content(schema = @Schema(implementation = QuotePage.class)))
    @APIResponse(responseCode = "404", description = "No published article with this slug or id")
    public Response ofArticle(
            @Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
            @Parameter(description = "Opaque cursor from `page.nextCursor` of the previous page")
                    @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @RestQuery String limit,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Cursor after = Cursor.parse(cursor, 1);
        int size = Params.limit(limit);
        return representations.publicGet(Links.key(uri), headers, () -> {
            var article = articles.findPublished(slugOrId)
                    .orElseThrow(() ->
                            ApiException.notFound("No published article with slug or id '" + slugOrId + "'"));
            Page<QuoteView> page = Page.of(quotes.ofArticle(article.id, after, size), size,
                    QuoteRepository::positionCursor, QuoteView::from);
            return Links.withNext(Rendered.of(page, article.updatedAt), uri, page);
        });
    }
}
