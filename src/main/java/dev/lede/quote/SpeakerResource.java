package dev.lede.quote;

import dev.lede.article.Moved;
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

@Path("/speakers")
@Tag(name = "Speakers", description = "People and organisations quoted in published articles")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {
    private final SpeakerRepository speakers;
    private final Representations representations;

    public SpeakerResource(SpeakerRepository speakers, Representations representations) {
        this.speakers = speakers;
        this.representations = representations;
    }

    @GET
    @Operation(operationId = "listSpeakers", summary = "Speakers by name, with their quote counts")
    @APIResponse(responseCode = "200", description = "A page of speakers",
            content = @Content(schema = @Schema(implementation = SpeakerPage.class)))
    public Response list(
            @Parameter(description = "Only speakers whose name, or a word of it, starts with this", example = "aus")
                    @RestQuery String q,
            @Parameter(description = "Opaque cursor from `page.nextCursor` of the previous page")
                    @RestQuery String cursor,
            @Parameter(description = "Page size, 1 to 100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                    @RestQuery String limit,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        String prefix = Params.text(q);
        if (prefix != null && prefix.length() > 100) {
            throw ApiException.invalidParameter("q", "must be at most 100 characters");
        }
        Cursor after = Cursor.parse(cursor, 2);
        int size = Params.limit(limit);
        return representations.publicGet(Links.key(uri), headers, () -> {
            Page<SpeakerViews.Summary> page = Page.of(speakers.page(prefix, after, size), size,
                    SpeakerRepository::cursorOf,
                    SpeakerViews.Summary::of);
            return Links.withNext(Rendered.of(page, representations.contentState().changedAt()), uri, page);
        });
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getSpeaker", summary = "One speaker with their latest quotes",
            description = "The slug of a speaker that an editor merged into another answers 301 with the other's URL "
                    + "in `Location`.")
    @APIResponse(responseCode = "200", description = "The speaker",
            content = @Content(schema = @Schema(implementation = SpeakerViews.Detail.class)))
    @APIResponse(responseCode = "301", description = "An editor merged this speaker into another: `Location` names it")
    @APIResponse(responseCode = "404", description = "Nobody with this slug is quoted in a published article")
    public Response get(@Parameter(description = "The speaker's slug", example = "lloyd-austin") @RestPath String slug,
                        @Context UriInfo uri, @Context HttpHeaders headers) {
        return representations.publicGet(Links.key(uri), headers, () -> {
            SpeakerViews.Detail speaker = speakers.detail(slug).orElseThrow(() -> movedOrMissing(slug));
            return Rendered.of(speaker, representations.contentState().changedAt());
        });
    }

    private RuntimeException movedOrMissing(String slug) {
        return speakers.bySlug(slug).filter(s -> s.mergedInto != null).map(Speaker::current)
                .<RuntimeException>map(s -> new Moved("/api/v1/speakers/" + s.slug))
                .orElseGet(() -> ApiException.notFound("No speaker with slug '" + slug + "'"));
    }
}
