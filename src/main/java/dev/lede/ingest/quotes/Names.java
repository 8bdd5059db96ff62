package dev.lede.ingest.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Runs of capitalised words such as "U.S. Secretary of Defense Lloyd Austin", split into the title in
 * front and the name at the end. Capitalisation decides inside a sentence; at its start, where every word
 * is capitalised, the tagger does, though it is trusted less for rare surnames than for common words.
 */
final class Names {
    private static final Set<String> CONNECTORS = Set.of("of", "-", "'s", "de", "van", "von", "der", "bin", "al", "da", "du", "la", "le");
    private static final Set<String> FUNCTION_TAGS = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART");
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "this", "that", "these",
            "those", "what", "who", "which", "there", "here", "nobody", "everyone", "everybody", "someone", "somebody",
            "anyone", "none", "one", "each", "both", "all", "many", "most", "some", "whatever", "whoever", "what's", "it's");

    private Names() {
    }

    static boolean nameLike(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        if (t == null || t.quoted() || !t.word() || !t.capitalized() || Titles.time(t.lower()) || t.text().equals("I")) {
            return false;
        }
        if (t.is("PROPN") || Titles.title(t.lower()) || Titles.honorific(t.lower())) {
            return true;
        }
        // The tagger guesses at rare surnames: "Weller" and "Marchetti" came out as PRON.
        if (t.is("PRON")) {
            return !PRONOUNS.contains(t.lower());
        }
        if (!initial(s, i)) {
            return FUNCTION_TAGS.stream().noneMatch(t::is);
        }
        return t.is("ADJ") || t.is("X");
    }

    /** A word that can be part of the name proper, not of the title before it. */
    static boolean nameToken(Sentences.Sentence s, int i) {
        if (!nameLike(s, i)) {
            return false;
        }
        String w = s.token(i).lower();
        boolean abbreviation = w.contains(".") && w.length() > 2;
        return !Titles.title(w) && !Titles.department(w) && !Titles.honorific(w) && !abbreviation;
    }

    /** Where the run of title and name words ending at {@code end} begins. */
    static int runStart(Sentences.Sentence s, int end) {
        int b = end;
        boolean titled = Titles.role(s.token(end).lower());
        while (true) {
            Sentences.Token p = s.token(b - 1);
            if (p == null || p.quoted()) {
                return b;
            }
            String w = p.lower();
            Sentences.Token before = s.token(b - 2);
            if (nameLike(s, b - 1)) {
                titled |= Titles.title(w);
            } else if (CONNECTORS.contains(w) && (nameLike(s, b - 2) || before != null && Titles.role(before.lower()))) {
                titled |= w.equals("'s");
            } else if (Titles.role(w) && !p.is("VERB")) {
                titled = true;
            } else if (!(titled && p.word() && (p.is("NOUN") || p.is("ADJ")))) {
                return b;
            }
            b--;
        }
    }

    /** Where a run of title and name words starting at {@code start} ends. */
    static int runEnd(Sentences.Sentence s, int start) {
        int e = start;
        while (nameLike(s, e + 1) || Titles.role(lower(s, e + 1))
                || CONNECTORS.contains(lower(s, e + 1)) && nameLike(s, e + 2)) {
            e++;
        }
        return e;
    }

    /** The mention for first..last, or null when no name ends the run ("the Secretary"). */
    static Mention split(Sentences.Sentence s, int first, int last) {
        int t = last;
        while (t >= first && nameToken(s, t)) {
            t--;
        }
        if (t == last) {
            return null;
        }
        while (last - t >= 3 && (!s.token(t + 1).is("PROPN") || Titles.role(s.token(t + 1).lower()))) {
            t++;
        }
        String honorific = null;
        int roleEnd = t;
        if (t >= first && Titles.honorific(s.token(t).lower())) {
            honorific = s.token(t).text();
            roleEnd = t - 1;
        }
        String role = roleEnd >= first ? s.span(first, roleEnd) : null;
        boolean the = "the".equals(lower(s, first - 1));
        String head = s.token(last).text();
        if (organisation(s, t + 1, last, the) && role == null && honorific == null || organisationWord(s, t + 1, last)) {
            int from = the ? first - 1 : first;
            return new Mention(Mention.Kind.NAME, s.span(from, last), null, null, head.toLowerCase(Locale.ROOT), true, from, last);
        }
        return new Mention(Mention.Kind.NAME, s.span(t + 1, last), role, honorific, head, false, first, last);
    }

    /** "the White House", "NATO", "North Korea": names that are not people's. */
    private static boolean organisation(Sentences.Sentence s, int first, int last, boolean the) {
        return the || acronym(s, first, last) || Titles.place(s.token(first).lower());
    }

    private static boolean organisationWord(Sentences.Sentence s, int first, int last) {
        return IntStream.rangeClosed(first, last).anyMatch(i -> Titles.organisation(s.token(i).lower()));
    }

    /** "NATO", "UN": an organisation, not a surname. */
    private static boolean acronym(Sentences.Sentence s, int first, int last) {
        String w = s.token(first).text();
        return first == last && w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    private static boolean initial(Sentences.Sentence s, int i) {
        return s.tokens().subList(0, i).stream().noneMatch(Sentences.Token::word);
    }

    private static String lower(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        return t == null ? "" : t.lower();
    }
}
