package dev.lede.ingest.quotes.polnear;

import java.util.ArrayList;
import java.util.List;

/**
 * The passages between double quotation marks in an article's paragraphs, found the plain way: a curly
 * opening mark (or a closing one mistyped at a paragraph's start) runs to the next closing one, straight marks pair up in turn, and a mark left open runs to
 * the end of its paragraph. Independent of the extractor, so that gold quotes do not depend on it.
 */
final class QuotedPassages {
    private QuotedPassages() {
    }

    static List<Span> of(Article article) {
        List<Span> passages = new ArrayList<>();
        for (Article.Paragraph p : article.paragraphs()) {
            String t = p.text();
            int open = -1;
            char opener = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (open < 0 && (c == '“' || c == '"' || mistypedOpener(t, i))) {
                    open = i;
                    opener = c == '”' ? '“' : c;
                } else if (open >= 0 && (c == '”' && opener == '“' || c == '"' && opener == '"')) {
                    passages.add(new Span(p.start() + open + 1, p.start() + i));
                    open = -1;
                }
            }
            if (open >= 0) {
                passages.add(new Span(p.start() + open + 1, p.start() + t.length()));
            }
        }
        return passages;
    }

    /** "”Fear. I am…": a closing curly mark that opens a paragraph and runs into a word opens a quote. */
    private static boolean mistypedOpener(String t, int i) {
        return t.charAt(i) == '”' && t.substring(0, i).isBlank() && i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
    }
}
