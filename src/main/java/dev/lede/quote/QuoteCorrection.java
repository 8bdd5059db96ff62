package dev.lede.quote;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuoteCorrection", description = "An editor's correction of who said a quote (JSON Merge Patch)")
public record QuoteCorrection(
        @Size(min = 1, max = 200)
                @Schema(description = "The speaker's name; null for no known speaker", example = "Lloyd Austin")
                String speaker,
        @Size(max = 300)
                @Schema(description = "Their role where quoted; null for none", example = "U.S. Secretary of Defense")
                String role) {

    static QuoteCorrection of(Quote q) {
        return new QuoteCorrection(q.speaker == null ? null : q.speaker.name, q.role);
    }
}
