package dev.lede.quote;

import dev.lede.common.MergePatch;
import dev.lede.problem.JsonBodies;
import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.ContentVersion;
import dev.lede.web.Representations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

@Path("/quotes")
@Tag(name = "Editing")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Role.EDITOR)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class QuoteEditResource {
    private static final String IF_MATCH = "The ETag from your last GET of the quote (or from the answer to your last "
            + "correction)";

    private final QuoteEditor editor;
    private final JsonBodies bodies;
    private final ContentVersion contentVersion;

    public QuoteEditResource(QuoteEditor editor, JsonBodies bodies, ContentVersion contentVersion) {
        this.editor = editor;
        this.bodies = bodies;
        this.contentVersion = contentVersion;
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "correctQuote",
            summary = "Correct who said a quote (JSON Merge Patch of speaker and role)",
            description = "Role: editor. Needs `If-Match`. The correction is kept when the article's body is edited "
                    + "and its quotes extracted again.")
    @RequestBody(required = true,
            content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = QuoteCorrection.class)))
    @APIResponse(responseCode = "200", description = "The quote as corrected",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    public Response correct(@Parameter(description = "The quote's id") @RestPath String id,
                            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                            String patch) {
        QuoteEditor.Edited e = editor.correct(QuoteResource.quoteId(id), ifMatch, q ->
                bodies.merged(QuoteCorrection.of(q), patch, QuoteCorrection.class));
        contentVersion.invalidate();
        return Representations.keyed(Response.ok(e.view()).header("ETag", e.etag())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "hideQuote", summary = "Hide a quote",
            description = "Role: editor. Needs `If-Match`. A wrongly found quote leaves every read, and stays hidden "
                    + "when quotes are extracted again.")
    @APIResponse(responseCode = "204", description = "Hidden")
    public Response hide(@Parameter(description = "The quote's id") @RestPath String id,
                         @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        editor.hide(QuoteResource.quoteId(id), ifMatch);
        contentVersion.invalidate();
        return Response.noContent().build();
    }
}
