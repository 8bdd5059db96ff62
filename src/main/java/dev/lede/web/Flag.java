package dev.lede.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A true-or-false parameter: exactly {@code true} or {@code false} (any case), never a guess. */
@Schema(type = SchemaType.BOOLEAN)
public record Flag(boolean on) {
    public static Flag parse(String name, String text) {
        return new Flag(Params.flag(name, text, false));
    }
}
