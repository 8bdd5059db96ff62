package dev.lede.ingest.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages between double quotation marks, curly or straight. Single quotes are left alone:
 * inside a quote they mark a nested quote, outside one they are apostrophes or headline-style scare quotes.
 * A quote still open at the end of a paragraph continues if the next paragraph opens with a mark.
 */
final class QuoteSpans {
    private QuoteSpans() {
    }

    static List<QuoteSpan> find(List<String> paragraphs) {
        List<QuoteSpan> spans = new ArrayList<>();
        List<QuoteSpan.Part> open = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            int i = 0;
            if (!open.isEmpty()) {
                int mark = text.stripLeading().isEmpty() ? -1 : text.length() - text.stripLeading().length();
                if (mark >= 0 && opens(text, mark)) {
                    i = follow(text, p, mark, open, spans);
                } else {
                    flush(open, spans);
                }
            }
            while (i < text.length()) {
                i = opens(text, i) ? follow(text, p, i, open, spans) : i + 1;
            }
        }
        flush(open, spans);
        return spans;
    }

    /** Reads one quote from its opening mark; returns where to go on scanning. */
    private static int follow(String text, int p, int mark, List<QuoteSpan.Part> open, List<QuoteSpan> spans) {
        int close = closing(text, mark + 1);
        add(open, p, text, mark + 1, close < 0 ? text.length() : close);
        if (close < 0) {
            return text.length();
        }
        flush(open, spans);
        return close + 1;
    }

    static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '„') {
            return true;
        }
        if (c == '”') {
            return opensLikeAStart(text, i);
        }
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        return c == '"' && afterSpace && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static int closing(String text, int from) {
        int depth = 0;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '“' && closesLikeAnEnd(text, k)) {
                if (depth == 0) {
                    return k;
                }
                depth--;
            } else if (c == '“') {
                depth++;
            } else if (c == '”' && depth > 0) {
                depth--;
            } else if (c == '”' || c == '"' && (!Character.isWhitespace(text.charAt(k - 1)) || spacedClose(text, k))) {
                return k;
            }
        }
        return -1;
    }

    /** An opening curly mark right after a word or stop and before a space or the end: a closing mark mistyped. */
    private static boolean closesLikeAnEnd(String text, int k) {
        boolean joined = !Character.isWhitespace(text.charAt(k - 1));
        return joined && (k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)));
    }

    /** A closing curly mark that opens a paragraph and runs into a word: an opening mark mistyped. */
    private static boolean opensLikeAStart(String text, int i) {
        return text.substring(0, i).isBlank() && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** A straight mark after a space that still closes: "…to harvest its brain,' " said Fiorina. */
    private static boolean spacedClose(String text, int k) {
        int p = k - 1;
        while (p > 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        boolean after = k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1))
                || ",.;:".indexOf(text.charAt(k + 1)) >= 0;
        return after && "'’,.?!".indexOf(text.charAt(p)) >= 0;
    }

    private static void add(List<QuoteSpan.Part> open, int p, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            open.add(new QuoteSpan.Part(p, start, end));
        }
    }

    private static void flush(List<QuoteSpan.Part> open, List<QuoteSpan> spans) {
        if (!open.isEmpty()) {
            spans.add(new QuoteSpan(List.copyOf(open)));
            open.clear();
        }
    }
}
