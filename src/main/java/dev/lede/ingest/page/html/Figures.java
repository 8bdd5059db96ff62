package dev.lede.ingest.page.html;

import dev.lede.ingest.page.Figure;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's images: the lead image the page declares (JSON-LD image, og:image), then each figure or image in
 * the story, with its alternative text, caption and credit. A credit is the caption's part marked as one (an
 * element named credit, copyright, source …) or its trailing "Photo: …", "(Getty Images)" kind of line.
 */
final class Figures {

    private static final Pattern CREDIT_NAMES = Pattern.compile("\\b(?:credit|credits|copyright|source|byline|"
            + "author|attribution|courtesy|photographer|rights)\\b");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "\\s*(?:[(\\[]\\s*((?:photo|image|picture|credit|foto|bild)[^)\\]]*|[^)\\]]*(?:/|©)[^)\\]]*)[)\\]]"
                    + "|((?:photo|image|picture|credit|foto|bild)s?\\s*(?:by)?\\s*[:©][^.]*|©.*))\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** The figures, each placed where {@code position} says it stands among the body blocks. */
    static List<Figure> of(List<Element> story, Declared declared, java.util.function.Function<Element,
            Integer> position) {
        List<Figure> figures = new ArrayList<>();
        for (Element root : story) {
            for (Element figure : root.select("figure, img")) {
                if (figure.nameIs("img") && figure.closest("figure") != null) {
                    continue;
                }
                Figure found = figure.nameIs("figure") ? figure(figure) : image(figure, null);
                Figure f = found == null ? null : found.at(position.apply(figure));
                if (f != null && figures.stream().noneMatch(x -> x.src().equals(f.src()))) {
                    figures.add(f);
                }
            }
        }
        lead(declared, figures);
        return figures;
    }

    /** The declared lead image first, unless the story already shows it. */
    private static void lead(Declared declared, List<Figure> figures) {
        if (declared.images().isEmpty()) {
            return;
        }
        Declared.Image lead = declared.images().get(0);
        if (figures.stream().noneMatch(f -> sameImage(f.src(), lead.src()))) {
            figures.add(0, new Figure(lead.src(), null, lead.caption(), lead.credit()));
        }
    }

    private static Figure figure(Element figure) {
        Element img = figure.selectFirst("img");
        Element caption = figure.selectFirst("figcaption");
        return img == null ? null : image(img, caption);
    }

    private static Figure image(Element img, Element caption) {
        String src = source(img);
        if (src == null) {
            return null;
        }
        String alt = img.attr("alt").strip();
        String credit = null;
        String text = null;
        if (caption != null) {
            Element marked = creditElement(caption);
            credit = marked == null ? null : marked.text().strip();
            text = caption.text().strip();
            if (credit != null && !credit.isEmpty()) {
                text = text.replace(credit, "").strip();
            } else {
                Matcher m = TRAILING_CREDIT.matcher(text);
                if (m.find() && m.start() > 0) {
                    credit = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                    text = text.substring(0, m.start()).strip();
                }
            }
        }
        return new Figure(src, alt.isEmpty() ? null : alt, blankToNull(text), blankToNull(credit));
    }

    private static Element creditElement(Element caption) {
        for (Element e : caption.getAllElements()) {
            if (e != caption && CREDIT_NAMES.matcher(Hints.words(e)).find()) {
                return e;
            }
        }
        return null;
    }

    /** The image's address, lazy-loading attributes included; data: URIs and tracking pixels are not images. */
    private static String source(Element img) {
        for (String attr : List.of("src", "data-src", "data-lazy-src", "data-original", "data-url")) {
            String src = img.hasAttr("abs:" + attr) && !img.absUrl(attr).isEmpty() ? img.absUrl(attr) : img.attr(attr)
                    .strip();
            if (!src.isEmpty() && !src.startsWith("data:")) {
                return src;
            }
        }
        String srcset = img.attr("srcset").strip();
        return srcset.isEmpty() ? null : srcset.split("[\\s,]+")[0];
    }

    private static boolean sameImage(String a, String b) {
        return a.equals(b) || stem(a).equals(stem(b));
    }

    private static String stem(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
