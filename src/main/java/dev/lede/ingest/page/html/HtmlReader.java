package dev.lede.ingest.page.html;

import dev.lede.ingest.page.BlockType;
import dev.lede.ingest.page.Figure;
import dev.lede.ingest.page.PageMeta;
import dev.lede.ingest.page.ParsedBlock;
import dev.lede.ingest.page.ParsedPage;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page to an article: metadata from what the page declares (JSON-LD, then meta tags), the body from the
 * element that holds the story (located by the JSON-LD article body when the page carries one, else by content
 * scoring), without page furniture, and its figures. Thread-safe.
 */
public final class HtmlReader {

    public ParsedPage read(String html) {
        List<String> warnings = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        Declared declared = JsonLd.read(doc, warnings).or(MetaTags.read(doc));
        String headline = Headlines.pick(doc, declared);
        Cleaner.clean(doc);
        TextStats stats = new TextStats();
        List<Element> story = BodyLocator.locate(doc.body(), declared.articleBody(), stats);
        if (story == null) {
            story = new ContentScorer(stats).story(doc.body());
        }
        List<ParsedBlock> blocks = withoutHeadline(BlockWalker.body(new BlockWalker(stats).walk(story)), headline);
        List<Figure> figures = Figures.of(story, declared);
        PageMeta meta = new PageMeta(declared.lang(), declared.url(), declared.authors(), declared.published(),
                declared.modified(), declared.keywords(), declared.description());
        return new ParsedPage(declared.section(), headline, null, null, String.join(", ", declared.authors()), null,
                null, blocks, warnings, meta, figures);
    }

    private static List<ParsedBlock> withoutHeadline(List<ParsedBlock> blocks, String headline) {
        if (headline == null) {
            return blocks;
        }
        String key = Headlines.key(headline);
        return blocks.stream().filter(b -> b.type() != BlockType.HEADING || !Headlines.key(b.text()).equals(key)).toList();
    }
}
