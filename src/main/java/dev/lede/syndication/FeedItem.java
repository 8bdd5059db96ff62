package dev.lede.syndication;

import java.time.Instant;
import java.util.List;

/** One article as every feed format tells it. */
record FeedItem(String id, String url, String title, String summary, String html, Instant published, Instant modified,
                List<Person> authors, String section, List<String> tags, Image image, String language) {

    record Person(String name, String url) {
    }

    /** The lead image: a rendition URL, its media type and width, and what it shows. */
    record Image(String url, String mediaType, Integer width, String alt, String caption, String credit) {
    }
}
