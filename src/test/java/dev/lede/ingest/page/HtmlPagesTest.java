package dev.lede.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML pages through the page package's entry point, each a small page of one kind. */
class HtmlPagesTest {

    private static final String STORY = """
            <p>The river rose four metres overnight, and by morning the lower town was under water.</p>
            <p>Residents who had stayed spent the night on roofs, waiting for boats from the fire brigade.</p>
            <p>Officials said the dam upstream had held, but the rain had not stopped for three days.</p>
            """;

    private final PageReader reader = new PageReader();

    private ParsedPage read(String html) {
        return reader.read(RawPage.html(html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void jsonLdGivesTheMetadataEvenInsideAGraphWithAuthorsByReference() {
        ParsedPage page = read("""
                <html lang="en-GB"><head><title>River floods lower town | The Courier</title>
                <link rel="canonical" href="https://courier.example/2024/river-floods">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"Person","@id":"#jane","name":"Jane Doe"},
                  {"@type":["NewsArticle"],"headline":"River floods lower town","author":[{"@id":"#jane"},{"@type":"Person","name":"Sam Roe"}],
                   "datePublished":"2024-10-24T15:00:00+02:00","dateModified":"2024-10-25T08:00:00Z","articleSection":["Weather"],
                   "keywords":"floods, rivers","description":"Three days of rain."}]}</script></head>
                <body><article><h1>River floods lower town</h1>%s</article></body></html>""".formatted(STORY));
        assertEquals("River floods lower town", page.headline());
        assertEquals("Weather", page.section());
        assertEquals(List.of("Jane Doe", "Sam Roe"), page.meta().authors());
        assertEquals(Instant.parse("2024-10-24T13:00:00Z"), page.meta().published());
        assertEquals(Instant.parse("2024-10-25T08:00:00Z"), page.meta().modified());
        assertEquals(List.of("floods", "rivers"), page.meta().keywords());
        assertEquals("Three days of rain.", page.meta().description());
        assertEquals("https://courier.example/2024/river-floods", page.meta().canonicalUrl());
        assertEquals("en-GB", page.meta().lang());
        assertEquals(3, page.paragraphs().size());
    }

    @Test
    void openGraphAndMetaTagsStandInWhenThereIsNoJsonLd() {
        ParsedPage page = read("""
                <html><head><title>Courier</title>
                <meta property="og:title" content="Valley school reopens after the flood">
                <meta property="article:published_time" content="2024-11-02T09:30:00Z">
                <meta property="article:section" content="Education">
                <meta name="author" content="Ana Lima">
                <meta property="og:image" content="https://courier.example/school.jpg">
                </head><body><div class="content">%s</div></body></html>""".formatted(STORY));
        assertEquals("Valley school reopens after the flood", page.headline());
        assertEquals("Education", page.section());
        assertEquals(List.of("Ana Lima"), page.meta().authors());
        assertEquals(Instant.parse("2024-11-02T09:30:00Z"), page.meta().published());
        assertEquals("https://courier.example/school.jpg", page.figures().get(0).src());
    }

    @Test
    void pageFurnitureIsNotBody() {
        ParsedPage page = read("""
                <html><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                <div id="cookie-consent">We use cookies to improve your experience. Accept all cookies to continue.</div>
                <main><article><h1>River floods lower town</h1>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                %s
                <h2>What comes next</h2>
                <p>Engineers will inspect the dam on Monday, the mayor said, before anyone returns home.</p>
                <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day, free of charge.</p></div>
                <ul><li><a href="/a">Storm hits the coast again this week</a></li><li><a href="/b">Roads closed in the north after rain</a></li></ul>
                </article>
                <section class="related-stories"><h3>Related</h3><p><a href="/c">A year after the last flood, the town rebuilt</a></p></section>
                <div id="comments"><p>Great reporting, thank you for covering our town so closely.</p></div>
                </main>
                <footer><p>© 2024 The Courier. All rights reserved. Terms of use and privacy policy.</p></footer>
                </body></html>""".formatted(STORY));
        List<String> texts = page.blocks().stream().map(ParsedBlock::text).toList();
        assertEquals(List.of(
                "The river rose four metres overnight, and by morning the lower town was under water.",
                "Residents who had stayed spent the night on roofs, waiting for boats from the fire brigade.",
                "Officials said the dam upstream had held, but the rain had not stopped for three days.",
                "What comes next",
                "Engineers will inspect the dam on Monday, the mayor said, before anyone returns home."), texts);
        assertEquals(BlockType.HEADING, page.blocks().get(3).type());
        assertTrue(page.warnings().stream().anyMatch(w -> w.startsWith("Dropped ") && w.contains("around the story")),
                page.warnings()::toString);
    }

    @Test
    void aFigureKeepsItsCaptionAndCreditAsDataNotAsBody() {
        ParsedPage page = read("""
                <html><body><article><h1>River floods lower town</h1>
                <figure><img src="https://courier.example/flood.jpg" alt="Flooded street">
                <figcaption>The main street at dawn. <span class="credit">Photo: Jane Doe/Reuters</span></figcaption></figure>
                %s
                <figure><img src="https://courier.example/boat.jpg" alt="">
                <figcaption>A fire brigade boat on Elm Street. (Sam Roe/AP)</figcaption></figure>
                </article></body></html>""".formatted(STORY));
        assertEquals(List.of(
                new Figure("https://courier.example/flood.jpg", "Flooded street", "The main street at dawn.", "Photo: Jane Doe/Reuters", 0),
                new Figure("https://courier.example/boat.jpg", null, "A fire brigade boat on Elm Street.", "Sam Roe/AP", page.blocks().size())),
                page.figures());
        assertTrue(page.paragraphs().stream().noneMatch(p -> p.contains("dawn") || p.contains("Elm Street")));
    }

    @Test
    void aBrokenJsonLdBlockIsSkippedWithAWarning() {
        ParsedPage page = read("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline": "Cut off</script>
                <meta property="og:title" content="River floods lower town"></head>
                <body><article>%s</article></body></html>""".formatted(STORY));
        assertEquals("River floods lower town", page.headline());
        assertEquals(3, page.paragraphs().size());
        assertTrue(page.warnings().contains("Ignored a JSON-LD block that is not valid JSON"), page.warnings()::toString);
    }

    @Test
    void aPageInAnotherLanguageKeepsItsTextAndLanguage() {
        ParsedPage declared = read("""
                <html lang="ru"><head><title>Река вышла из берегов</title></head><body><article><h1>Река вышла из берегов</h1>
                <p>Река поднялась на четыре метра за ночь, и к утру нижний город оказался под водой.</p>
                <p>Жители, которые остались, провели ночь на крышах, ожидая лодок пожарной команды.</p>
                </article></body></html>""");
        assertEquals("ru", declared.meta().lang());
        assertEquals("Река вышла из берегов", declared.headline());
        assertEquals("Жители, которые остались, провели ночь на крышах, ожидая лодок пожарной команды.",
                declared.paragraphs().get(1));
        ParsedPage detected = read("""
                <html><body><article><h1>Der Fluss tritt über die Ufer</h1>
                <p>Der Fluss stieg über Nacht um vier Meter, und am Morgen stand die Unterstadt unter Wasser.</p>
                <p>Bewohner, die geblieben waren, verbrachten die Nacht auf den Dächern und warteten auf die Boote der Feuerwehr.</p>
                </article></body></html>""");
        assertEquals("de", detected.meta().lang());
    }

    @Test
    void theCharsetThePageDeclaresDecodesIt() {
        byte[] latin1 = ("<html><head><meta charset=\"iso-8859-1\"><title>Café reopens</title></head><body><article>"
                + "<h1>Café reopens</h1><p>The café on the square reopened on Monday, with crème brûlée on the menu again.</p>"
                + "</article></body></html>").getBytes(Charset.forName("ISO-8859-1"));
        ParsedPage page = reader.read(RawPage.html(latin1, null));
        assertEquals("Café reopens", page.headline());
        assertTrue(page.paragraphs().get(0).contains("crème brûlée"));
    }

    @Test
    void aPageOfMenusOnlyHasNoParagraph() {
        ParsedPage page = read("""
                <html><head><title>The Courier</title></head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                <ul class="menu"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
                <footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
                </body></html>""");
        assertEquals(List.of("paragraph"), page.missing());
        assertNull(page.meta().published());
    }
}
