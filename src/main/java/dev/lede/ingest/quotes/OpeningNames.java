package dev.lede.ingest.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * At a sentence's start every word is capitalised, and the tagger takes rare surnames there for adverbs, verbs
 * or interjections ("Verhoeven said", "Okoye shot back"). A word the article writes capitalised inside a
 * sentence elsewhere, and that is no function word, is a name there too: its tag becomes PROPN.
 */
final class OpeningNames {
    private OpeningNames() {
    }

    static List<Sentences.Sentence> retag(List<Sentences.Sentence> sentences) {
        Set<String> names = new HashSet<>();
        for (Sentences.Sentence s : sentences) {
            int first = firstWord(s);
            for (int i = first + 1; i < s.tokens().size(); i++) {
                Sentences.Token t = s.token(i);
                if (!t.quoted() && t.word() && t.capitalized() && !Names.functionWord(t.lower())
                        && !afterOpening(s, i)) {
                    names.add(t.text());
                }
            }
        }
        List<Sentences.Sentence> out = new ArrayList<>(sentences.size());
        for (Sentences.Sentence s : sentences) {
            int first = firstWord(s);
            Sentences.Token t = s.token(first);
            if (t == null || t.is("PROPN") || !names.contains(t.text())) {
                out.add(s);
                continue;
            }
            List<Sentences.Token> tokens = new ArrayList<>(s.tokens());
            tokens.set(first, new Sentences.Token(t.text(), t.start(), t.end(), "PROPN", t.quoted()));
            out.add(new Sentences.Sentence(s.paragraph(), s.paragraphText(), s.start(), s.end(), List.copyOf(tokens)));
        }
        return out;
    }

    private static int firstWord(Sentences.Sentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.token(i).word() && !s.token(i).quoted()) {
                return i;
            }
        }
        return -1;
    }

    /** After a colon or an opening quotation mark a word is capitalised for that reason alone. */
    private static boolean afterOpening(Sentences.Sentence s, int i) {
        Sentences.Token before = s.token(i - 1);
        return before != null && (before.text().equals(":") || before.text().equals("\"") || before.quoted());
    }
}
