package dev.lede.quote;

import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Cursor;
import dev.lede.paging.Page;
import dev.lede.problem.ApiException;
import dev.lede.security.Caller;
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

import java.util.UUID;

@Path("/quotes")
@Tag(name = "Quotes", description = "Direct and partial quotes with their speakers")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {
    private final QuoteRepository quotes;
    private final Representations representations;
    private final Caller caller;

    public QuoteResource(QuoteRepository quotes, Representations representations, Caller caller) {
        this.quotes = quotes;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listQuotes", summary = "Quotes across published articles, newest article first",
            description = "Within one article, quotes come in reading order. Keyset-paginated with `cursor`.")
    @APIResponse(responseCode = "200", description = "A page of quotes",
            content = @Content(schema = @Schema(implementation = QuotePage.class)))
    public Response list(
            @Parameter(description = "Only quotes by this speaker (slug)", example = "lloyd-austin")
                    @RestQuery String speaker,
            @Parameter(description = "Only quotes in this article (slug or id)") @RestQuery String article,
            @Parameter(description = "Only quotes in articles of this section (slug)", example = "news")
                    @RestQuery String section,
            @Parameter(description = "Articles published on or after this date or instant (UTC)",
                    example = "2024-10-01") @RestQuery String from,
            @Parameter(description = "Articles published on or before this date (whole day) or before this instant "
                    + "(UTC)", example = "2024-10-31") @RestQuery String to,
            @Parameter(description = "Words the quote must contain (web-search syntax: \"phrase\", or, -word)",
                    example = "fidelity") @RestQuery String q,
            @Parameter(description = "Opaque cursor from `page.nextCursor` of the previous page")
                    @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @RestQuery String limit,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        QuoteFilter filter = new QuoteFilter(Params.slug("speaker", speaker), Params.text(article),
                Params.slug("section", section),
                Params.from("from", from), Params.to("to", to), SearchQuery.parse(q, false));
        Cursor after = Cursor.parse(cursor, 3);
        int size = Params.limit(limit);
        return representations.publicGet(Links.key(uri), headers, () -> {
            Page<QuoteView> page = Page.of(quotes.page(filter, after, size), size, QuoteRepository::cursorOf,
                    QuoteView::from);
            return Links.withNext(Rendered.of(page, representations.contentState().changedAt()), uri, page);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuote", summary = "One quote",
            description = "With an editor key, quotes in drafts and scheduled articles too (answered `Cache-Control: "
                    + "private, "
                    + "no-store`), so that their ETag can be sent with a correction.")
    @APIResponse(responseCode = "200", description = "The quote",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "No visible quote with this id")
    public Response get(@Parameter(description = "The quote's id") @RestPath String id, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        UUID quoteId = quoteId(id);
        if (caller.isEditor()) {
            return representations.privateGet(headers, rendered(quotes.findForEditor(quoteId), id));
        }
        return representations.publicGet(Links.key(uri), headers, () -> rendered(quotes.findVisible(quoteId), id));
    }

    private static Rendered rendered(java.util.Optional<Quote> quote, String id) {
        return quote.map(q -> Rendered.of(QuoteView.from(q), q.updatedAt))
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
