package dev.lede.image;

import dev.lede.problem.ApiException;
import dev.lede.security.Requires;
import dev.lede.security.Role;
import dev.lede.security.SecuritySchemes;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import dev.lede.web.Representations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/images")
@Tag(name = "Images", description = "Uploaded images, their descriptions and renditions")
public class ImageResource {
    static final String ID = "The image's id";

    private final ImageService service;
    private final ImageRepository images;
    private final ImageLinks links;

    public ImageResource(ImageService service, ImageRepository images, ImageLinks links) {
        this.service = service;
        this.images = images;
        this.links = links;
    }

    @POST
    @Consumes({"image/jpeg", "image/png", "image/webp", "image/gif"})
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(Role.EDITOR)
    @SecurityRequirement(name = SecuritySchemes.BEARER)
    @Operation(operationId = "uploadImage", summary = "Upload an image",
            description = "Role: editor. The body is the image's bytes, at most `lede.images.max-bytes` (20 MiB), "
                    + "and its Content-Type must be what the bytes are (they are read, not trusted): JPEG, PNG, WebP "
                    + "or GIF (the first frame is used). An image of more than `lede.images.max-pixels` is refused "
                    + "from its header, before decoding. The same bytes uploaded again answer 200 with the image "
                    + "they made the first time.")
    @RequestBody(required = true, description = "The image file", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored; `Location` names it",
            content = @Content(schema = @Schema(implementation = ImageViews.ImageView.class)))
    @APIResponse(responseCode = "200", description = "These bytes were uploaded before: the image they made",
            content = @Content(schema = @Schema(implementation = ImageViews.ImageView.class)))
    @APIResponse(responseCode = "400",
            description = "The bytes are not an image, not the format the Content-Type says, or damaged")
    @APIResponse(responseCode = "413",
            description = "More bytes than `lede.images.max-bytes`, or more pixels than `lede.images.max-pixels`")
    public Response upload(byte[] body, @Context HttpHeaders headers) {
        ImageService.Stored stored = service.upload(body, headers.getMediaType().getType() + "/"
                + headers.getMediaType().getSubtype());
        Response.ResponseBuilder answer = Response.status(stored.created() ? 201 : 200).entity(stored.view())
                .header("ETag", stored.etag());
        return Representations.keyed(stored.created() ? answer.header("Location", stored.view().links().self())
                : answer).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @PublicRead
    @Operation(operationId = "getImage", summary = "An image's description, size and rendition URLs",
            description = "Alt text, caption, credit, focal point and pixel size, with `srcset`-ready rendition URLs.")
    @APIResponse(responseCode = "200", description = "The image",
            content = @Content(schema = @Schema(implementation = ImageViews.ImageView.class)))
    @APIResponse(responseCode = "404", description = "No image with this id")
    public Rendered get(@Parameter(description = ID) @RestPath String id) {
        Image image = images.find(id).orElseThrow(() -> missing(id));
        return Rendered.of(ImageViews.ImageView.of(image, links), image.updatedAt);
    }

    static ApiException missing(String id) {
        return ApiException.notFound("No image with id '" + id + "'");
    }
}
