package dev.lede.syndication;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/** The sitemap schemas committed under src/test/resources/xsd, and validation against them. */
final class Xsd {
    private static final Path DIR = Path.of("src/test/resources/xsd");

    private Xsd() {
    }

    static final Schema SITEMAP_INDEX = schema("siteindex.xsd");
    /** URL sets, with the Google News elements validated strictly too. */
    static final Schema SITEMAP = schema("sitemap-news.xsd", "sitemap.xsd");

    private static Schema schema(String... files) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Source[] sources = java.util.Arrays.stream(files).map(f -> new StreamSource(DIR.resolve(f).toFile())).toArray(Source[]::new);
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws with the validator's message when the document does not conform. */
    static void validate(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not valid: " + e.getMessage() + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }
}
