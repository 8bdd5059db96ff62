package dev.lede.imports;

import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.DateBound;
import dev.lede.web.Flag;
import dev.lede.web.Params;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/imports")
@Tag(name = "Imports", description = "Scraped article pages in, structured articles out")
@Requires(Role.EDITOR)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class ImportResource {
    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPage", summary = "Import a scraped article page, as HTML or as its visible text",
            description = "Reads the page into an article and stores it. HTML (`text/html`): metadata from what the "
                    + "page declares (JSON-LD NewsArticle/Article, OpenGraph and meta tags, canonical link, `<html "
                    + "lang>`), the body from the element that holds the story (paragraphs, subheads, block quotes "
                    + "and lists in reading order; navigation, share bars, related links, comments, ads and notices "
                    + "dropped), and its figures with caption and credit (returned, not stored). Text "
                    + "(`text/plain`): section, headline, \"Why We Wrote This\", body; page furniture dropped, "
                    + "overlapping copies of the story merged. The article's language is the page's own or detected; "
                    + "quotes are extracted from English text. Importing the same page again returns the existing "
                    + "article with 200; nothing is stored twice. Role: editor.")
    @RequestBody(required = true,
            description = "The page, at most 2 MiB: HTML in the charset its Content-Type or `<meta charset>` names "
            + "(UTF-8 when neither does), or visible text in UTF-8",
            content = {
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "html",
                                    value = "<html lang=\"en\"><head><title>A headline</title></head>"
                                    + "<body><article><h1>A headline</h1><p>The first paragraph of the "
                                            + "story.</p></article></body></html>")),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "text",
                                    value = "News\n\nA headline\n\nThe first paragraph of the story."))})
    @APIResponse(responseCode = "201", description = "Stored as a new article; Location names it",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "200",
            description = "This page was imported before (outcome `unchanged`), or a dry run (outcome `parsed`)",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "The body is empty, or text that is not valid UTF-8")
    @APIResponse(responseCode = "413", description = "The page is larger than 2 MiB")
    @APIResponse(responseCode = "415",
            description = "The body is neither text/html nor text/plain, text in another charset than UTF-8, or HTML "
            + "in a charset this server does not know")
    @APIResponse(responseCode = "422",
            description = "The page holds no article: no prose paragraph (or no headline) was found")
    public Response importPage(
            byte[] page,
            @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "Parse and return the article without storing anything")
            @RestQuery("dryRun") @DefaultValue("false") Flag dryRun,
            @Parameter(description = "Publish the article (default) or keep it as a draft")
            @RestQuery("publish") @DefaultValue("true") Flag publish,
            @Parameter(description = "Section name to use instead of the page's own", example = "World")
                    @RestQuery String section,
            @Parameter(description = "Comma-separated tag names to give the article", example = "North Korea,Russia")
                    @RestQuery String tags,
            @Parameter(description = "Publication time to use instead of the page's own (ISO date or UTC instant)",
                    example = "2024-10-24T15:00:00Z") @RestQuery("publishedAt") DateBound publishedAt) {
        ImportOptions options = new ImportOptions(dryRun.on(), publish.on(), Params.text(section), Params.list(tags),
                DateBound.from(publishedAt));
        ImportView view = ImportView.of(imports.importPage(PageBodies.raw(page, contentType), options));
        return view.outcome().equals("created")
                ? Response.status(201).header("Location", view.article().links().self()).entity(view).build()
                : Response.ok(view).build();
    }
}
