package dev.lede.syndication;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.lede.Fixtures;
import dev.lede.image.ImageResourceTestAccess;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.lede.Fixtures.EDITOR;
import static dev.lede.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

/** Feeds, sitemaps and JSON-LD from the running application, checked as their consumers check them. */
@QuarkusTest
class SyndicationTest {

    /** A published article in a section of its own, with a lead image and two tags: its slug and url. */
    static JsonPath published(String section) {
        String image = ImageResourceTestAccess.uploadedWith(1600, 1000, "Flooded fields", "The valley at dawn.", "Ana Lima");
        String body = """
                {"headline":"%s","standfirst":"The river rose overnight.","section":"%s","tags":["Floods","Weather"],
                 "authors":["Ada Writer"],"status":"published","leadImage":{"image":"%s"},
                 "body":[{"type":"paragraph","text":"The river rose <overnight> & flooded the valley."},
                         {"type":"heading","text":"What next"},{"type":"paragraph","text":"Rescuers arrived by boat."}]}"""
                .formatted(Fixtures.unique("Flood feed"), section, image);
        return as(EDITOR).contentType("application/json").body(body).post("/api/v1/articles").then().statusCode(201).extract().jsonPath();
    }

    static SyndFeed parse(byte[] xml) throws Exception {
        return new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void theRssFeedParsesWithItsItemsLinksAndLeadImages() throws Exception {
        String section = Fixtures.unique("Rss desk");
        JsonPath article = published(section);
        var response = given().get("/api/v1/feeds/rss?section={s}", Fixtures.slugOf(section)).then().statusCode(200)
                .contentType(startsWith("application/rss+xml")).header("Cache-Control", startsWith("public")).extract();
        SyndFeed feed = parse(response.asByteArray());
        assertThat(feed.getFeedType(), is("rss_2.0"));
        assertThat(feed.getTitle(), containsString(section));
        SyndEntry entry = feed.getEntries().get(0);
        assertThat(feed.getEntries(), hasSize(1));
        assertThat(entry.getTitle(), is(article.getString("headline")));
        assertThat(entry.getLink(), is(article.getString("url")));
        assertThat(entry.getDescription().getValue(), is("The river rose overnight."));
        assertThat(entry.getCategories().stream().map(c -> c.getName()).toList(), contains(section, "Floods", "Weather"));
        MediaEntryModule media = (MediaEntryModule) entry.getModule(MediaEntryModule.URI);
        assertThat(media.getMediaContents()[0].getReference().toString(), containsString("/render?w=1280&v="));
        assertThat(media.getMediaContents()[0].getWidth(), is(1280));
        given().header("If-None-Match", response.header("ETag")).get("/api/v1/feeds/rss?section={s}", Fixtures.slugOf(section))
                .then().statusCode(304);
    }

    @Test
    void theAtomFeedParsesAndCarriesTheFullTextWhenAsked() throws Exception {
        String section = Fixtures.unique("Atom desk");
        JsonPath article = published(section);
        byte[] xml = given().get("/api/v1/feeds/atom?section={s}&full=true", Fixtures.slugOf(section)).then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asByteArray();
        SyndFeed feed = parse(xml);
        assertThat(feed.getFeedType(), is("atom_1.0"));
        SyndEntry entry = feed.getEntries().get(0);
        assertThat(entry.getUri(), is("urn:uuid:" + article.getString("id")));
        assertThat(entry.getAuthors().get(0).getName(), is("Ada Writer"));
        assertThat(entry.getContents().get(0).getValue(), containsString("<p>The river rose &lt;overnight&gt; &amp; flooded the valley.</p><h2>What next</h2>"));
        assertThat(entry.getLinks().stream().map(l -> l.getRel()).toList(), hasItem("enclosure"));
    }

    @Test
    void theJsonFeedHasTheMembersItsSpecRequires() {
        String section = Fixtures.unique("Json desk");
        JsonPath article = published(section);
        var feed = given().get("/api/v1/feeds/json?section={s}", Fixtures.slugOf(section)).then().statusCode(200)
                .contentType(startsWith("application/feed+json")).extract().jsonPath();
        assertThat(feed.getString("version"), is("https://jsonfeed.org/version/1.1"));
        assertThat(feed.getString("title"), containsString(section));
        assertThat(feed.getString("feed_url"), endsWith("/api/v1/feeds/json?section=" + Fixtures.slugOf(section)));
        List<Map<String, Object>> items = feed.getList("items");
        assertThat(items, hasSize(1));
        for (Map<String, Object> item : items) {
            assertThat(item, hasKey("id"));
            assertThat(item.containsKey("content_html") || item.containsKey("content_text"), is(true));
        }
        assertThat(items.get(0).get("url"), is(article.getString("url")));
        assertThat((String) items.get(0).get("image"), containsString("/render?w=1280&v="));
        assertThat(given().get("/api/v1/feeds/json?section={s}&full=true", Fixtures.slugOf(section)).then().extract()
                .jsonPath().getString("items[0].content_html"), containsString("<h2>What next</h2>"));
    }

    @Test
    void aFeedOfAnUnknownSectionIs404AndABadLimitOrAMisspeltParameter400() {
        given().get("/api/v1/feeds/rss?section=no-such-section-here").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/feeds/atom?limit=1000").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/feeds/json?limt=5").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("limt"))
                .body("errors[0].message", containsString("accepted: full, limit, section, tag"));
    }

    @Test
    void theSitemapIndexAndTheMonthsSitemapValidate() {
        JsonPath article = published(Fixtures.unique("Map desk"));
        YearMonth month = YearMonth.from(Instant.parse(article.getString("publishedAt")).atZone(ZoneOffset.UTC));
        var index = given().get("/api/v1/sitemap.xml").then().statusCode(200).contentType(startsWith("application/xml")).extract();
        Xsd.validate(Xsd.SITEMAP_INDEX, index.asByteArray());
        assertThat(index.asString(), containsString("/api/v1/sitemaps/" + month + ".xml</loc>"));
        assertThat(index.asString(), containsString("/api/v1/sitemaps/news.xml</loc>"));
        given().header("If-None-Match", index.header("ETag")).get("/api/v1/sitemap.xml").then().statusCode(304);

        byte[] sitemap = given().get("/api/v1/sitemaps/{m}.xml", month.toString()).then().statusCode(200).extract().asByteArray();
        Xsd.validate(Xsd.SITEMAP, sitemap);
        assertThat(new String(sitemap), containsString("<loc>" + article.getString("url") + "</loc>"));
    }

    @Test
    void theNewsSitemapValidatesAgainstGooglesSchema() {
        JsonPath article = published(Fixtures.unique("News desk"));
        byte[] news = given().get("/api/v1/sitemaps/news.xml").then().statusCode(200).extract().asByteArray();
        Xsd.validate(Xsd.SITEMAP, news);
        String xml = new String(news, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml, containsString("<loc>" + article.getString("url") + "</loc>"));
        assertThat(xml, containsString("<news:title>" + article.getString("headline") + "</news:title>"));
        assertThat(xml, containsString("<news:language>en</news:language>"));
    }

    @Test
    void aMonthWithoutArticlesIs404() {
        given().get("/api/v1/sitemaps/1901-01.xml").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/sitemaps/2024-13.xml").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theJsonLdIsANewsArticleWithWhatGoogleRecommends() {
        JsonPath article = published(Fixtures.unique("Ld desk"));
        var response = given().get("/api/v1/articles/{slug}/jsonld", article.getString("slug")).then().statusCode(200)
                .contentType(startsWith("application/ld+json")).extract();
        JsonPath ld = response.jsonPath();
        assertThat(ld.getString("'@context'"), is("https://schema.org"));
        assertThat(ld.getString("'@type'"), is("NewsArticle"));
        assertThat(ld.getString("headline"), is(article.getString("headline")));
        assertThat(ld.getList("image"), hasSize(3));
        assertThat(ld.getString("image[0]"), containsString("w=1280&h=720"));
        assertThat(ld.getString("datePublished"), is(article.getString("publishedAt")));
        assertThat(ld.getString("dateModified"), is(article.getString("updatedAt")));
        assertThat(ld.getString("author[0].name"), is("Ada Writer"));
        assertThat(ld.getString("author[0].url"), endsWith("/authors/ada-writer"));
        assertThat(ld.getString("publisher.name"), not(emptyOrNullString()));
        assertThat(ld.getString("mainEntityOfPage.'@id'"), is(article.getString("url")));
        given().header("If-None-Match", response.header("ETag")).get("/api/v1/articles/{slug}/jsonld", article.getString("slug"))
                .then().statusCode(304);
        given().get("/api/v1/articles/{slug}/jsonld", "no-such-article-anywhere").then().statusCode(404);
    }

    @Test
    void googleNewsLanguagesAreIsoCodes() {
        assertThat(Sitemaps.newsLanguage("pt-BR"), is("pt"));
        assertThat(Sitemaps.newsLanguage("zh-Hant"), is("zh-tw"));
        assertThat(Sitemaps.newsLanguage("zh"), is("zh-cn"));
    }
}
