package dev.lede.ingest.page.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say it holds, as the readability family of extractors reads them: words of
 * page furniture (share, related, comment, newsletter, ad …) or of the story (article, body, content …). Names are
 * split into words ("relatedLinks", "post-share_bar") so that "shared" or "loading" do not match "share" or "ad".
 */
final class Hints {

    private static final Pattern FURNITURE = Pattern.compile("\\b(?:"
            + "comments?|commenting|disqus|share|sharing|sharebar|social|sns|related|recommend\\w*|more|"
            + "newsletters?|subscribe|subscription|signup|register|login|paywall-prompt|promo\\w*|sponsor\\w*|"
            + "ad|ads|adv|advert\\w*|dfp|gpt|outbrain|taboola|banner|cookies?|consent|gdpr|popup|modal|overlay|"
            + "sidebar|aside|rail|widget|breadcrumbs?|pagination|pager|footer|foot|masthead|menu|navbar|nav|"
            + "navigation|subnav|trending|popular|mostread|byline|bio|author|authors|tags|tag|topics|keywords|"
            + "toolbar|print|email|follow|donate|skip|caption|credit|meta|date|timestamp|hidden|"
            + "disclaimer|copyright|newsroom|alert|cta|teaser|teasers|slideshow|carousel|gallery|video|player|"
            + "playlist|rating|poll|jump|toc|next|prev|previous|links|feedback|reactions|"
            + "headline|title|header|kicker|eyebrow|breaking|site|logo|search|lightbox|tooltip|dropdown"
            + ")\\b");
    private static final Pattern STORY = Pattern.compile("\\b(?:"
            + "article|articles|body|content|contents|entry|main|post|story|stories|text|prose|blog|"
            + "paragraph|paragraphs|richtext|rte|markdown|copy|page|news|column|detail|details"
            + ")\\b");
    private static final Pattern FURNITURE_ROLES = Pattern.compile(
            "navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|toolbar|tablist");

    private Hints() {
    }

    /** The words of the class and id: "relatedLinks post-share_bar" reads "related links post share bar". */
    static String words(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return "";
        }
        return names.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[^A-Za-z]+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean furniture(String words) {
        return !words.isEmpty() && FURNITURE.matcher(words).find();
    }

    static boolean story(String words) {
        return !words.isEmpty() && STORY.matcher(words).find();
    }

    static boolean furnitureRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && FURNITURE_ROLES.matcher(role.toLowerCase(Locale.ROOT)).matches();
    }

    /** Readability's class weight: the story's words count for an element, furniture words against it. */
    static int weight(Element e) {
        String words = words(e);
        return (story(words) ? 25 : 0) - (furniture(words) ? 25 : 0);
    }
}
