package dev.lede.quote;

import dev.lede.article.Moved;
import dev.lede.paging.Page;
import dev.lede.problem.ApiException;
import dev.lede.web.PageQuery;
import dev.lede.web.Params;
import dev.lede.web.PublicRead;
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

@Path("/speakers")
@Tag(name = "Speakers", description = "People and organisations quoted in published articles")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {
    private final SpeakerRepository speakers;

    public SpeakerResource(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    @GET
    @PublicRead
    @Operation(operationId = "listSpeakers", summary = "Speakers by name, with their quote counts",
            description = "People and organisations quoted in published articles; `q` narrows them by name.")
    @APIResponse(responseCode = "200", description = "A page of speakers",
            content = @Content(schema = @Schema(implementation = SpeakerPage.class)))
    public Page<SpeakerViews.Summary> list(
            @Parameter(description = "Only speakers whose name, or a word of it, starts with this", example = "aus")
            @RestQuery String q,
            @BeanParam PageQuery page) {
        String prefix = Params.text(q);
        if (prefix != null && prefix.length() > 100) {
            throw ApiException.invalidParameter("q", "must be at most 100 characters");
        }
        return Page.of(speakers.page(prefix, page.after(2), page.size()), page.size(), SpeakerRepository::cursorOf,
                SpeakerViews.Summary::of);
    }

    @GET
    @Path("/{slug}")
    @PublicRead
    @Operation(operationId = "getSpeaker", summary = "One speaker with their latest quotes",
            description = "The slug of a speaker that an editor merged into another answers 301 with the other's URL "
                    + "in `Location`.")
    @APIResponse(responseCode = "200", description = "The speaker",
            content = @Content(schema = @Schema(implementation = SpeakerViews.Detail.class)))
    @APIResponse(responseCode = "301", description = "An editor merged this speaker into another: `Location` names it")
    @APIResponse(responseCode = "404", description = "Nobody with this slug is quoted in a published article")
    public SpeakerViews.Detail get(
            @Parameter(description = "The speaker's slug", example = "lloyd-austin") @RestPath String slug) {
        return speakers.detail(slug).orElseThrow(() -> movedOrMissing(slug));
    }

    private RuntimeException movedOrMissing(String slug) {
        return speakers.bySlug(slug).filter(s -> s.mergedInto != null).map(Speaker::current)
                .<RuntimeException>map(s -> new Moved("/api/v1/speakers/" + s.slug))
                .orElseGet(() -> ApiException.notFound("No speaker with slug '" + slug + "'"));
    }
}
