package dev.lede.ingest.page.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element that holds the story, as readability does: each paragraph of prose gives points (more for
 * length and commas) to its parent and, less, to its ancestors; an element's points are weighted by its class/id
 * and discounted by its link density; the best element, with those of its siblings that score close to it or are
 * prose paragraphs themselves, is the story.
 */
final class ContentScorer {

    private static final Set<String> TEXT_BOXES = Set.of("div", "section", "article", "main", "span", "font", "center");
    private static final int ANCESTORS = 5;

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The story's elements in page order: the best candidate and the siblings that belong with it. */
    List<Element> story(Element body) {
        for (Element e : body.getAllElements()) {
            int chars = paragraphChars(e);
            if (chars >= TextStats.PARAGRAPH) {
                spread(e, 1 + Math.min(stats.of(e).commas(), 10) + Math.min(chars / 100.0, 3));
            }
        }
        Element top = best(body);
        return top == null ? List.of(body) : withSiblings(climb(top));
    }

    /** The prose of a paragraph-like element, or of a box that holds text of its own (text split by br). */
    static int paragraphChars(Element e, TextStats stats) {
        if (TextStats.PARAGRAPHS.contains(e.normalName())) {
            return stats.of(e).chars();
        }
        return TEXT_BOXES.contains(e.normalName()) ? TextStats.ownChars(e) : 0;
    }

    private int paragraphChars(Element e) {
        return paragraphChars(e, stats);
    }

    private void spread(Element paragraph, double points) {
        Element ancestor = paragraph.parent();
        for (int level = 0; ancestor != null && level < ANCESTORS; level++, ancestor = ancestor.parent()) {
            double share = level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
            scores.merge(ancestor, initial(ancestor) + share, (old, x) -> old + share);
        }
        if (!TextStats.PARAGRAPHS.contains(paragraph.normalName())) {
            scores.merge(paragraph, initial(paragraph) + points, (old, x) -> old + points);
        }
    }

    private static double initial(Element e) {
        double tag = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return tag + Hints.weight(e);
    }

    private double finalScore(Element e) {
        return scores.getOrDefault(e, 0.0) * (1 - stats.of(e).linkDensity());
    }

    private Element best(Element body) {
        Element top = null;
        double best = 0;
        for (Element e : scores.keySet()) {
            double score = finalScore(e);
            if (score > best) {
                best = score;
                top = e;
            }
        }
        return top;
    }

    /**
     * Readability's two corrections: an element that is its parent's only child gives way to the parent, and when
     * several other strong candidates share an ancestor with the best one, that ancestor is the story.
     */
    private Element climb(Element top) {
        Element candidate = top;
        while (candidate.parent() != null && candidate.parent().childrenSize() == 1 && !candidate.parent()
                .nameIs("body")) {
            candidate = candidate.parent();
        }
        double topScore = finalScore(top);
        List<Element> rivals = new ArrayList<>();
        for (Element e : scores.keySet()) {
            if (e != top && finalScore(e) >= 0.75 * topScore && !e.parents().contains(top) && !top.parents()
                    .contains(e)) {
                rivals.add(e);
            }
        }
        if (rivals.size() < 3) {
            return candidate;
        }
        for (Element ancestor : top.parents()) {
            long shared = rivals.stream().filter(r -> r.parents().contains(ancestor)).count();
            if (shared >= 3 || ancestor.nameIs("body")) {
                return ancestor;
            }
        }
        return candidate;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, finalScore(top) * 0.2);
        List<Element> story = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongs(sibling, top, threshold)) {
                story.add(sibling);
            }
        }
        return story;
    }

    private boolean belongs(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? finalScore(top) * 0.2
                : 0;
        if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        TextStats.Counts counts = stats.of(sibling);
        return counts.chars() > 80 && counts.linkDensity() < 0.25
                || counts.chars() > 0 && counts.linkDensity() == 0 && sibling.text().matches(".*[.!?。]$");
    }
}
