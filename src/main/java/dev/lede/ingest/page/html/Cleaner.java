package dev.lede.ingest.page.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Takes out of the page what is never the story: code, forms, hidden elements, and the elements whose tag, role or
 * class/id say they are page furniture (navigation, share bars, related links, comments …), unless one holds a
 * large share of the page's prose, which a misnamed story wrapper does ("content-with-sidebar").
 */
final class Cleaner {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "link", "meta", "button", "input", "select", "textarea", "option", "label",
            "dialog", "math", "audio", "video", "source", "map");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    // the share of the page's prose that keeps a furniture-named element: smaller when its name also says story
    private static final double STORY_SHARE = 0.4;
    private static final double NAMED_STORY_SHARE = 0.1;

    private Cleaner() {
    }

    /** Cleans the page in place; returns how many parts with text it took out as page furniture. */
    static int clean(Document doc) {
        List<Element> drop = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (NEVER_TEXT.contains(e.normalName()) || hidden(e)) {
                drop.add(e);
            }
        }
        drop.forEach(Element::remove);
        removeComments(doc.body());
        TextStats stats = new TextStats();
        int pageChars = Math.max(1, stats.of(doc.body()).prose());
        drop.clear();
        collectFurniture(doc.body(), stats, pageChars, drop);
        drop.forEach(Element::remove);
        return (int) drop.stream().filter(e -> stats.of(e).chars() > 0).count();
    }

    private static void collectFurniture(Element parent, TextStats stats, int pageChars, List<Element> drop) {
        for (Element child : parent.children()) {
            double keepShare = furniture(child);
            if (keepShare > 0 && !holdsTheStory(child, stats, keepShare * pageChars) && !embedsAQuote(child, stats)) {
                drop.add(child);
            } else if (!child.nameIs("figure")) {
                // a figure is not body text, and its caption and credit are read from it later
                collectFurniture(child, stats, pageChars, drop);
            }
        }
    }

    /** 0 for an element that is not furniture, else the share of the page's text that would keep it. */
    private static double furniture(Element e) {
        if (FURNITURE_TAGS.contains(e.normalName()) || Hints.furnitureRole(e)) {
            return STORY_SHARE;
        }
        String words = Hints.words(e);
        if (!Hints.furniture(words)) {
            return 0;
        }
        return Hints.story(words) ? NAMED_STORY_SHARE : STORY_SHARE;
    }

    private static boolean holdsTheStory(Element e, TextStats stats, double prose) {
        return stats.of(e).prose() > prose;
    }

    /** A box around a block quote (an embedded post or tweet the story quotes), whatever the box is named. */
    private static boolean embedsAQuote(Element e, TextStats stats) {
        Element quote = e.selectFirst("blockquote");
        return quote != null && stats.of(quote).chars() * 2 >= stats.of(e).chars();
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.nameIs("span") && !e.nameIs("i")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String css = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return css.contains("display:none") || css.contains("visibility:hidden");
    }

    private static void removeComments(Node node) {
        List<Node> comments = new ArrayList<>();
        node.forEachNode(n -> {
            if (n instanceof Comment) {
                comments.add(n);
            }
        });
        comments.forEach(Node::remove);
    }
}
