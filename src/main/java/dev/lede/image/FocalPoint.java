package dev.lede.image;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FocalPoint",
        description = "Where the picture's subject is, as fractions of its width (x) and height (y) from the "
        + "top left: cover crops keep it in frame. The centre (0.5, 0.5) unless an editor set it")
public record FocalPoint(@Schema(minimum = "0", maximum = "1", example = "0.5") double x,
                         @Schema(minimum = "0", maximum = "1", example = "0.35") double y) {
    public static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);
}
