package dev.lede.syndication;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** JSON Feed 1.1 (jsonfeed.org/version/1.1): its members in its own snake_case names; absent where unknown. */
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 (https://jsonfeed.org/version/1.1)")
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(@Schema(required = true, example = "https://jsonfeed.org/version/1.1") String version,
                @Schema(required = true) String title,
                @JsonProperty("home_page_url") String homePageUrl,
                @JsonProperty("feed_url") String feedUrl,
                String description,
                String language,
                @Schema(required = true) List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @Schema(name = "JsonFeedItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(@Schema(required = true) String id, String url, String title,
                @JsonProperty("content_html") String contentHtml,
                @JsonProperty("content_text") String contentText,
                String summary, String image,
                @JsonProperty("date_published") Instant datePublished,
                @JsonProperty("date_modified") Instant dateModified,
                List<Author> authors, List<String> tags, String language) {
    }

    @Schema(name = "JsonFeedAuthor")
    record Author(@Schema(required = true) String name, String url) {
    }

    static JsonFeed of(FeedItems.Channel channel, String feedUrl) {
        return new JsonFeed(VERSION, channel.title(), channel.homeUrl(), feedUrl, channel.description(),
                channel.items().isEmpty() ? null : channel.items().get(0).language(), channel.items().stream()
                        .map(JsonFeed::item).toList());
    }

    /** Every item has content: the full text when asked for, else the summary, else the title. */
    private static Item item(FeedItem f) {
        String text = f.html() != null ? null : f.summary() != null ? f.summary() : f.title();
        return new Item(f.id(), f.url(), f.title(), f.html(), text, f.summary(), f.image() == null ? null : f.image()
                .url(),
                f.published(), f.modified(), f.authors().stream().map(a -> new Author(a.name(), a.url())).toList(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(f.section()), f.tags().stream()).toList(),
                        f.language());
    }
}
