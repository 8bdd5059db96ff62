package dev.lede.imports;

import dev.lede.ingest.page.RawPage;
import dev.lede.problem.ApiException;
import jakarta.ws.rs.core.MediaType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/** A request body or file to a raw page: HTML in its charset, or text that must be UTF-8. */
final class PageBodies {

    private PageBodies() {
    }

    /** The body as its Content-Type says: text/html (any known charset, else the page's own) or text/plain (UTF-8). */
    static RawPage raw(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            throw new ApiException(400, "The request body is empty: send the page");
        }
        MediaType type = contentType == null ? MediaType.TEXT_PLAIN_TYPE : MediaType.valueOf(contentType);
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return RawPage.html(body, charset == null ? null : charset(charset));
        }
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("us-ascii")) {
            throw new ApiException(415, "Only UTF-8 text is accepted; send Content-Type: text/plain; charset=utf-8");
        }
        try {
            return RawPage.text(utf8(body));
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "The request body is not valid UTF-8 text");
        }
    }

    /** Text that must be UTF-8; a byte sequence that is not is refused rather than guessed. */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.replace("\"", "").strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ApiException(415, "Unknown charset '" + name
                    + "'; send HTML in UTF-8 or a charset such as ISO-8859-1");
        }
    }
}
