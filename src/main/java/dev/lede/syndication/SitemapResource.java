package dev.lede.syndication;

import dev.lede.paging.Page;
import dev.lede.problem.ApiException;
import dev.lede.web.ContentVersion;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

@Path("/")
@Tag(name = "Syndication")
public class SitemapResource {
    private static final String XML = "application/xml";
    private static final String INDEX = "sitemaps.org 0.9. A month of more than 50,000 articles is split into pages "
            + "(`?page=2`). Each `lastmod` is the latest change to an article of that month. Serve it as the site's "
            + "`/sitemap.xml` (or name it in robots.txt); its locations start with `lede.api-url`.";
    private static final String MONTH = "sitemaps.org 0.9: each article's `url` on the site and its last change, "
            + "oldest first, at most 50,000 a page. Rows are streamed from the database as the document is written.";
    private static final String NEWS = "At most 1,000, newest first, each with the publication (`lede.site.name`), "
            + "its language, publication time and title, as Google's News sitemap schema has them.";

    private final Sitemaps sitemaps;
    private final ContentVersion contentVersion;

    public SitemapResource(Sitemaps sitemaps, ContentVersion contentVersion) {
        this.sitemaps = sitemaps;
        this.contentVersion = contentVersion;
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    @PublicRead
    @Operation(operationId = "sitemapIndex",
            summary = "Sitemap index: the News sitemap and one sitemap per month of published articles",
            description = INDEX)
    @APIResponse(responseCode = "200", description = "The sitemap index",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Rendered index() {
        return xml(sitemaps.index());
    }

    @GET
    @Path("sitemaps/{month: \\d{4}-\\d{2}}.xml")
    @Produces(XML)
    @PublicRead
    @Operation(operationId = "monthSitemap", summary = "Sitemap of the articles published in one month (UTC)",
            description = MONTH)
    @APIResponse(responseCode = "200", description = "The sitemap",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No published article that month (or on that page)")
    public Rendered month(@Parameter(description = "The month, `yyyy-mm`", example = "2024-10") @RestPath String month,
                          @Parameter(description = "Page of a month with more than 50,000 articles, from 1")
                          @RestQuery("page") @DefaultValue("1") SitemapPage page) {
        return xml(sitemaps.month(yearMonth(month), page.number()));
    }

    @GET
    @Path("sitemaps/news.xml")
    @Produces(XML)
    @PublicRead(clock = ChronoUnit.HOURS) // its 48-hour window moves with the clock as well as with the content
    @Operation(operationId = "newsSitemap",
            summary = "Google News sitemap: the articles published in the last 48 hours", description = NEWS)
    @APIResponse(responseCode = "200", description = "The News sitemap",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Rendered news() {
        return xml(sitemaps.news(Instant.now()));
    }

    private Rendered xml(byte[] document) {
        return Rendered.of(document, contentVersion.current().changedAt())
                .withHeader("Content-Type", XML + "; charset=utf-8");
    }

    private static YearMonth yearMonth(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeException e) {
            throw ApiException.notFound("There is no month " + month);
        }
    }
}
