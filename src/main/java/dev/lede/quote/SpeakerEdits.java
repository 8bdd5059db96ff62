package dev.lede.quote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What an editor sends to merge speakers or split one. */
public final class SpeakerEdits {
    private SpeakerEdits() {
    }

    @Schema(name = "SpeakerMerge", description = "Speakers who are the person (or organisation) of the path")
    public record Merge(@NotNull @Size(min = 1, max = 100)
                        @Schema(description = "Slugs of the speakers to merge into this one",
                                example = "[\"secretary-austin\", \"lloyd-j-austin-iii\"]")
                        List<@NotBlank @Size(max = 200) String> speakers) {
    }

    @Schema(name = "SpeakerSplit", description = "Quotes of this speaker that someone else said")
    public record Split(@NotNull @Size(min = 1, max = 1000)
                        @Schema(description = "Ids of this speaker's quotes (as listed by `GET /quotes?speaker=`) to "
                                + "give to the other speaker")
                        List<@NotNull UUID> quotes,
                        @NotBlank @Size(max = 200)
                                @Schema(description = "Who said them: an existing speaker's name, or a new person's",
                                example = "Ellen Grant") String name,
                        @Size(max = 300)
                                @Schema(nullable = true,
                                description = "Their role in those quotes; absent to keep each quote's",
                                example = "deputy mayor") String role) {
    }
}
