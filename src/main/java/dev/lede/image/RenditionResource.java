package dev.lede.image;

import dev.lede.problem.ApiException;
import dev.lede.web.Links;
import dev.lede.web.Representations;
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
import org.jboss.resteasy.reactive.RestQuery;

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
                    + "(`lede.images.*`), "
                    + "so that every rendition can be kept. The URLs in `srcset` (of an image, or of an article's "
                            + "images) carry the "
                    + "image's pixel version `v`: such a URL names one picture forever and is answered "
                    + "`Cache-Control: public, max-age=31536000, immutable`; without `v`, or with an old one, the "
                            + "answer is the "
                    + "image as it is now, cached for a minute.")
    @APIResponse(responseCode = "200", description = "The rendition; `ETag` is its strong validator", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No image with this id")
    @APIResponse(responseCode = "409",
            description = "Only the image's source URL is known: there are no bytes to render yet")
    public Response render(
            @Parameter(description = "The image's id") @RestPath String id,
            @Parameter(description = "Width in pixels, one of `lede.images.widths` (default 160, 320, 480, 640, 960, "
                    + "1280, 1600, 1920); "
                    + "absent: the original's, up to the largest", schema = @Schema(type = SchemaType.INTEGER))
                            @RestQuery String w,
            @Parameter(description = "Height in pixels, with `w`: `w:h` must be one of `lede.images.aspect-ratios` "
                    + "(default 1:1, 4:3, 3:2, 16:9, 2:1, 3:4, 2:3, 9:16), e.g. `w=640&h=360`",
                            schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String h,
            @Parameter(description = "With `w` and `h`: `cover` (default) fills the box, cropping around the focal "
                    + "point; "
                    + "`contain` fits inside it", schema = @Schema(enumeration = {"cover", "contain"}))
                            @RestQuery String fit,
            @Parameter(description = "Output format; default the original's (a GIF's first frame as PNG)",
                    schema = @Schema(enumeration = {"jpeg", "png", "webp"})) @RestQuery String fmt,
            @Parameter(description = "Quality of a JPEG or WebP, one of `lede.images.qualities` (default 50, 65, 80, "
                    + "90); default 80",
                    schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String q,
            @Parameter(description = "The image's pixel version, as its rendition URLs carry it") @RestQuery String v,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Image image = images.find(id).orElseThrow(() -> ImageResource.missing(id));
        if (!image.hasBytes()) {
            throw new ApiException(409, "Only the source URL of image '" + id + "' is known (" + image.sourceUrl
                    + "): upload its bytes to render it");
        }
        RenditionSpec spec = rules.parse(w, h, fit, fmt, q, image.format());
        ImageRenditions.Rendition r = renditions.of(image, spec);
        boolean current = image.pixelVersion().equals(v);
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
