package dev.lede.ingest.quotes;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits paragraphs into sentences of tagged tokens with OpenNLP. Quoted text is masked before sentence
 * detection so that a quote of several sentences stays inside the sentence that frames it.
 */
final class Sentences {

    /** A token; {@code lower} is its text in lower case, kept as rules ask for it many times. */
    record Token(String text, int start, int end, String tag, boolean quoted, String lower) {
        Token(String text, int start, int end, String tag, boolean quoted) {
            this(text, start, end, tag, quoted, text.toLowerCase(Locale.ROOT));
        }

        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** The tagger gives contractions two tags ("Ukraine's" is PROPN+PART); the first one counts. */
        boolean is(String tagName) {
            return tag.equals(tagName) || tag.startsWith(tagName + "+");
        }
    }

    record Sentence(int paragraph, String paragraphText, int start, int end, List<Token> tokens) {
        Token token(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }

        String text(int from, int to) {
            return paragraphText.substring(from, to);
        }

        /** Text of the tokens first..last as written. */
        String span(int first, int last) {
            return text(tokens.get(first).start(), tokens.get(last).end());
        }
    }

    private final SentenceDetectorME detector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    Sentences(NlpModels models) {
        detector = models.sentenceDetector();
        tokenizer = models.tokenizer();
        tagger = models.tagger();
    }

    List<Sentence> split(List<String> paragraphs, List<QuoteSpan> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            List<QuoteSpan.Part> parts = partsIn(quotes, p);
            String plain = plain(mask(text, parts, false));
            for (Span span : repaired(detector.sentPosDetect(mask(text, parts, true)), text)) {
                sentences.add(sentence(p, text, plain, span, parts));
            }
        }
        return sentences;
    }

    private Sentence sentence(int p, String text, String plain, Span span, List<QuoteSpan.Part> parts) {
        List<Span> spans = abbreviations(tokenizer.tokenizePos(plain.substring(span.getStart(), span.getEnd())), plain,
                span.getStart());
        String[] words = spans.stream().map(t -> plain.substring(t.getStart(), t.getEnd())).toArray(String[]::new);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            int start = spans.get(i).getStart();
            boolean quoted = parts.stream().anyMatch(q -> start >= q.start() && start < q.end());
            tokens.add(new Token(words[i], start, spans.get(i).getEnd(), tags[i], quoted));
        }
        return new Sentence(p, text, span.getStart(), span.getEnd(), tokens);
    }

    /**
     * Paragraph-based token spans, with the stop of "Mrs." or "J." put back on its word where the model split it off,
     * and the full stop that ends a sentence taken off a surname the model mistook for an abbreviation ("Novac.").
     */
    private static List<Span> abbreviations(Span[] spans, String plain, int offset) {
        List<Span> out = new ArrayList<>();
        for (Span t : possessives(spans, plain, offset)) {
            Span s = new Span(t.getStart() + offset, t.getEnd() + offset);
            Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
            String word = prev == null ? "" : plain.substring(prev.getStart(), prev.getEnd()) + ".";
            if (prev != null && prev.getEnd() == s.getStart() && plain.charAt(s.getStart()) == '.' && s.length() == 1
                    && keepsItsStop(word)) {
                out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return finalStopSplit(out, plain);
    }

    /** "Trump's" as "Trump" and "'s", as the tagger was trained to see it, which the tokenizer does not always give. */
    private static List<Span> possessives(Span[] spans, String plain, int offset) {
        List<Span> out = new ArrayList<>();
        for (Span t : spans) {
            String w = plain.substring(t.getStart() + offset, t.getEnd() + offset);
            if (w.length() > 2 && w.endsWith("'s") && Character.isLetter(w.charAt(w.length() - 3))) {
                out.add(new Span(t.getStart(), t.getEnd() - 2));
                out.add(new Span(t.getEnd() - 2, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Span> finalStopSplit(List<Span> spans, String plain) {
        int last = spans.size() - 1;
        while (last >= 0 && !Character.isLetterOrDigit(plain.charAt(spans.get(last).getStart()))) {
            last--;
        }
        if (last < 0) {
            return spans;
        }
        Span word = spans.get(last);
        String text = plain.substring(word.getStart(), word.getEnd());
        // "U.S." keeps its stops
        if (!text.endsWith(".") || text.indexOf('.') != text.length() - 1 || keepsItsStop(text)) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.subList(0, last));
        out.add(new Span(word.getStart(), word.getEnd() - 1));
        out.add(new Span(word.getEnd() - 1, word.getEnd()));
        out.addAll(spans.subList(last + 1, spans.size()));
        return out;
    }

    /** A word whose stop is part of it, "Mrs." or "J.", and not the end of a sentence. */
    private static boolean keepsItsStop(String wordWithStop) {
        String w = wordWithStop.toLowerCase(Locale.ROOT);
        boolean initial = w.length() == 2 && Character.isLetter(w.charAt(0));
        return initial || Titles.honorific(w) || Titles.title(w);
    }

    /** Joins pieces the model split wrongly: after a title abbreviation, or before a lowercase word ("…?” asked Jo").
     *  */
    private static List<Span> repaired(Span[] spans, String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && (Character.isLowerCase(text.charAt(s.getStart())) || endsWithTitle(text, prev))) {
                out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** A piece that ends with a title ("Sen.") or a middle initial ("Harry M."), which the next piece goes on from. */
    private static boolean endsWithTitle(String text, Span s) {
        String piece = text.substring(s.getStart(), s.getEnd());
        String last = piece.substring(piece.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean initial = last.length() == 2 && Character.isLetter(last.charAt(0)) && last.charAt(1) == '.'
                && piece.length() > 2 && Character.isUpperCase(piece.charAt(piece.length() - 2));
        return Titles.honorific(last) || Titles.title(last) || last.equals("st.") || initial;
    }

    /**
     * Hides quoted words, keeping a final stop so that a quote can still end a sentence. The sentence detector
     * keeps the spaces; the tokenizer gets each quote as one word, as nothing inside a quote needs a tag.
     */
    private static String mask(String text, List<QuoteSpan.Part> parts, boolean keepSpaces) {
        char[] chars = text.toCharArray();
        for (QuoteSpan.Part q : parts) {
            int last = ".?!,".indexOf(chars[q.end() - 1]) >= 0 ? q.end() - 1 : q.end();
            for (int i = q.start(); i < last; i++) {
                chars[i] = keepSpaces && Character.isWhitespace(chars[i]) ? chars[i] : 'x';
            }
        }
        return new String(chars);
    }

    /** Straight quotes and apostrophes tokenize better with the models; each stays one char so offsets hold. */
    private static String plain(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('\u00a0', ' ');
    }

    private static List<QuoteSpan.Part> partsIn(List<QuoteSpan> quotes, int p) {
        return quotes.stream().flatMap(q -> q.parts().stream()).filter(part -> part.paragraph() == p).toList();
    }
}
