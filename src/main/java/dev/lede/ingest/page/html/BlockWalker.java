package dev.lede.ingest.page.html;

import dev.lede.ingest.page.BlockType;
import dev.lede.ingest.page.ParsedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The story's elements to body blocks in reading order, as a browser lays them out: block-level elements break
 * the text into paragraphs, headings become headings, inline elements run on. Lists and boxes that are mostly
 * links, and paragraphs that are, are left out; figures are not body text (they are read by {@code Figures}).
 */
final class BlockWalker {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li",
            "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "address", "center", "details", "summary", "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup");
    private static final Set<String> NOT_BODY = Set.of("figure", "figcaption", "img", "picture");
    private static final Set<String> LINK_BOXES = Set.of("ul", "ol", "dl", "table", "div", "section");

    record Block(BlockType type, String text, int linkChars, int chars) {
    }

    private final TextStats stats;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private BlockType type = BlockType.PARAGRAPH;

    BlockWalker(TextStats stats) {
        this.stats = stats;
    }

    List<Block> walk(List<Element> story) {
        for (Element e : story) {
            element(e, false);
            flush();
        }
        return blocks;
    }

    private void element(Element e, boolean inLink) {
        String name = e.normalName();
        if (NOT_BODY.contains(name) || LINK_BOXES.contains(name) && linkBox(e)) {
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            flush();
            type = name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                    ? BlockType.HEADING : BlockType.PARAGRAPH;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                append(t.getWholeText(), inLink || e.nameIs("a"));
            } else if (child instanceof Element c) {
                element(c, inLink || e.nameIs("a"));
            }
        }
        if (block) {
            flush();
        }
    }

    /** A list, table or box whose text is mostly links: a menu, a list of related stories, a tag cloud. */
    private boolean linkBox(Element e) {
        TextStats.Counts counts = stats.of(e);
        return counts.chars() > 0 && counts.linkDensity() > 0.5;
    }

    private void append(String raw, boolean inLink) {
        if (inLink) {
            linkChars += TextStats.nonSpace(raw);
        }
        text.append(raw);
    }

    private void flush() {
        String clean = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!clean.isEmpty()) {
            blocks.add(new Block(type, clean, linkChars, TextStats.nonSpace(clean)));
        }
        text.setLength(0);
        linkChars = 0;
        type = BlockType.PARAGRAPH;
    }

    static List<ParsedBlock> body(List<Block> blocks) {
        List<ParsedBlock> body = new ArrayList<>();
        for (Block b : blocks) {
            if (b.chars() > 0 && (double) b.linkChars() / b.chars() <= 0.5) {
                body.add(new ParsedBlock(b.type(), b.text()));
            }
        }
        return body;
    }
}
