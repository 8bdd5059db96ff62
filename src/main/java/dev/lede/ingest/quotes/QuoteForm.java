package dev.lede.ingest.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a quote that stands as its own sentence (direct) from a fragment inside the writer's sentence
 * (partial), and a fragment someone said from a title, a name or a scare quote that nobody said.
 */
final class QuoteForm {
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
            "by", "with", "from");
    private static final Set<String> NAMING = Set.of("called", "named", "titled", "entitled", "dubbed", "nicknamed",
            "labelled", "labeled", "branded", "termed");

    private QuoteForm() {
    }

    /** Opens its sentence (or follows "said," or a colon) and ends where a sentence or clause can end. */
    static boolean direct(QuoteSpan q, Sentences.Sentence s, List<Cue> cues, List<QuoteSpan> all) {
        String text = s.paragraphText();
        int mark = mark(text, q.first().start());
        int from = segmentStart(q, s, all, mark);
        String prefix = text.substring(from, mark).strip();
        boolean saidBefore = prefix.endsWith(",") && cues.stream().anyMatch(c -> c.start() >= from && c.end() <= mark);
        return (prefix.isEmpty() || prefix.endsWith(":") || saidBefore) && endsClause(q, s);
    }

    /** The quote ends with a stop or comma of its own, or the writer's sentence goes on with one. */
    private static boolean endsClause(QuoteSpan q, Sentences.Sentence s) {
        String text = s.paragraphText();
        int end = q.first().end();
        int last = end - 1;
        while (last > q.first().start() && "'’)".indexOf(text.charAt(last)) >= 0) {
            last--; // a nested quote or an aside closes first: "…: 'Hold the line,'"
        }
        if (q.multiParagraph() || ".,!?;:…—–-".indexOf(text.charAt(last)) >= 0) {
            return true;
        }
        int next = end;
        while (next < text.length() && (Character.isWhitespace(text.charAt(next))
                || "”\"".indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        return next >= s.end() || ",.;:!?—–)".indexOf(text.charAt(next)) >= 0;
    }

    static boolean afterColon(QuoteSpan q, Sentences.Sentence s, List<QuoteSpan> all) {
        int mark = mark(s.paragraphText(), q.first().start());
        return s.paragraphText().substring(segmentStart(q, s, all, mark), mark).strip().endsWith(":");
    }

    /** A title in quotation marks, a "so-called" term or a name ("a film called …"): nobody said it. */
    static boolean unsaid(QuoteSpan q, Sentences.Sentence s) {
        String text = s.paragraphText();
        if (titleCase(text.substring(q.first().start(), q.first().end()))) {
            return true;
        }
        int mark = mark(text, q.first().start());
        String before = text.substring(Math.max(0, mark - 12), mark).toLowerCase(Locale.ROOT).strip();
        if (before.endsWith("so-called") || before.endsWith("so called")) {
            return true;
        }
        if (ironic(q, s, mark)) {
            return true;
        }
        int v = lastTokenBefore(s, mark);
        Sentences.Token verb = s.token(v);
        Sentences.Token named = s.token(verb != null && verb.lower().equals("as") ? v - 2 : v - 1);
        boolean naming = verb != null && (NAMING.contains(verb.lower()) || verb.lower().equals("as")
                && "known".equals(lower(s, v - 1)));
        return naming && named != null && named.is("NOUN") && !Titles.people(named.lower());
    }

    /** One word between "the" and its noun, as in the “temporary” cuts: the writer's irony, not anyone's words. */
    private static boolean ironic(QuoteSpan q, Sentences.Sentence s, int mark) {
        String text = s.paragraphText().substring(q.first().start(), q.first().end());
        int before = lastTokenBefore(s, mark);
        Sentences.Token next = s.tokens().stream().filter(t -> t.start() > q.first().end() && t.word()).findFirst()
                .orElse(null);
        return !text.contains(" ") && "the".equals(lower(s, before)) && next != null && next.is("NOUN");
    }

    private static boolean titleCase(String quoted) {
        String[] words = quoted.strip().split("\\s+");
        boolean capital = false;
        for (String w : words) {
            String core = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (core.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(core.charAt(0))) {
                capital = true;
            } else if (!SMALL.contains(core.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capital && words.length <= 8;
    }

    /** Where the writer's words before this quote begin: the sentence start or the end of the quote before. */
    private static int segmentStart(QuoteSpan q, Sentences.Sentence s, List<QuoteSpan> all, int mark) {
        int from = s.start();
        for (QuoteSpan other : all) {
            QuoteSpan.Part p = other.last();
            if (p.paragraph() == q.first().paragraph() && p.end() < mark && p.end() + 1 > from) {
                from = Math.min(p.end() + 1, mark);
            }
        }
        return from;
    }

    /** The opening quotation mark of a quote whose text starts at {@code start}. */
    private static int mark(String text, int start) {
        int i = start - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return Math.max(i, 0);
    }

    private static int lastTokenBefore(Sentences.Sentence s, int offset) {
        int found = -1;
        for (int i = 0; i < s.tokens().size() && s.tokens().get(i).end() <= offset; i++) {
            found = s.tokens().get(i).word() ? i : found;
        }
        return found;
    }

    private static String lower(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        return t == null ? "" : t.lower();
    }
}
