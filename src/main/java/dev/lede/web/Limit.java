package dev.lede.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code limit}: how many items a page holds, 1 to 100 (20 unless asked). */
@Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")
public record Limit(int value) {
    public static final String DEFAULT = "20";

    public static Limit parse(String name, String text) {
        return new Limit(Params.limit(name, text));
    }
}
