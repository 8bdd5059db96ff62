package dev.lede.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One block of an article body, stored as JSON in the article row: a paragraph, a heading (text) or an image. */
@Schema(name = "StoredBlock", hidden = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(String type, String text, Picture picture) {
    public static final String PARAGRAPH = "paragraph";
    public static final String HEADING = "heading";
    public static final String IMAGE = "image";

    public Block(String type, String text) {
        this(type, text, null);
    }

    public static Block paragraph(String text) {
        return new Block(PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(HEADING, text);
    }

    public static Block image(Picture picture) {
        return new Block(IMAGE, null, picture);
    }
}
