package dev.lede.syndication;

import dev.lede.common.Links;
import dev.lede.common.Params;
import dev.lede.common.Problem;
import dev.lede.common.Rendered;
import dev.lede.common.Representations;
import dev.lede.site.Site;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.function.Function;

@Path("/feeds")
@Tag(name = "Syndication", description = "Feeds, sitemaps and structured data for readers, aggregators and search engines")
public class FeedResource {
    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    static final String JSON_FEED = "application/feed+json";
    private static final String ABOUT = "The newest published articles, site-wide or of a section or tag, newest first: title, link "
            + "(the article's `url`), summary (standfirst), dates, authors, section and tags as categories, the lead image";

    private final FeedItems items;
    private final Representations representations;
    private final Site site;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public FeedResource(FeedItems items, Representations representations, Site site, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.items = items;
        this.representations = representations;
        this.site = site;
        this.mapper = mapper;
    }

    @GET
    @Path("/rss")
    @Produces(RSS)
    @Operation(operationId = "rssFeed", summary = "RSS 2.0 feed of the newest articles", description = ABOUT
            + " (as Media RSS `media:content`). With `full=true` each item carries the body as HTML in `content:encoded`.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No section or tag with this slug",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response rss(@Parameter(description = SECTION) @RestQuery String section, @Parameter(description = TAG) @RestQuery String tag,
                        @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit,
                        @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @RestQuery String full,
                        @Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(section, tag, limit, full, uri, headers, RSS, (channel) -> RomeFeeds.write(channel, RomeFeeds.RSS, self(uri)));
    }

    @GET
    @Path("/atom")
    @Produces(ATOM)
    @Operation(operationId = "atomFeed", summary = "Atom 1.0 feed of the newest articles", description = ABOUT
            + " (as Media RSS `media:content` and an `enclosure` link). With `full=true` each entry carries the body as HTML `content`.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No section or tag with this slug",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response atom(@Parameter(description = SECTION) @RestQuery String section, @Parameter(description = TAG) @RestQuery String tag,
                         @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit,
                         @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @RestQuery String full,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(section, tag, limit, full, uri, headers, ATOM, (channel) -> RomeFeeds.write(channel, RomeFeeds.ATOM, self(uri)));
    }

    @GET
    @Path("/json")
    @Produces(JSON_FEED)
    @Operation(operationId = "jsonFeed", summary = "JSON Feed 1.1 of the newest articles", description = ABOUT
            + " (`image`). With `full=true` each item carries the body as `content_html`, otherwise the summary as `content_text`.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = JSON_FEED, schema = @Schema(implementation = JsonFeed.class)))
    @APIResponse(responseCode = "404", description = "No section or tag with this slug",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response json(@Parameter(description = SECTION) @RestQuery String section, @Parameter(description = TAG) @RestQuery String tag,
                         @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit,
                         @Parameter(description = FULL, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @RestQuery String full,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        return feed(section, tag, limit, full, uri, headers, JSON_FEED, channel -> json(JsonFeed.of(channel, self(uri))));
    }

    static final String SECTION = "Only this section's articles (its slug)";
    static final String TAG = "Only articles with this tag (its slug)";
    static final String LIMIT = "How many articles, 1 to 100";
    static final String FULL = "Whether items carry the whole body as HTML";

    private Response feed(String section, String tag, String limit, String full, UriInfo uri, HttpHeaders headers, String type,
                          Function<FeedItems.Channel, byte[]> write) {
        String sectionSlug = Params.slug("section", section);
        String tagSlug = Params.slug("tag", tag);
        int size = Params.limit(limit);
        boolean withBody = Params.flag("full", full, false);
        return representations.publicGet(Links.key(uri), headers, () ->
                Rendered.of(write.apply(items.channel(sectionSlug, tagSlug, size, withBody)), representations.contentState().changedAt())
                        .withHeader("Content-Type", type + "; charset=utf-8"));
    }

    private String self(UriInfo uri) {
        return site.api(Links.key(uri));
    }

    private byte[] json(Object feed) {
        try {
            return mapper.writeValueAsBytes(feed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
