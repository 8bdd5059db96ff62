package dev.lede.image;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Images as clients see them: whole ({@link ImageView}) and as articles show them ({@link ImageRef}). */
public final class ImageViews {
    private ImageViews() {
    }

    private static final String SRCSET = "The renditions for `<img srcset>`: each URL with the width it really has "
            + "(`640w`), up to the original's; null while only the image's source URL is known";
    private static final String SRC = "The largest rendition of `srcset`, for `<img src>`; null while only the source "
            + "URL is known";

    @Schema(name = "Rendition", description = "One rendition of an image: its width and URL")
    public record Rendition(@Schema(example = "640") int width,
                            @Schema(example = "https://media.example.com/api/v1/images/3f6c1a52-5d0e-4b7e-9a53-0c3f0b8f"
                                    + "4e21/render?w=640&v=9c1f04ab2e")
                            String url) {
    }

    @Schema(name = "Image", description = "An image and what the newsroom says about it")
    public record ImageView(UUID id,
                            @Schema(nullable = true, description = "Null while only the source URL is known",
                                    example = "image/jpeg") String mediaType,
                            @Schema(nullable = true,
                                    description = "Upright width in pixels; null while only the source URL is known",
                                    example = "1600") Integer width,
                            @Schema(nullable = true, example = "1067") Integer height,
                            @Schema(nullable = true, description = "Size of the original in bytes", example = "245811")
                                    Integer byteSize,
                            @Schema(nullable = true, description = "Alternative text for readers who cannot see it",
                                    example = "Soldiers on parade in Pyongyang") String alt,
                            @Schema(nullable = true, example = "North Korean soldiers march during a parade.")
                                    String caption,
                            @Schema(nullable = true, example = "Jane Doe/Reuters") String credit,
                            FocalPoint focalPoint,
                            @Schema(nullable = true, description = "The address an imported page gave for it",
                                    example = "https://example.com/photos/parade.jpg") String sourceUrl,
                            @Schema(nullable = true, description = SRC) String src,
                            @Schema(nullable = true, description = SRCSET,
                                    example = "https://media.example.com/api/v1/images/3f6c1a52-5d0e-4b7e-9a53-0c3f0b8f"
                                    + "4e21/render?w=320&v=9c1f04ab2e 320w, "
                                    + "https://media.example.com/api/v1/images/3f6c1a52-5d0e-4b7e-9a53-0c3f0b8f4e21/ren"
                                    + "der?w=640&v=9c1f04ab2e 640w")
                            String srcset,
                            @Schema(description = "The same renditions as a list, for apps") List<Rendition> renditions,
                            Instant createdAt,
                            Instant updatedAt,
                            ImageLinksView links) {
        public static ImageView of(Image i, ImageLinks links) {
            List<Rendition> renditions = links.renditions(i);
            return new ImageView(i.id, i.mediaType, i.width, i.height, i.byteSize, i.alt, i.caption, i.credit,
                    i.focalPoint(), i.sourceUrl, ImageLinks.src(renditions), ImageLinks.srcset(renditions), renditions,
                    i.createdAt, i.updatedAt, new ImageLinksView(links.self(i), i.hasBytes() ? links.render(i) : null));
        }
    }

    @Schema(name = "ImageLinks")
    public record ImageLinksView(@Schema(example = "/api/v1/images/3f6c1a52-5d0e-4b7e-9a53-0c3f0b8f4e21") String self,
                                 @Schema(nullable = true,
                                         description = "The rendition URL to add w, h, fit, fmt and q to; null without "
                                         + "bytes",
                                         example = "https://media.example.com/api/v1/images/3f6c1a52-5d0e-4b7e-9a53-0c3"
                                                 + "f0b8f4e21/render?v=9c1f04ab2e")
                                 String render) {
    }

    @Schema(name = "ImageRef", description = "An image as an article shows it: its size and rendition URLs")
    public record ImageRef(UUID id,
                           @Schema(nullable = true, example = "image/jpeg") String mediaType,
                           @Schema(nullable = true, example = "1600") Integer width,
                           @Schema(nullable = true, example = "1067") Integer height,
                           @Schema(nullable = true, description = "The address an imported page gave for it")
                                   String sourceUrl,
                           @Schema(nullable = true, description = SRC) String src,
                           @Schema(nullable = true, description = SRCSET) String srcset,
                           @Schema(description = "The same renditions as a list, for apps") List<Rendition> renditions,
                           @Schema(nullable = true,
                                   description = "The rendition URL to add w, h, fit, fmt and q to (other sizes and "
                                   + "shapes); null without bytes",
                                   example = "https://media.example.com/api/v1/images/3f6c1a52-5d0e-4b7e-9a53-0c3f0b8f4"
                                           + "e21/render?v=9c1f04ab2e")
                           String render) {
        public static ImageRef of(Image i, ImageLinks links) {
            List<Rendition> renditions = links.renditions(i);
            return new ImageRef(i.id, i.mediaType, i.width, i.height, i.sourceUrl, ImageLinks.src(renditions),
                    ImageLinks.srcset(renditions), renditions, i.hasBytes() ? links.render(i) : null);
        }
    }
}
