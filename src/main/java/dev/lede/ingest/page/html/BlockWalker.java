package dev.lede.ingest.page.html;

import dev.lede.ingest.page.BlockType;
import dev.lede.ingest.page.ParsedBlock;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    private static final int PROSE_ITEM = 150;
    // a mostly linked paragraph that still says this much of its own is prose ("<a>Headline</a>. What it means …")
    private static final int OWN_WORDS = 60;
    private static final Set<String> LINK_BOXES = Set.of("ul", "ol", "dl", "table", "div", "section");

    record Block(BlockType type, String text, int linkChars, int chars) {
    }

    private final TextStats stats;
    private int linkBoxes;
    private final List<Block> blocks = new ArrayList<>();
    /** Each figure or image met, with how many blocks came before it. */
    private final java.util.Map<Element, Integer> figures = new java.util.HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private BlockType type = BlockType.PARAGRAPH;

    BlockWalker(TextStats stats) {
        this.stats = stats;
    }

    /** How many of the walk's blocks come before this figure or image (or the picture holding it); null for one it did
     *  not meet. */
    Integer blocksBefore(Element figure) {
        for (Element e = figure; e != null; e = e.parent()) {
            Integer before = figures.get(e);
            if (before != null) {
                return before;
            }
        }
        return null;
    }

    /** How many lists or boxes of links the walk left out. */
    int linkBoxes() {
        return linkBoxes;
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
        if (NOT_BODY.contains(name)) {
            flush();
            figures.putIfAbsent(e, blocks.size());
            return;
        }
        if (LINK_BOXES.contains(name) && linkBox(e)) {
            linkBoxes++;
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (!block && hoverCard(e)) {
            return;
        }
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

    /**
     * A list, table or box whose text is mostly links in short items: a menu, a list of related stories, a tag
     * cloud. A list of linked sentences ("10 things to know", each item a paragraph) is prose and stays.
     */
    private boolean linkBox(Element e) {
        TextStats.Counts counts = stats.of(e);
        if (counts.chars() == 0 || counts.linkDensity() <= 0.5) {
            return false;
        }
        int items = Math.max(1, e.getElementsByTag("li").size() + e.getElementsByTag("p").size());
        return counts.chars() / items < PROSE_ITEM;
    }

    /**
     * An inline element holding a picture and several links, nearly all its text linked: a card that pops up over
     * a name (the person's photo and latest stories), hidden until hovered, not running text.
     */
    private boolean hoverCard(Element e) {
        if (e.childrenSize() < 2 || stats.of(e).linkDensity() < 0.8) {
            return false;
        }
        if (e.getElementsByTag("img").isEmpty() || e.getElementsByTag("a").size() < 2) {
            return false;
        }
        // the innermost such element is the card; one around it also holds the name the card is about
        return e.children().stream().noneMatch(this::hoverCard);
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

    /** The blocks that are the story's text; each mostly linked one left out is named in {@code warnings}. */
    static List<ParsedBlock> body(List<Block> blocks, List<String> warnings) {
        List<ParsedBlock> body = new ArrayList<>();
        for (Block b : blocks) {
            if (b.chars() > 0 && (b.linkChars() * 2 <= b.chars() || b.chars() - b.linkChars() >= OWN_WORDS)) {
                body.add(new ParsedBlock(b.type(), b.text()));
            } else {
                warnings.add("Dropped 1 line of links: '" + preview(b.text()) + "'");
            }
        }
        return body;
    }

    private static String preview(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
