package dev.lede.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncomingKey")
public record IncomingKey(@NotNull @Pattern(regexp = "reader|editor|admin", message = "must be reader, editor or admin")
                          @Schema(example = "editor") String role,
                          @Size(max = 200) @Schema(description = "What the key is for", example = "newsroom CMS")
                                  String name) {
}
