package dev.lede.syndication;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A sitemap (sitemaps.org 0.9) written element by element as rows arrive: an index of sitemaps, or a set of URLs,
 * each with the Google News block where it is a News sitemap.
 */
final class SitemapXml {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    private final XMLStreamWriter xml;

    private SitemapXml(String root, boolean news) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP);
            if (news) {
                xml.writeNamespace("news", NEWS);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static SitemapXml index() {
        return new SitemapXml("sitemapindex", false);
    }

    static SitemapXml urls(boolean news) {
        return new SitemapXml("urlset", news);
    }

    void sitemap(String loc, Instant lastModified) {
        entry("sitemap", loc, lastModified);
        end();
    }

    void url(String loc, Instant lastModified) {
        entry("url", loc, lastModified);
        end();
    }

    /** A URL of a News sitemap: the publication, the article's language, publication time and title. */
    void news(String loc, String publication, String language, Instant published, String title) {
        entry("url", loc, null);
        try {
            xml.writeStartElement(NEWS, "news");
            xml.writeStartElement(NEWS, "publication");
            element(NEWS, "name", publication);
            element(NEWS, "language", language);
            xml.writeEndElement();
            element(NEWS, "publication_date", w3c(published));
            element(NEWS, "title", title);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        end();
    }

    /** The document, finished. */
    byte[] bytes() {
        try {
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void entry(String name, String loc, Instant lastModified) {
        try {
            xml.writeStartElement(SITEMAP, name);
            element(SITEMAP, "loc", loc);
            if (lastModified != null) {
                element(SITEMAP, "lastmod", w3c(lastModified));
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void end() {
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void element(String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** W3C Datetime, to the second, in UTC. */
    private static String w3c(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
