package dev.lede.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One block of an article body, stored as JSON in the article row. */
@Schema(name = "StoredBlock", hidden = true)
public record Block(String type, String text) {
    public static final String PARAGRAPH = "paragraph";
    public static final String HEADING = "heading";

    public static Block paragraph(String text) {
        return new Block(PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(HEADING, text);
    }
}
