package dev.lede.ingest.page.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much text an element holds and how much of it is link text, counted once per element (memoised), so that
 * scoring every element of a page stays linear in its size. Counts are of non-space characters.
 */
final class TextStats {

    /** {@code prose}: the characters of paragraphs (25 or more, mostly not links) in the element. */
    record Counts(int chars, int linkChars, int commas, int prose) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    static final int PARAGRAPH = 25;

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    Counts of(Element e) {
        Counts known = counts.get(e);
        if (known != null) {
            return known;
        }
        int chars = 0;
        int linkChars = 0;
        int commas = 0;
        int own = 0;
        int prose = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                own += nonSpace(text);
                commas += commas(text);
            } else if (child instanceof Element c) {
                Counts inner = of(c);
                chars += inner.chars;
                linkChars += inner.linkChars;
                commas += inner.commas;
                prose += inner.prose;
            }
        }
        chars += own;
        linkChars = e.nameIs("a") ? chars : linkChars;
        if (PARAGRAPHS.contains(e.normalName())) {
            prose = chars >= PARAGRAPH && linkChars * 2 < chars ? chars : 0;
        } else if (own >= PARAGRAPH) {
            prose += own;
        }
        Counts result = new Counts(chars, linkChars, commas, prose);
        counts.put(e, result);
        return result;
    }

    /** Characters of the element's own text: its text nodes, not its children's. */
    static int ownChars(Element e) {
        int chars = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                chars += nonSpace(t.getWholeText());
            }
        }
        return chars;
    }

    static int nonSpace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                n++;
            }
        }
        return n;
    }

    // commas of Latin, CJK and Arabic script: a sentence with clauses is prose, a label has none
    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
