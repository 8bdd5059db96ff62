package dev.lede.ingest.page;

import java.nio.charset.Charset;

/**
 * A page as it arrives: visible text, or HTML bytes with the charset the sender named (null: the page's own
 * {@code <meta charset>} or byte-order mark decides, else UTF-8).
 */
public record RawPage(Format format, String text, byte[] html, Charset charset) {

    public enum Format { TEXT, HTML }

    public static RawPage text(String text) {
        return new RawPage(Format.TEXT, text, null, null);
    }

    public static RawPage html(byte[] html, Charset charset) {
        return new RawPage(Format.HTML, null, html, charset);
    }
}
