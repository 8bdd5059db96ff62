package dev.lede.ingest.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Attributions next to a quote rather than in its sentence: the sentence after, the line after, the paragraph before.
 *  */
final class Neighbours {
    private static final Set<Character> DASHES = Set.of('-', '–', '—', '―');
    /** Marks, stops and a dash between a quote and the name that signs it. */
    private static final Pattern SIGNATURE_GAP = Pattern.compile("[\\s\\p{Z}\\p{Pi}\\p{Pf}\\p{Pd}\"',.!?]*");

    private Neighbours() {
    }

    /**
     * "“…?” Biden said." or "– Jo Lee, in a tweet": the speaker named at the start of the sentence after the quote
     * in its paragraph, before a cue; or at the start of the next paragraph, after a dash.
     */
    static Mention attributionAfter(List<Sentences.Sentence> sentences, Sentences.Sentence close, int paragraph,
                                    List<String> paragraphs) {
        int i = sentences.indexOf(close);
        Sentences.Sentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
        if (next == null) {
            return null;
        }
        if (next.paragraph() == close.paragraph()) {
            return saidBy(next);
        }
        String line = paragraphs.get(next.paragraph()).strip();
        boolean signed = next.paragraph() == paragraph + 1 && !line.isEmpty() && DASHES.contains(line.charAt(0));
        Sentences.Token first = next.tokens().stream().filter(Sentences.Token::word).findFirst().orElse(null);
        return signed && first != null ? Mentions.after(next, next.tokens().indexOf(first)) : null;
    }

    /** "“…” ― Jo Lee" or "“…” — Jo Lee, a nurse": a person named after a dash that follows the quote in its paragraph.
     *  */
    static Mention signature(List<Sentences.Sentence> sentences, QuoteSpan.Part last) {
        for (Sentences.Sentence s : sentences) {
            for (int i = 0; s.paragraph() == last.paragraph() && i < s.tokens().size(); i++) {
                Sentences.Token t = s.token(i);
                if (t.start() >= last.end() && t.word()) {
                    String between = s.paragraphText().substring(last.end(), t.start());
                    boolean signed = between.chars().anyMatch(c -> DASHES.contains((char) c))
                            && SIGNATURE_GAP.matcher(between).matches();
                    Mention m = signed ? Mentions.after(s, i) : null;
                    return m != null && m.person() ? m : null;
                }
            }
        }
        return null;
    }

    /**
     * "Biden said." or "Biden told reporters on Tuesday.": a sentence that opens with its speaker and cue and says
     * nothing of its own after them (unlike "Kasich said he would have fired him").
     */
    private static Mention saidBy(Sentences.Sentence s) {
        List<Cue> cues = CueVerbs.find(s);
        if (cues.isEmpty()) {
            return null;
        }
        Cue c = cues.get(0);
        Mention m = Mentions.speakerBefore(s, c.first());
        return m != null && m.first() == 0 && c.first() - m.last() <= 3 && m.kind() != Mention.Kind.PRONOUN
                && !goesOn(s, c) ? m : null;
    }

    /**
     * The cue takes words of its own: "said he would", "said that", "said the plan…", but not "said.", "said on
     * Tuesday", "said about Bush's effort", "told reporters." (whom speech is told to is no message).
     */
    private static boolean goesOn(Sentences.Sentence s, Cue c) {
        int i = c.last() + 1;
        while (s.token(i) != null && (s.token(i).is("ADV") || Titles.time(s.token(i).lower()))) {
            i++;
        }
        if (s.token(i) != null && c.text().matches("(?i)t[eo]ll.*|ask.*")
                && (s.token(i).is("NOUN") || s.token(i).is("PROPN"))) {
            while (s.token(i) != null && (s.token(i).is("NOUN") || s.token(i).is("PROPN"))) {
                i++;
            }
        }
        Sentences.Token t = s.token(i);
        return t != null && !t.is("ADP") && !t.is("PUNCT");
    }

    /** "As Jo Lee wrote:" ending the paragraph before one that opens with the quote. */
    static Sentences.Sentence introducedBefore(List<Sentences.Sentence> sentences, Sentences.Sentence open,
            QuoteSpan.Part first) {
        String text = open.paragraphText();
        if (!text.substring(0, first.start()).strip().matches("[\\p{Pi}\\p{Ps}\"“”'‘]*")) {
            return null;
        }
        int i = sentences.indexOf(open);
        Sentences.Sentence previous = i > 0 ? sentences.get(i - 1) : null;
        boolean colon = previous != null && previous.paragraph() == open.paragraph() - 1
                && previous.paragraphText().strip().endsWith(":");
        return colon ? previous : null;
    }
}
