package dev.lede.syndication;

import dev.lede.web.Params;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page of a month's sitemap, from 1 (a month of more than 50,000 articles has more than one). */
@Schema(type = SchemaType.INTEGER, minimum = "1")
public record SitemapPage(int number) {
    public static SitemapPage parse(String name, String text) {
        return new SitemapPage(Params.integer(name, text, 1, 1, 100_000));
    }
}
