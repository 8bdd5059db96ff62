package dev.lede.quote;

import dev.lede.article.ArticleRepository;
import dev.lede.paging.Page;
import dev.lede.problem.ApiException;
import dev.lede.web.PageQuery;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    public ArticleQuotesResource(QuoteRepository quotes, ArticleRepository articles) {
        this.quotes = quotes;
        this.articles = articles;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listArticleQuotes", summary = "The quotes of one article, in reading order",
            description = "Each quote with its speaker, paragraph and offsets, and whether it is direct or partial.")
    @APIResponse(responseCode = "200", description = "A page of the article's quotes",
            content = @Content(schema = @Schema(implementation = QuotePage.class)))
    @APIResponse(responseCode = "404", description = "No published article with this slug or id")
    public Rendered ofArticle(@Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
                              @BeanParam PageQuery page) {
        var article = articles.findPublished(slugOrId)
                .orElseThrow(() -> ApiException.notFound("No published article with slug or id '" + slugOrId + "'"));
        Page<QuoteView> quotesPage = Page.of(quotes.ofArticle(article.id, page.after(1), page.size()), page.size(),
                QuoteRepository::positionCursor, QuoteView::from);
        return Rendered.of(quotesPage, article.updatedAt);
    }
}
