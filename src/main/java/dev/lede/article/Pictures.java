package dev.lede.article;

import dev.lede.image.Image;
import dev.lede.image.ImageLinks;
import dev.lede.image.ImageViews.ImageRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The images some articles show, read once for all of them: an article's use of an image with the image's
 * size and rendition URLs, and its alt, caption and credit where the article gives none of its own.
 */
final class Pictures {
    static final Pictures NONE = new Pictures(Map.of(), null);

    private final Map<UUID, Image> images;
    private final ImageLinks links;

    Pictures(Map<UUID, Image> images, ImageLinks links) {
        this.images = images;
        this.links = links;
    }

    @Schema(name = "Picture",
            description = "An image as the article shows it: the image (null when a page gave only a caption), "
            + "and this use's alt text, caption and credit, the image's own where the article sets none")
    public record PictureView(
            @Schema(nullable = true, description = "The image, with `srcset`; null when only a caption is known")
            ImageRef image,
                              @Schema(nullable = true, description = "The address the imported page gave for it")
                                      String sourceUrl,
                              @Schema(nullable = true, example = "Soldiers on parade in Pyongyang") String alt,
                              @Schema(nullable = true, example = "North Korean soldiers march during a parade.")
                                      String caption,
                              @Schema(nullable = true, example = "Jane Doe/Reuters") String credit) {
    }

    PictureView view(Picture p) {
        if (p == null) {
            return null;
        }
        Image image = p.image() == null ? null : images.get(p.image());
        if (image == null) {
            return new PictureView(null, p.sourceUrl(), p.alt(), p.caption(), p.credit());
        }
        return new PictureView(ImageRef.of(image, links), p.sourceUrl() != null ? p.sourceUrl() : image.sourceUrl,
                either(p.alt(), image.alt), either(p.caption(), image.caption), either(p.credit(), image.credit));
    }

    /** The images an article's lead image and, with {@code body}, its image blocks name. */
    static Stream<UUID> ids(Article a, boolean body) {
        Stream<Picture> lead = Stream.ofNullable(a.leadImage);
        Stream<Picture> blocks = body ? a.body.stream().map(Block::picture).filter(Objects::nonNull) : Stream.empty();
        return Stream.concat(lead, blocks).map(Picture::image).filter(Objects::nonNull);
    }

    private static String either(String own, String image) {
        return own != null ? own : image;
    }
}
