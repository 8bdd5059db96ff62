package dev.lede.syndication;

import dev.lede.site.Site;
import dev.lede.web.ContentVersion;
import dev.lede.web.Links;
import dev.lede.web.PublicRead;
import dev.lede.web.Rendered;
import dev.lede.web.Slug;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.function.Function;

@Path("/feeds")
@Tag(name = "Syndication",
        description = "Feeds, sitemaps and structured data for readers, aggregators and search engines")
public class FeedResource {
    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    static final String JSON_FEED = "application/feed+json";
    private static final String ABOUT = "The newest published articles, site-wide or of a section or tag, newest "
            + "first: title, link (the article's `url`), summary (standfirst), dates, authors, section and tags as "
            + "categories, the lead image";

    private final FeedItems items;
    private final ContentVersion contentVersion;
    private final Site site;

    public FeedResource(FeedItems items, ContentVersion contentVersion, Site site) {
        this.items = items;
        this.contentVersion = contentVersion;
        this.site = site;
    }

    @GET
    @Path("/rss")
    @PublicRead
    @Produces(RSS)
    @Operation(operationId = "rssFeed", summary = "RSS 2.0 feed of the newest articles", description = ABOUT
            + " (as Media RSS `media:content`). With `full=true` each item carries the body as HTML in "
                    + "`content:encoded`.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No section or tag with this slug")
    public Rendered rss(@BeanParam FeedQuery query) {
        return feed(query, RSS, channel -> RomeFeeds.write(channel, RomeFeeds.RSS, self(query.uri)));
    }

    @GET
    @Path("/atom")
    @PublicRead
    @Produces(ATOM)
    @Operation(operationId = "atomFeed", summary = "Atom 1.0 feed of the newest articles", description = ABOUT
            + " (as Media RSS `media:content` and an `enclosure` link). With `full=true` each entry carries the body "
                    + "as HTML `content`.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No section or tag with this slug")
    public Rendered atom(@BeanParam FeedQuery query) {
        return feed(query, ATOM, channel -> RomeFeeds.write(channel, RomeFeeds.ATOM, self(query.uri)));
    }

    @GET
    @Path("/json")
    @PublicRead
    @Produces(JSON_FEED)
    @Operation(operationId = "jsonFeed", summary = "JSON Feed 1.1 of the newest articles", description = ABOUT
            + " (`image`). With `full=true` each item carries the body as `content_html`, otherwise the summary as "
                    + "`content_text`.")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    @APIResponse(responseCode = "404", description = "No section or tag with this slug")
    public Rendered json(@BeanParam FeedQuery query) {
        return feed(query, JSON_FEED, channel -> JsonFeed.of(channel, self(query.uri)));
    }

    /** The feed of {@code write}: bytes already, or a document the JSON writer renders. */
    private Rendered feed(FeedQuery query, String type, Function<FeedItems.Channel, Object> write) {
        FeedItems.Channel channel = items.channel(Slug.text(query.section), Slug.text(query.tag), query.limit.value(),
                query.full.on());
        return Rendered.of(write.apply(channel), contentVersion.current().changedAt())
                .withHeader("Content-Type", type + "; charset=utf-8");
    }

    private String self(UriInfo uri) {
        return site.api(Links.key(uri));
    }
}
