package dev.lede.ingest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds who a stretch of the writer's own words refers to: before or after a cue, or as a sentence's subject. */
final class Mentions {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "his", "their", "its",
            "them");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "this",
            "that", "these", "those", "some", "many", "several", "one", "two", "three", "four", "five", "most", "all",
                    "each");
    private static final Set<String> RELATIVE = Set.of("who", "whose", "which", "where", "whom");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "for", "from", "of", "with");
    private static final Set<String> NOUNISH = Set.of("NOUN", "PROPN", "ADJ", "NUM");
    /** Words that may stand between a speaker and the cue: "Austin also said", "Dawes has repeatedly said". */
    private static final Set<String> SKIPPED = Set.of("ADV", "AUX", "PART");

    private Mentions() {
    }

    /** The mention that ends at token {@code end}. */
    static Mention before(Sentences.Sentence s, int end) {
        Sentences.Token t = s.token(end);
        if (t == null || t.quoted() || !t.word()) {
            return null;
        }
        if (PRONOUNS.contains(t.lower())) {
            return pronoun(t, end);
        }
        Mention m = Names.nameLike(s, end) ? Names.split(s, Names.runStart(s, end), end) : null;
        if (m == null && (t.is("NOUN") || t.is("PROPN") || Titles.role(t.lower()))) {
            m = Phrases.back(s, end);
        }
        return m == null ? null : Phrases.withPrepositions(s, m);
    }

    /** The mention that starts at token {@code start}, with an appositive role after it ("Jo Lee, a nurse,"). */
    static Mention after(Sentences.Sentence s, int start) {
        Sentences.Token t = s.token(start);
        if (t == null || t.quoted() || !t.word()) {
            return null;
        }
        if (PRONOUNS.contains(t.lower()) && !Phrases.possessiveOfSomeone(s, start)) {
            return pronoun(t, start);
        }
        int from = DETERMINERS.contains(t.lower()) ? start + 1 : start;
        while (Titles.modifier(lower(s, from)) && Names.nameLike(s, from + 1)) {
            from++;   // "former Rep. George Miller": the tagger may not call "former" an adjective
        }
        Sentences.Token first = s.token(from);
        boolean opensRun = first != null && (first.capitalized() || nounish(first))
                && (Names.nameLike(s, from + 1) || Titles.role(lower(s, from + 1)));
        if (first != null && (Names.nameLike(s, from) || Titles.role(first.lower()) || opensRun)) {
            Mention m = Names.split(s, from, Names.runEnd(s, from));
            Sentences.Token next = m == null ? null : s.token(m.last() + 1);
            boolean nounGoesOn = next != null && next.word() && (next.is("NOUN") || next.is("ADJ"));
            Mention longer = m == null ? null : Phrases.forward(s, start);
            if (longer != null && longer.person() && longer.last() > m.last()) {
                m = longer;  // "Republican party boss Reince Priebus", "Florida-based strategist Al Cardenas"
            } else if (m != null && nounGoesOn) {
                m = null;
            }
            if (m != null) {
                m = Phrases.affiliated(s, m);
                return m.withRole(Phrases.appositive(s, m.last() + 1, s.tokens().size()));
            }
        }
        Mention phrase = Phrases.forward(s, start);
        Mention named = phrase == null ? null : Phrases.apposedName(s, phrase.last() + 1);
        return named == null ? phrase : named.withRole(Phrases.withoutArticle(phrase.name()));
    }

    /** Who said the cue at token {@code cue}, looking back from it; handles "Jo Lee, a nurse, said". */
    static Mention speakerBefore(Sentences.Sentence s, int cue) {
        int j = cue - 1;
        while (j >= 0 && skipped(s.token(j))) {
            j--;
        }
        j = beforeParenthesis(s, j);
        Sentences.Token t = s.token(j);
        return t != null && t.text().equals(",") ? apposition(s, j) : before(s, j);
    }

    /** "Sen. Elizabeth Warren (D-Mass.) said", "Gov. John Kasich (R-Ohio), said": the token before the parenthesis. */
    private static int beforeParenthesis(Sentences.Sentence s, int j) {
        int close = ",".equals(lower(s, j)) && ")".equals(lower(s, j - 1)) ? j - 1 : j;
        if (!")".equals(lower(s, close))) {
            return j;
        }
        for (int k = close - 1; k >= 0 && close - k <= 6; k--) {
            if (s.token(k).text().equals("(")) {
                return k - 1;
            }
        }
        return j;
    }

    /** "Jo Lee, a nurse, said" or "the festival's director, Jo Lee, said", the second comma at {@code j}. */
    private static Mention apposition(Sentences.Sentence s, int j) {
        Mention opener = appositionsAfterSubject(s, j);
        if (opener != null) {
            return opener;
        }
        int k = j - 1;
        while (k >= 0 && !s.token(k).text().equals(",") && !s.token(k).quoted() && !s.token(k).text().equals("\"")) {
            k--;
        }
        if (k == j - 1) {
            return null;
        }
        Mention inside = before(s, j - 1);
        int priorEnd = k - 1;
        if (s.token(priorEnd) != null && s.token(priorEnd).is("NUM") && ",".equals(lower(s, priorEnd - 1))) {
            priorEnd -= 2; // an age: "Janet Cole, 52, a retired teacher, said"
        }
        Mention prior = k >= 0 && s.token(k).text().equals(",") ? before(s, priorEnd) : null;
        if (inside != null && inside.first() <= k + 1 && inside.kind() == Mention.Kind.NAME && !inside.group()) {
            return inside.withRole(prior != null && prior.kind() == Mention.Kind.PHRASE
                    ? Phrases.withoutArticle(prior.name()) : null);
        }
        return prior == null ? null : prior.withRole(Phrases.appositive(s, k, j));
    }

    /**
     * "Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said": a person opening the
     * sentence, then only appositives (with no verb, but for relative clauses: ", who lives outside Sacramento,") up to
     * the comma at {@code j} before the cue.
     */
    private static Mention appositionsAfterSubject(Sentences.Sentence s, int j) {
        Mention subject = subject(s);
        if (subject == null || !subject.person() || !",".equals(lower(s, subject.last() + 1))) {
            return null;
        }
        boolean relative = false;
        for (int i = subject.last() + 1; i < j; i++) {
            Sentences.Token t = s.token(i);
            relative = RELATIVE.contains(t.lower()) || relative && !t.text().equals(",");
            if (t.quoted() || !relative && (t.is("VERB") || t.is("AUX"))) {
                return null;
            }
        }
        return subject.withRole(Phrases.appositive(s, subject.last() + 1, j));
    }

    /** "Donald Trump: “…”": a name right before the colon that introduces a quote starting at {@code quoteStart}. */
    static Mention beforeColon(Sentences.Sentence s, int quoteStart) {
        int colon = -1;
        for (int i = 0; i < s.tokens().size() && s.token(i).end() <= quoteStart; i++) {
            colon = s.token(i).text().equals(":") ? i : colon;
        }
        Mention m = colon > 0 ? before(s, colon - 1) : null;
        return m != null && m.kind() == Mention.Kind.NAME ? m : null;
    }

    /** The subject a sentence opens with, after any opening phrase ("In a memo to staff, …"). */
    static Mention subject(Sentences.Sentence s) {
        int i = 0;
        while (s.token(i) != null && (s.token(i).quoted() || !s.token(i).word())) {
            i++;
        }
        Sentences.Token t = s.token(i);
        boolean participle = t != null && t.is("VERB") && (t.lower().endsWith("ing") || t.lower().endsWith("ed"));
        if (t != null && (t.is("ADP") || t.is("SCONJ") || t.is("ADV") || participle || openingPhrase(s, i))) {
            while (s.token(i) != null && !s.token(i).text().equals(",")) {
                i++;
            }
            i++;
        }
        return after(s, i);
    }

    /**
     * "Hours later, …", "Last week, …": a few words up to a comma that name no one and have no verb, so that the
     * subject comes after them (unlike "Jo Lee, a nurse, said").
     */
    private static boolean openingPhrase(Sentences.Sentence s, int from) {
        for (int i = from; i < from + 5 && s.token(i) != null; i++) {
            Sentences.Token t = s.token(i);
            if (t.text().equals(",")) {
                return i > from;
            }
            boolean someone = t.is("PROPN") || t.is("PRON") || AgentNouns.agent(t.lower()) || Titles.role(t.lower());
            if (t.quoted() || !t.word() || t.is("VERB") || t.is("AUX") || someone) {
                return false;
            }
        }
        return false;
    }

    /** Full personal names in a sentence, so that later "Mr. Austin" or "Austin" can be resolved. */
    static List<Mention> names(Sentences.Sentence s) {
        List<Mention> names = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            boolean runGoesOn = Names.nameLike(s, i + 1) || s.token(i + 1) != null && s.token(i + 1).text().equals("-");
            if (Names.nameToken(s, i) && !runGoesOn) {
                Mention m = Names.split(s, Names.runStart(s, i), i);
                if (m != null && m.fullName()) {
                    names.add(m);
                }
            }
        }
        return names;
    }

    static boolean determiner(String w) {
        return DETERMINERS.contains(w);
    }

    static boolean preposition(String w) {
        return PREPOSITIONS.contains(w);
    }

    static boolean nounish(Sentences.Token t) {
        // a possessive such as "alliance's" is a noun whatever tag it got (it came out PUNCT); so is a word the
        // tagger took for a pronoun that is none ("harbour" in "harbour master"), and a capitalised word that is no
        // function word, which at a sentence's start the tagger often calls a verb ("Okoye shot back")
        boolean mistaken = (t.is("PRON") || t.capitalized()) && !Names.functionWord(t.lower());
        return t.word() && (NOUNISH.stream().anyMatch(t::is) || t.text().endsWith("'s") || mistaken);
    }

    private static boolean skipped(Sentences.Token t) {
        return t != null && !t.quoted()
                && (SKIPPED.contains(t.tag()) && !t.text().equals("'s") || Titles.time(t.lower()));
    }

    private static String lower(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        return t == null ? "" : t.lower();
    }

    private static Mention pronoun(Sentences.Token t, int i) {
        return new Mention(Mention.Kind.PRONOUN, t.lower(), null, null, t.lower(), false, i, i);
    }
}
