package dev.lede.image;

import dev.lede.common.MergePatch;
import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.ContentVersion;
import dev.lede.web.Representations;
import jakarta.ws.rs.Consumes;
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

/** PATCH /images/{id}: an image's description and focal point, as editors change them. */
@Path("/images")
@Tag(name = "Images")
public class ImageEditResource {
    private static final String ID = ImageResource.ID;
    private static final String IF_MATCH = "The ETag from your last GET of the image (or from the answer to your last "
            + "write)";

    private final ImageService service;
    private final ContentVersion contentVersion;

    public ImageEditResource(ImageService service, ContentVersion contentVersion) {
        this.service = service;
        this.contentVersion = contentVersion;
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Role.EDITOR)
    @SecurityRequirement(name = SecuritySchemes.BEARER)
    @Operation(operationId = "patchImage",
            summary = "Change an image's alt text, caption, credit or focal point (JSON Merge Patch, RFC 7396)",
            description = "Role: editor. Needs `If-Match`. Articles that show the image without their own alt, caption "
                    + "or credit show the new ones. A new focal point changes the image's rendition URLs (their `v`): "
                    + "the old ones keep their pictures.")
    @RequestBody(required = true, description = "The members of `IncomingImage` to change; null clears one",
            content = @Content(mediaType = MergePatch.MEDIA_TYPE,
                    schema = @Schema(implementation = IncomingImage.class)))
    @APIResponse(responseCode = "200", description = "The image as stored now",
            content = @Content(schema = @Schema(implementation = ImageViews.ImageView.class)))
    public Response patch(@Parameter(description = ID) @RestPath String id,
                          @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                          String patch) {
        ImageService.Stored stored = service.patch(id, ifMatch, patch);
        contentVersion.invalidate();
        return Representations.keyed(Response.ok(stored.view()).header("ETag", stored.etag())).build();
    }
}
