package dev.lede.article;

import dev.lede.problem.ApiException;
import dev.lede.problem.JsonBodies;
import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.ContentVersion;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;

/** An article's life: published now or at a time, back to draft, deleted. */
@Path("/articles")
@Tag(name = "Editing")
@Produces(MediaType.APPLICATION_JSON)
@Requires(Role.EDITOR)
@SecurityRequirement(name = SecuritySchemes.BEARER)
public class ArticlePublishResource {
    private static final String IF_MATCH = ArticleWrites.IF_MATCH;

    private final ArticleEditor editor;
    private final JsonBodies bodies;
    private final ContentVersion contentVersion;

    public ArticlePublishResource(ArticleEditor editor, JsonBodies bodies, ContentVersion contentVersion) {
        this.editor = editor;
        this.bodies = bodies;
        this.contentVersion = contentVersion;
    }

    @POST
    @Path("/{slugOrId}/publish")
    @Operation(operationId = "publishArticle", summary = "Publish an article now, or schedule it",
            description = "Role: editor. Needs `If-Match`. With `publishAt` the article is scheduled: it appears by "
                    + "itself at that time, on every replica, and stays invisible without an editor key until then.")
    @RequestBody(required = false,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublishRequest.class)))
    @APIResponse(responseCode = "200", description = "The article, published or scheduled",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response publish(@Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
                            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                            String body) {
        var json = bodies.object(body);
        Instant at = json == null ? null : bodies.valid(json, PublishRequest.class).publishAt();
        if (at != null && !at.isAfter(Instant.now())) {
            throw ApiException.invalidParameter("publishAt", "must be in the future; leave it out to publish now");
        }
        return ArticleWrites.answer(contentVersion, 200, editor.publish(slugOrId, ifMatch, at)).build();
    }

    @POST
    @Path("/{slugOrId}/unpublish")
    @Operation(operationId = "unpublishArticle", summary = "Take an article back to draft",
            description = "Role: editor. Needs `If-Match`. Also cancels a schedule.")
    @APIResponse(responseCode = "200", description = "The article, now a draft",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The article is a draft already")
    public Response unpublish(@Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
                              @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match")
                                      String ifMatch) {
        return ArticleWrites.answer(contentVersion, 200, editor.unpublish(slugOrId, ifMatch)).build();
    }

    @DELETE
    @Path("/{slugOrId}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article",
            description = "Role: editor. Needs `If-Match`. It leaves every read at once; the change feed keeps a "
                    + "`deleted` event.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "The article's slug or its UUID") @RestPath String slugOrId,
                           @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match")
                                   String ifMatch) {
        editor.delete(slugOrId, ifMatch);
        contentVersion.invalidate();
        return Response.noContent().build();
    }
}
