package dev.lede.quote;

import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Page;
import dev.lede.problem.ApiException;
import dev.lede.security.Caller;
import dev.lede.web.DateBound;
import dev.lede.web.PageQuery;
import dev.lede.web.Params;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import dev.lede.web.Slug;
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

import java.util.UUID;

@Path("/quotes")
@Tag(name = "Quotes", description = "Direct and partial quotes with their speakers")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {
    private static final String TO =
            "Articles published on or before this date (whole day) or before this instant (UTC)";
    private static final String GET = "With an editor key, quotes in drafts and scheduled articles too (answered "
            + "`Cache-Control: private, no-store`), so that their ETag can be sent with a correction.";
    private final QuoteRepository quotes;
    private final Caller caller;

    public QuoteResource(QuoteRepository quotes, Caller caller) {
        this.quotes = quotes;
        this.caller = caller;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listQuotes", summary = "Quotes across published articles, newest article first",
            description = "Within one article, quotes come in reading order. Keyset-paginated with `cursor`.")
    @APIResponse(responseCode = "200", description = "A page of quotes",
            content = @Content(schema = @Schema(implementation = QuotePage.class)))
    public Page<QuoteView> list(
            @Parameter(description = "Only quotes by this speaker (slug)", example = "lloyd-austin")
            @RestQuery("speaker") Slug speaker,
            @Parameter(description = "Only quotes in this article (slug or id)") @RestQuery String article,
            @Parameter(description = "Only quotes in articles of this section (slug)", example = "news")
            @RestQuery("section") Slug section,
            @Parameter(description = "Articles published on or after this date or instant (UTC)",
                    example = "2024-10-01") @RestQuery("from") DateBound from,
            @Parameter(description = TO, example = "2024-10-31") @RestQuery("to") DateBound to,
            @Parameter(description = "Words the quote must contain (web-search syntax: \"phrase\", or, -word)",
                    example = "fidelity") @RestQuery String q,
            @BeanParam PageQuery page) {
        QuoteFilter filter = new QuoteFilter(Slug.text(speaker), Params.text(article), Slug.text(section),
                DateBound.from(from), DateBound.to(to), SearchQuery.parse(q, false));
        return Page.of(quotes.page(filter, page.after(3), page.size()), page.size(), QuoteRepository::cursorOf,
                QuoteView::from);
    }

    @GET
    @Path("/{id}")
    @PublicRead
    @Operation(operationId = "getQuote", summary = "One quote", description = GET)
    @APIResponse(responseCode = "200", description = "The quote",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "No visible quote with this id")
    public Rendered get(@Parameter(description = "The quote's id") @RestPath String id) {
        UUID quoteId = quoteId(id);
        return (caller.isEditor() ? quotes.findForEditor(quoteId) : quotes.findVisible(quoteId))
                .map(q -> Rendered.of(QuoteView.from(q), q.updatedAt))
                .orElseThrow(() -> ApiException.notFound("No quote with id '" + id + "'"));
    }

    /** The id in a quote's path, or 404: no quote has an id that is not a UUID. */
    static UUID quoteId(String id) {
        UUID uuid = Params.uuid(id);
        if (uuid == null) {
            throw ApiException.notFound("No quote with id '" + id + "'");
        }
        return uuid;
    }
}
