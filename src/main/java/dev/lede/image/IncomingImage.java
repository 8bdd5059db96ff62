package dev.lede.image;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may change of an image: everything but its pixels. */
@Schema(name = "IncomingImage", description = "An image's description and focal point, as an editor sets them")
public record IncomingImage(
        @Size(max = 1000) @Schema(nullable = true, example = "Soldiers on parade in Pyongyang") String alt,
        @Size(max = 4000) @Schema(nullable = true, example = "North Korean soldiers march during a parade.")
                String caption,
        @Size(max = 500) @Schema(nullable = true, example = "Jane Doe/Reuters") String credit,
        @Valid @Schema(nullable = true, description = "Absent or null: the centre") Focus focalPoint) {

    @Schema(name = "IncomingFocalPoint")
    public record Focus(@DecimalMin("0") @DecimalMax("1") @Schema(minimum = "0", maximum = "1", example = "0.5")
            double x,
                        @DecimalMin("0") @DecimalMax("1") @Schema(minimum = "0", maximum = "1", example = "0.35")
                                double y) {
    }

    static IncomingImage of(Image i) {
        return new IncomingImage(i.alt, i.caption, i.credit, new Focus(i.focalX, i.focalY));
    }
}
