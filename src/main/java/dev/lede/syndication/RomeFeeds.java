package dev.lede.syndication;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** RSS 2.0 and Atom 1.0 through ROME, the lead image as Media RSS content (and an Atom enclosure link). */
final class RomeFeeds {
    static final String RSS = "rss_2.0";
    static final String ATOM = "atom_1.0";

    private RomeFeeds() {
    }

    static byte[] write(FeedItems.Channel channel, String type, String selfUrl) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(channel.title());
        feed.setDescription(channel.description());
        feed.setLink(channel.homeUrl());
        feed.setUri(selfUrl);
        feed.setEncoding("UTF-8");
        feed.setLanguage(channel.items().isEmpty() ? null : channel.items().get(0).language());
        feed.setLinks(
                List.<com.rometools.rome.feed.synd.SyndLink>of(
                link("self", selfUrl, type.equals(ATOM) ? "application/atom+xml" : "application/rss+xml"),
                link("alternate", channel.homeUrl(), "text/html")));
        feed.setPublishedDate(channel.items().isEmpty() ? new Date(0) : Date.from(channel.items().get(0).modified()));
        feed.setEntries(channel.items().stream().map(RomeFeeds::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private static SyndEntry entry(FeedItem item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(item.id());
        entry.setTitle(item.title());
        entry.setLink(item.url());
        entry.setPublishedDate(Date.from(item.published()));
        entry.setUpdatedDate(Date.from(item.modified()));
        entry.setAuthors(item.authors().stream().<com.rometools.rome.feed.synd.SyndPerson>map(RomeFeeds::person)
                .toList());
        List<com.rometools.rome.feed.synd.SyndCategory> categories = new ArrayList<>();
        categories.add(category(item.section()));
        item.tags().forEach(t -> categories.add(category(t)));
        entry.setCategories(categories);
        if (item.summary() != null) {
            entry.setDescription(content("text/plain", item.summary()));
        }
        if (item.html() != null) {
            entry.setContents(List.<com.rometools.rome.feed.synd.SyndContent>of(content("html", item.html())));
        }
        if (item.image() != null) {
            entry.getModules().add(media(item.image()));
            entry.setLinks(
                    List.<com.rometools.rome.feed.synd.SyndLink>of(link("alternate", item.url(), "text/html"),
                    link("enclosure", item.image().url(), item.image().mediaType())));
        }
        return entry;
    }

    private static MediaEntryModuleImpl media(FeedItem.Image image) {
        MediaContent content = new MediaContent(new UrlReference(URI.create(image.url())));
        content.setType(image.mediaType());
        content.setMedium("image");
        content.setWidth(image.width());
        Metadata metadata = new Metadata();
        if (image.caption() != null || image.alt() != null) {
            metadata.setDescription(image.caption() != null ? image.caption() : image.alt());
        }
        if (image.credit() != null) {
            metadata.setCredits(new com.rometools.modules.mediarss.types.Credit[]{
                    new com.rometools.modules.mediarss.types.Credit(null, null, image.credit())});
        }
        content.setMetadata(metadata);
        MediaEntryModuleImpl module = new MediaEntryModuleImpl();
        module.setMediaContents(new MediaContent[]{content});
        return module;
    }

    private static SyndPersonImpl person(FeedItem.Person p) {
        SyndPersonImpl person = new SyndPersonImpl();
        person.setName(p.name());
        person.setUri(p.url());
        return person;
    }

    private static SyndCategoryImpl category(String name) {
        SyndCategoryImpl category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    private static SyndContentImpl content(String type, String value) {
        SyndContentImpl content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLinkImpl link(String rel, String href, String type) {
        SyndLinkImpl link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
