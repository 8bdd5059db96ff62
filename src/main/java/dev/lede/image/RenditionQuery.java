package dev.lede.image;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** What a rendition is asked with: its size, shape, format and quality, read by {@link RenditionRules}. */
public class RenditionQuery {
    @Parameter(description = "Width in pixels, one of `lede.images.widths` (default 160, 320, 480, 640, 960, 1280, "
            + "1600, 1920); absent: the original's, up to the largest", schema = @Schema(type = SchemaType.INTEGER))
    @RestQuery
    String w;

    @Parameter(description = "Height in pixels, with `w`: `w:h` must be one of `lede.images.aspect-ratios` "
            + "(default 1:1, 4:3, 3:2, 16:9, 2:1, 3:4, 2:3, 9:16), e.g. `w=640&h=360`",
            schema = @Schema(type = SchemaType.INTEGER))
    @RestQuery
    String h;

    @Parameter(description = "With `w` and `h`: `cover` (default) fills the box, cropping around the focal point; "
            + "`contain` fits inside it", schema = @Schema(enumeration = {"cover", "contain"}))
    @RestQuery
    String fit;

    @Parameter(description = "Output format; default the original's (a GIF's first frame as PNG)",
            schema = @Schema(enumeration = {"jpeg", "png", "webp"}))
    @RestQuery
    String fmt;

    @Parameter(description = "Quality of a JPEG or WebP, one of `lede.images.qualities` (default 50, 65, 80, "
            + "90); default 80",
            schema = @Schema(type = SchemaType.INTEGER))
    @RestQuery
    String q;

    @Parameter(description = "The image's pixel version, as its rendition URLs carry it")
    @RestQuery
    String v;
}
