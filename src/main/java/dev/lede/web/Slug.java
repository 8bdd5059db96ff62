package dev.lede.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slug naming a section, tag or speaker in a filter: lowercase letters, digits and hyphens. */
@Schema(type = SchemaType.STRING)
public record Slug(String value) {
    /** The slug's text, or null when the parameter was not given. */
    public static String text(Slug slug) {
        return slug == null ? null : slug.value;
    }

    public static Slug parse(String name, String text) {
        String slug = Params.slug(name, text);
        return slug == null ? null : new Slug(slug);
    }
}
