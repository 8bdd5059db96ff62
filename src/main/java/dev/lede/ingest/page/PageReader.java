package dev.lede.ingest.page;

import dev.lede.ingest.page.html.HtmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one entry point of the page package: a raw page, HTML or visible text, to a parsed article whose language
 * is known where it can be (declared by the page, else detected from its text). Never throws for a page it cannot
 * make sense of: that page comes back with no headline or paragraph and a warning. Thread-safe.
 */
public final class PageReader {

    private final PageParser text = new PageParser();
    private final HtmlReader html = new HtmlReader();

    public ParsedPage read(RawPage raw) {
        ParsedPage page = raw.format() == RawPage.Format.HTML ? html(raw) : text.parse(raw.text());
        return withLanguage(page);
    }

    /**
     * The text that makes two imports the same page: a text page's normalized text, an HTML page's article (its
     * headline and body), since the markup around an article changes from one fetch to the next.
     */
    public static String identity(RawPage raw, ParsedPage page) {
        if (raw.format() == RawPage.Format.TEXT) {
            return TextNormalizer.normalize(raw.text()).text();
        }
        return "html\n" + page.headline() + "\n"
                + page.blocks().stream().map(ParsedBlock::text).collect(Collectors.joining("\n"));
    }

    private ParsedPage html(RawPage raw) {
        try {
            return html.read(raw.html(), raw.charset());
        } catch (RuntimeException e) {
            // as for text: an import gets an answer for any page, so a page the reader trips on is reported
            return ParsedPage.failed("Could not read the HTML page (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ParsedPage withLanguage(ParsedPage page) {
        String declared = Languages.normalize(page.meta().lang());
        if (declared != null) {
            return page.withMeta(page.meta().withLang(declared));
        }
        List<String> text = new ArrayList<>();
        if (page.headline() != null) {
            text.add(page.headline());
        }
        text.addAll(page.paragraphs());
        return page.withMeta(page.meta().withLang(Languages.detect(text)));
    }
}
