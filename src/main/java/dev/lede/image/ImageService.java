package dev.lede.image;

import dev.lede.common.Sha256;
import dev.lede.problem.ApiException;
import dev.lede.problem.JsonBodies;
import dev.lede.web.Representations;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Uploads and edits. An upload is checked before anything is stored: its format by content, its declared size
 * against lede.images.max-pixels before decoding, then decoded whole; the same bytes twice are one image.
 */
@ApplicationScoped
public class ImageService {
    public record Stored(ImageViews.ImageView view, String etag, boolean created) {
    }

    private final ImageRepository images;
    private final RenditionRepository storedRenditions;
    private final ImageRenditions renditions;
    private final ImageLinks links;
    private final Representations representations;
    private final JsonBodies bodies;
    private final ImageConfig config;

    public ImageService(ImageRepository images, RenditionRepository storedRenditions, ImageRenditions renditions,
            ImageLinks links,
                        Representations representations, JsonBodies bodies, ImageConfig config) {
        this.images = images;
        this.storedRenditions = storedRenditions;
        this.renditions = renditions;
        this.links = links;
        this.representations = representations;
        this.bodies = bodies;
        this.config = config;
    }

    /** Uploads may be larger than other request bodies. */
    void allowLargeBodies(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start,
            dev.lede.web.BodyLimits limits) {
        limits.allow("POST", "/api/v1/images", config.maxBytes().asLongValue());
    }

    public Stored upload(byte[] bytes, String mediaType) {
        ImageFormat declared = ImageFormat.ofMediaType(mediaType).orElseThrow(() -> new ApiException(415,
                "Images are taken as image/jpeg, image/png, image/webp or image/gif"));
        if (bytes == null || bytes.length == 0) {
            throw new ApiException(400, "The request body is empty: send the image's bytes");
        }
        if (bytes.length > config.maxBytes().asLongValue()) {
            throw new ApiException(413, "The image is " + bytes.length + " bytes; at most " + config.maxBytes()
                    .asLongValue() + " are accepted");
        }
        Decoder.Header header = Decoder.inspect(bytes, declared, config.maxPixels());
        // every pixel readable, or a 400 now rather than at the first rendition
        renditions.whileRendering(() -> {
            Decoder.check(bytes, header.format());
            return null;
        });
        String hash = Sha256.hex(bytes);
        return dev.lede.problem.Constraints.retried(() -> QuarkusTransaction.requiringNew()
                .call(() -> images.findByContentHash(hash)
                .map(existing -> stored(existing, false))
                .orElseGet(() -> stored(created(bytes, hash, header), true))), "image_content_hash_key");
    }

    private Image created(byte[] bytes, String hash, Decoder.Header header) {
        Image image = new Image();
        image.bytes = bytes;
        image.byteSize = bytes.length;
        image.contentHash = hash;
        image.mediaType = header.format().mediaType();
        image.width = header.width();
        image.height = header.height();
        images.persistAndFlush(image);
        return image;
    }

    /**
     * The image known by the address an imported page gave, made with the page's alt, caption and credit when it is
     * new. Lede never fetches it while importing: its bytes come by upload, or not at all. In the caller's transaction.
     */
    public Image sourced(String url, String alt, String caption, String credit) {
        return images.findBySourceUrl(url).orElseGet(() -> {
            Image image = new Image();
            image.sourceUrl = url;
            image.alt = alt;
            image.caption = caption;
            image.credit = credit;
            images.persistAndFlush(image);
            return image;
        });
    }

    /** A merge patch of alt, caption, credit and focal point; If-Match must name the image as a GET shows it now. */
    @Transactional
    public Stored patch(String id, String ifMatch, String patch) {
        Image image = images.findForUpdate(id)
                .orElseThrow(() -> ApiException.notFound("No image with id '" + id + "'"));
        representations.requireMatch(ifMatch, ImageViews.ImageView.of(image, links));
        IncomingImage in = bodies.merged(IncomingImage.of(image), patch, IncomingImage.class);
        image.alt = blankToNull(in.alt());
        image.caption = blankToNull(in.caption());
        image.credit = blankToNull(in.credit());
        image.focalX = in.focalPoint() == null ? 0.5 : in.focalPoint().x();
        image.focalY = in.focalPoint() == null ? 0.5 : in.focalPoint().y();
        images.flush();
        if (image.hasBytes()) {
            storedRenditions.dropAllBut(image.id, image.pixelVersion());
        }
        return stored(image, false);
    }

    private Stored stored(Image image, boolean created) {
        ImageViews.ImageView view = ImageViews.ImageView.of(image, links);
        return new Stored(view, representations.etag(view), created);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
