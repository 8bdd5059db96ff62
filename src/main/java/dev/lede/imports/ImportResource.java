package dev.lede.imports;

import dev.lede.article.Article;
import dev.lede.article.ArticleViews.QuoteMark;
import dev.lede.common.ApiException;
import dev.lede.ingest.quotes.ExtractedQuote;
import dev.lede.quote.Quote;
import dev.lede.quote.QuoteRepository;
import dev.lede.quote.QuoteService;
import dev.lede.quote.QuoteView;
import dev.lede.common.Params;
import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import dev.lede.common.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

@Path("/imports")
@Tag(name = "Imports", description = "Scraped article pages in, structured articles out")
@Requires(Role.EDITOR)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class ImportResource {
    private final ImportService imports;
    private final QuoteService quoteService;
    private final QuoteRepository quotes;

    public ImportResource(ImportService imports, QuoteService quoteService, QuoteRepository quotes) {
        this.imports = imports;
        this.quoteService = quoteService;
        this.quotes = quotes;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPage", summary = "Import the raw text of a scraped article page",
            description = "Parses the page (section, headline, \"Why We Wrote This\", body; page furniture dropped, overlapping "
                    + "copies of the story merged), stores it as an article and returns it. Importing the same page again "
                    + "returns the existing article with 200; nothing is stored twice. Role: editor.")
    @RequestBody(required = true, description = "The page text, UTF-8, at most 2 MiB",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = "News\n\nA headline\n\nThe first paragraph of the story.")))
    @APIResponse(responseCode = "201", description = "Stored as a new article; Location names it",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "200", description = "This page was imported before (outcome `unchanged`), or a dry run (outcome `parsed`)",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "413", description = "The page is larger than 2 MiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not text/plain (UTF-8)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The text holds no article: no headline or no paragraph was found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response importPage(
            byte[] page,
            @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "Parse and return the article without storing anything", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @RestQuery String dryRun,
            @Parameter(description = "Publish the article (default) or keep it as a draft", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) @RestQuery String publish,
            @Parameter(description = "Section name to use instead of the page's own label", example = "World") @RestQuery String section,
            @Parameter(description = "Comma-separated tag names to give the article", example = "North Korea,Russia") @RestQuery String tags,
            @Parameter(description = "Publication time to use instead of the page's date line (ISO date or UTC instant)", example = "2024-10-24T15:00:00Z") @RestQuery String publishedAt) {
        ImportOptions options = new ImportOptions(Params.flag("dryRun", dryRun, false), Params.flag("publish", publish, true),
                Params.text(section), Params.list(tags), Params.from("publishedAt", publishedAt));
        ImportResult result = imports.importPage(text(page, contentType), options);
        ImportView view = view(result);
        return result.outcome() == ImportResult.Outcome.CREATED
                ? Response.status(201).header("Location", view.article().links().self()).entity(view).build()
                : Response.ok(view).build();
    }

    /** The article with its quotes: as stored, or for a dry run as they would be. */
    private ImportView view(ImportResult result) {
        Article article = result.article();
        if (result.outcome() == ImportResult.Outcome.PARSED) {
            List<ExtractedQuote> found = quoteService.extract(article);
            List<QuoteMark> marks = found.stream().map(e -> new QuoteMark(null, e.paragraph(), e.start(), e.end())).toList();
            return ImportView.of(result, marks, found.stream().map(e -> QuoteView.from(e, article)).toList());
        }
        List<Quote> stored = quotes.allOf(article.id);
        List<QuoteMark> marks = stored.stream().map(q -> new QuoteMark(q.id, q.paragraph, q.start, q.end)).toList();
        return ImportView.of(result, marks, stored.stream().map(QuoteView::from).toList());
    }

    private static String text(byte[] page, String contentType) {
        if (contentType != null && contentType.toLowerCase().contains("charset=")
                && !contentType.toLowerCase().replace(" ", "").matches(".*charset=\"?(utf-8|us-ascii)\"?.*")) {
            throw new ApiException(415, "Only UTF-8 text is accepted; send Content-Type: text/plain; charset=utf-8");
        }
        if (page == null || page.length == 0) {
            throw new ApiException(400, "The request body is empty: send the page text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(page)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "The request body is not valid UTF-8 text");
        }
    }
}
