package dev.lede.image;

import dev.lede.problem.ApiException;
import dev.lede.web.Links;
import dev.lede.web.Representations;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

@Path(RenditionResource.PATH)
@Tag(name = "Images")
public class RenditionResource {
    /** The route template, which HTTP metrics label renditions with. */
    static final String PATH = "/images/{id}/render";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final ImageRepository images;
    private final ImageRenditions renditions;
    private final RenditionRules rules;
    private final Representations representations;

    public RenditionResource(ImageRepository images, ImageRenditions renditions, RenditionRules rules,
            Representations representations) {
        this.images = images;
        this.renditions = renditions;
        this.rules = rules;
        this.representations = representations;
    }

    @GET
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "renderImage",
            summary = "A rendition of an image: resized, cropped, in the format asked for",
            description = "Never larger than the original. Widths, shapes and qualities come from fixed lists "
                    + "(`lede.images.*`), so that every rendition can be kept. The URLs in `srcset` (of an image, or "
                    + "of an article's images) carry the image's pixel version `v`: such a URL names one picture "
                    + "forever and is answered `Cache-Control: public, max-age=31536000, immutable`; without `v`, or "
                    + "with an old one, the answer is the image as it is now, cached for a minute.")
    @APIResponse(responseCode = "200", description = "The rendition; `ETag` is its strong validator", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No image with this id")
    @APIResponse(responseCode = "409",
            description = "Only the image's source URL is known: there are no bytes to render yet")
    public Response render(
            @Parameter(description = "The image's id") @RestPath String id,
            @BeanParam RenditionQuery query,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Image image = images.find(id).orElseThrow(() -> ImageResource.missing(id));
        if (!image.hasBytes()) {
            throw new ApiException(409, "Only the source URL of image '" + id + "' is known (" + image.sourceUrl
                    + "): upload its bytes to render it");
        }
        RenditionSpec spec = rules.parse(query.w, query.h, query.fit, query.fmt, query.q, image.format());
        ImageRenditions.Rendition r = renditions.of(image, spec);
        boolean current = image.pixelVersion().equals(query.v);
        boolean shared = representations.shared(headers);
        if (current && shared) {
            renditions.servedAt(Links.key(uri), image, spec);
        }
        return answer(r, headers.getHeaderString("If-None-Match"), !shared ? Representations.cacheControl(false)
                : current ? IMMUTABLE : Representations.cacheControl(true));
    }

    static Response answer(ImageRenditions.Rendition r, String ifNoneMatch, String cacheControl) {
        Response.ResponseBuilder answer = Representations.notModified(ifNoneMatch, r.etag())
                ? Response.notModified() : Response.ok(r.bytes(), r.mediaType());
        return answer.header("ETag", r.etag()).header("Cache-Control", cacheControl)
                .header("Vary", "Authorization, Origin").build();
    }
}
