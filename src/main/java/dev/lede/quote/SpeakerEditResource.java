package dev.lede.quote;

import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.ContentVersion;
import dev.lede.web.Representations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/speakers")
@Tag(name = "Editing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Requires(Role.EDITOR)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class SpeakerEditResource {
    private static final String IF_MATCH = "The ETag from your last GET of this speaker (or from the answer to your "
            + "last merge or split)";
    private static final String SLUG = "The speaker's slug";

    private final SpeakerEditor editor;
    private final ContentVersion contentVersion;

    public SpeakerEditResource(SpeakerEditor editor, ContentVersion contentVersion) {
        this.editor = editor;
        this.contentVersion = contentVersion;
    }

    @POST
    @Path("/{slug}/merge")
    @Operation(operationId = "mergeSpeakers", summary = "Merge other speakers into this one: they are the same person",
            description = "Role: editor. Needs `If-Match`. The other speakers' quotes become this speaker's, and so "
                    + "do quotes extracted for them later; their slugs answer 301 with this one. Appends an "
                    + "`updated` event for each quote moved.")
    @APIResponse(responseCode = "200", description = "This speaker with the merged quotes; `ETag` is its new validator",
            content = @Content(schema = @Schema(implementation = SpeakerViews.Detail.class)))
    public Response merge(@Parameter(description = SLUG, example = "lloyd-austin") @RestPath String slug,
                          @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull SpeakerEdits.Merge merge) {
        return answer(editor.merge(slug, ifMatch, merge));
    }

    @POST
    @Path("/{slug}/split")
    @Operation(operationId = "splitSpeaker", summary = "Give some of this speaker's quotes to someone else",
            description = "Role: editor. Needs `If-Match`. The quotes go to the speaker with `name` (a new person if "
                    + "there is none); "
                    + "they stay with them when extracted again. Appends an `updated` event for each quote moved.")
    @APIResponse(responseCode = "201", description = "The quotes went to a new speaker, named by `Location`",
            content = @Content(schema = @Schema(implementation = SpeakerViews.Detail.class)))
    @APIResponse(responseCode = "200", description = "The quotes went to an existing speaker, shown with its `ETag`",
            content = @Content(schema = @Schema(implementation = SpeakerViews.Detail.class)))
    public Response split(@Parameter(description = SLUG, example = "paul-grant") @RestPath String slug,
                          @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull SpeakerEdits.Split split) {
        return answer(editor.split(slug, ifMatch, split));
    }

    private Response answer(SpeakerEditor.Edited e) {
        contentVersion.invalidate();
        Response.ResponseBuilder answer = Response.status(e.created() ? 201 : 200).entity(e.view())
                .header("ETag", e.etag());
        if (e.created()) {
            answer.header("Location", e.view().links().self());
        }
        return Representations.keyed(answer).build();
    }
}
