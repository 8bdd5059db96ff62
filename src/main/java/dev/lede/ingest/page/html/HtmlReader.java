package dev.lede.ingest.page.html;

import dev.lede.ingest.page.BlockType;
import dev.lede.ingest.page.PageMeta;
import dev.lede.ingest.page.ParsedBlock;
import dev.lede.ingest.page.ParsedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTML page to an article: metadata from what the page declares (JSON-LD, then meta tags), the body from the
 * element that holds the story (located by the JSON-LD article body when the page carries one, else by content
 * scoring), without page furniture, and its figures. Thread-safe.
 */
public final class HtmlReader {

    public ParsedPage read(String html) {
        return read(Jsoup.parse(html));
    }

    /** The page's bytes, decoded with {@code charset}, or when null with the page's own meta charset or UTF-8. */
    public ParsedPage read(byte[] html, Charset charset) {
        try {
            return read(Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(), ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedPage read(Document doc) {
        List<String> warnings = new ArrayList<>();
        Declared declared = JsonLd.read(doc, warnings).or(MetaTags.read(doc));
        String headline = Headlines.pick(doc, declared);
        String dek = shownOnPage(declared.description(), doc);
        TextStats stats = clean(doc, warnings);
        List<Element> story = BodyLocator.locate(doc.body(), declared.articleBody(), stats);
        if (story == null) {
            story = new ContentScorer(stats).story(doc.body());
        }
        BlockWalker walker = new BlockWalker(stats);
        List<BlockWalker.Block> walked = walker.walk(story);
        List<ParsedBlock> blocks = body(walker, walked, headline, warnings);
        PageMeta meta = new PageMeta(declared.lang(), declared.url(), declared.authors(), declared.published(),
                declared.modified(), declared.keywords(), declared.description());
        return new ParsedPage(declared.section(), headline, standfirst(dek, blocks), null, null, null, null, blocks,
                warnings, meta, Figures.of(story, declared, figure ->
                        position(walker.blocksBefore(figure), walked, blocks)));
    }

    private static TextStats clean(Document doc, List<String> warnings) {
        int furniture = Cleaner.clean(doc);
        if (furniture > 0) {
            warnings.add("Dropped " + furniture + " parts of the page around the story (navigation, share bars, "
                    + "related links, comments, notices …)");
        }
        return new TextStats();
    }

    /**
     * Where a figure stands among the body blocks kept: after the last block walked before it that was kept (the
     * walk also met blocks later dropped as links or as the headline). Null for a figure the walk did not meet.
     */
    private static Integer position(Integer walkedBefore, List<BlockWalker.Block> walked, List<ParsedBlock> kept) {
        if (walkedBefore == null) {
            return null;
        }
        for (int i = walkedBefore - 1; i >= 0; i--) {
            String text = walked.get(i).text();
            for (int k = kept.size() - 1; k >= 0; k--) {
                if (kept.get(k).text().equals(text)) {
                    return k + 1;
                }
            }
        }
        return 0;
    }

    private static List<ParsedBlock> body(BlockWalker walker, List<BlockWalker.Block> walked, String headline,
            List<String> warnings) {
        List<ParsedBlock> blocks = withoutHeadline(BlockWalker.body(walked, warnings), headline);
        if (walker.linkBoxes() > 0) {
            warnings.add("Dropped " + walker.linkBoxes() + " lists of links inside the story");
        }
        return blocks;
    }

    /** The declared description, when the page also shows it (a summary under the headline), else null. */
    private static String shownOnPage(String description, Document doc) {
        if (description == null || description.length() < 20 || description.endsWith("...")
                || description.endsWith("…")) {
            return null;
        }
        return Headlines.key(doc.body().text()).contains(Headlines.key(description)) ? description : null;
    }

    /** The shown summary as the standfirst, unless it is the story's opening paragraph itself. */
    private static String standfirst(String dek, List<ParsedBlock> blocks) {
        if (dek == null) {
            return null;
        }
        String key = Headlines.key(dek);
        boolean opensTheStory = blocks.stream().limit(3).map(b -> Headlines.key(b.text()))
                .anyMatch(b -> b.startsWith(key) || key.startsWith(b));
        return opensTheStory ? null : dek;
    }

    private static List<ParsedBlock> withoutHeadline(List<ParsedBlock> blocks, String headline) {
        if (headline == null) {
            return blocks;
        }
        String key = Headlines.key(headline);
        return blocks.stream().filter(b -> b.type() != BlockType.HEADING || !Headlines.key(b.text()).equals(key))
                .toList();
    }
}
