package dev.lede.taxonomy;

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

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

@Path("/")
@Tag(name = "Taxonomy", description = "Sections and tags with their article counts")
@Produces(MediaType.APPLICATION_JSON)
public class TermResource {
    private final TermRepository terms;
    private final Representations representations;

    public TermResource(TermRepository terms, Representations representations) {
        this.terms = terms;
        this.representations = representations;
    }

    @GET
    @Path("sections")
    @Operation(operationId = "listSections", summary = "All sections, by slug, with article counts")
    @APIResponse(responseCode = "200", description = "A page of sections",
            content = @Content(schema = @Schema(implementation = TermPage.class)))
    public Response sections(@Parameter(description = "Opaque cursor from `page.nextCursor` of the previous page")
            @RestQuery String cursor,
                             @Parameter(description = "Page size, 1 to 100",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                     defaultValue = "20")) @RestQuery String limit,
                             @Context UriInfo uri, @Context HttpHeaders headers) {
        return list(terms::sections, cursor, limit, uri, headers);
    }

    @GET
    @Path("sections/{slug}")
    @Operation(operationId = "getSection", summary = "One section with its article count")
    @APIResponse(responseCode = "200", description = "The section",
            content = @Content(schema = @Schema(implementation = Term.class)))
    @APIResponse(responseCode = "404", description = "No section with this slug")
    public Response section(@Parameter(description = "The section's slug", example = "news") @RestPath String slug,
                            @Context UriInfo uri, @Context HttpHeaders headers) {
        return one(terms::section, "section", slug, uri, headers);
    }

    @GET
    @Path("tags")
    @Operation(operationId = "listTags", summary = "All tags, by slug, with article counts")
    @APIResponse(responseCode = "200", description = "A page of tags",
            content = @Content(schema = @Schema(implementation = TermPage.class)))
    public Response tags(@Parameter(description = "Opaque cursor from `page.nextCursor` of the previous page")
            @RestQuery String cursor,
                         @Parameter(description = "Page size, 1 to 100",
                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                 defaultValue = "20")) @RestQuery String limit,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        return list(terms::tags, cursor, limit, uri, headers);
    }

    @GET
    @Path("tags/{slug}")
    @Operation(operationId = "getTag", summary = "One tag with its article count")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = Term.class)))
    @APIResponse(responseCode = "404", description = "No tag with this slug")
    public Response tag(@Parameter(description = "The tag's slug", example = "north-korea") @RestPath String slug,
                        @Context UriInfo uri, @Context HttpHeaders headers) {
        return one(terms::tag, "tag", slug, uri, headers);
    }

    private Response list(BiFunction<String, Integer, List<Term>> query, String cursor, String limit, UriInfo uri,
            HttpHeaders headers) {
        Cursor after = Cursor.parse(cursor, 1);
        int size = Params.limit(limit);
        return representations.publicGet(Links.key(uri), headers, () -> {
            Page<Term> page = Page.of(query.apply(after == null ? null : after.text(0), size), size, t ->
                    Cursor.of(t.slug()), t -> t);
            return Links.withNext(Rendered.of(page, representations.contentState().changedAt()), uri, page);
        });
    }

    private Response one(Function<String, Optional<Term>> query, String kind, String slug, UriInfo uri,
            HttpHeaders headers) {
        return representations.publicGet(Links.key(uri), headers, () -> query.apply(slug)
                .map(t -> Rendered.of(t, representations.contentState().changedAt()))
                .orElseThrow(() -> ApiException.notFound("No " + kind + " with slug '" + slug + "'")));
    }
}
