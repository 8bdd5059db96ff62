package dev.lede.ingest.page.html;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Locates the story by the article body a page declares in JSON-LD: the paragraphs whose words run as in that
 * text are the story's, and the story is the innermost element holding nearly all of them. The declared body is
 * a pointer, not the answer: it may be a summary or cut short, so the text itself is read from the page, and a
 * declared body that matches too little of the page is not used.
 */
final class BodyLocator {

    private static final int MIN_DECLARED = 400;
    private static final double MATCHED = 0.5;
    private static final double HOLDS = 0.9;
    private static final int SHINGLE = 3;

    private BodyLocator() {
    }

    /** The story's element, or null when the page declares no usable body. */
    static List<Element> locate(Element body, String declared, TextStats stats) {
        if (declared == null || TextStats.nonSpace(declared) < MIN_DECLARED) {
            return null;
        }
        Set<Long> shingles = shingles(declared);
        Map<Element, Integer> weights = new IdentityHashMap<>();
        int matched = 0;
        for (Element e : body.getAllElements()) {
            int chars = ContentScorer.paragraphChars(e, stats);
            if (chars >= 25 && overlap(paragraphText(e), shingles) >= MATCHED) {
                matched += chars;
                for (Element a = e.parent(); a != null; a = a.parent()) {
                    weights.merge(a, chars, Integer::sum);
                }
            }
        }
        if (matched < 0.5 * Math.min(TextStats.nonSpace(declared), 2000)) {
            return null;
        }
        return List.of(innermost(body, weights, matched));
    }

    private static Element innermost(Element body, Map<Element, Integer> weights, int matched) {
        Element holder = body;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Element child : holder.children()) {
                if (weights.getOrDefault(child, 0) >= HOLDS * matched) {
                    holder = child;
                    deeper = true;
                    break;
                }
            }
        }
        return holder;
    }

    private static String paragraphText(Element e) {
        if (TextStats.PARAGRAPHS.contains(e.normalName())) {
            return e.text();
        }
        StringBuilder own = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                own.append(t.getWholeText()).append(' ');
            }
        }
        return own.toString();
    }

    private static double overlap(String text, Set<Long> declared) {
        Set<Long> mine = shingles(text);
        if (mine.isEmpty()) {
            return 0;
        }
        return mine.stream().filter(declared::contains).count() / (double) mine.size();
    }

    /** Hashes of every run of three words, lower case: how far two texts run alike. */
    private static Set<Long> shingles(String text) {
        Set<Long> shingles = new HashSet<>();
        long first = 0;
        long second = 0;
        int n = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            long third = w.hashCode();
            if (++n >= SHINGLE) {
                shingles.add((first * 1_000_003L + second) * 1_000_003L + third);
            }
            first = second;
            second = third;
        }
        if (n > 0 && n < SHINGLE) {
            shingles.add(first * 1_000_003L + second);
        }
        return shingles;
    }
}
