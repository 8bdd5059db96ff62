package dev.lede.ingest.page.html;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's headline: the page's visible h1 when it agrees with what the page declares (JSON-LD headline,
 * og:title, title), since declared titles often carry the site's name; else the declared headline.
 */
final class Headlines {

    private Headlines() {
    }

    static String pick(Document doc, Declared declared) {
        String title = doc.title().isBlank() ? null : doc.title().strip();
        for (Element h1 : doc.select("h1")) {
            String text = h1.text().strip();
            if (!text.isEmpty() && (agrees(text, declared.headline()) || agrees(text, title))) {
                return text;
            }
        }
        if (declared.headline() != null) {
            return declared.headline();
        }
        Element h1 = doc.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? h1.text().strip() : title;
    }

    private static boolean agrees(String h1, String declared) {
        return declared != null && key(declared).contains(key(h1)) && key(h1).length() >= 0.5 * key(declared).length();
    }

    /** Letters and digits only, lower case: how two spellings of one headline are compared. */
    static String key(String text) {
        StringBuilder key = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
