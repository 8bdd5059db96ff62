package dev.lede.ingest.quotes;

import java.util.Set;

/** Common-noun phrases that can speak ("officials in Kyiv", "a White House spokesperson") and appositive roles. */
final class Phrases {
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "where", "whom");
    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "\"", "(", ")", "–", "—");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");
    /** "Ana Ruiz of the Clean Water Alliance", "Tom Baker at Leeds University": a person and where they are from. */
    private static final Set<String> AFFILIATING = Set.of("of", "at", "from", "with");

    private Phrases() {
    }

    /** The noun phrase ending at {@code end}, reading back over modifiers to its determiner. */
    static Mention back(Sentences.Sentence s, int end) {
        int b = end;
        while (true) {
            Sentences.Token p = s.token(b - 1);
            if (p == null || p.quoted()) {
                break;
            }
            if (Mentions.determiner(p.lower())) {
                boolean singular = p.lower().equals("a") || p.lower().equals("an");
                b = singular && Titles.group(s.token(end).lower()) && !Titles.organisation(s.token(end).lower()) ? end
                        : b - 1;
                break;
            }
            if (!(Mentions.nounish(p) || p.text().equals("'s") || p.text().equals("-") || hyphenated(s, b - 1))) {
                break;
            }
            b--;
        }
        return named(s, phrase(s, b, end, end));
    }

    /** The noun phrase starting at {@code start}, with one prepositional phrase after it ("officials in Kyiv"). */
    static Mention forward(Sentences.Sentence s, int start) {
        int i = start;
        if (s.token(i) != null && Mentions.determiner(s.token(i).lower())) {
            i++;
        }
        int last = -1;
        for (; s.token(i) != null && !s.token(i).quoted() && !Titles.time(s.token(i).lower()); i++) {
            Sentences.Token t = s.token(i);
            if (t.is("NOUN") || t.is("PROPN")) {
                last = i;
            } else if (!(Mentions.nounish(t) || t.text().equals("'s") || t.text().equals("-") || hyphenated(s, i))) {
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        Mention m = named(s, phrase(s, start, last, last));
        if (m.kind() == Mention.Kind.NAME) {
            return affiliated(s, m);
        }
        Sentences.Token prep = s.token(last + 1);
        Mention object = prep != null && Mentions.preposition(prep.lower()) ? object(s, last + 2) : null;
        return object == null ? m : new Mention(Mention.Kind.PHRASE, s.span(start, object.last()), null, null,
                m.head(), m.group(), start, object.last());
    }

    /**
     * Extends a phrase or name back over "officials in", "analysts at": the speaker is the group; and over a
     * person's name before "of", "at" or "from": "Ana Ruiz of the Clean Water Alliance" is Ana Ruiz.
     */
    static Mention withPrepositions(Sentences.Sentence s, Mention m) {
        while (true) {
            Sentences.Token prep = s.token(m.first() - 1);
            Sentences.Token left = s.token(m.first() - 2);
            if (prep == null || left == null || left.quoted() || !Mentions.preposition(prep.lower())) {
                return m;
            }
            if (AFFILIATING.contains(prep.lower()) && Names.nameToken(s, m.first() - 2)
                    && m.kind() != Mention.Kind.PRONOUN) {
                Mention person = Names.split(s, Names.runStart(s, m.first() - 2), m.first() - 2);
                return person != null && person.person() && person.affiliation() == null
                        ? person.withAffiliation(withoutArticle(s.span(m.first(), m.last())), m.last()) : m;
            }
            if (!(left.is("NOUN") || Titles.people(left.lower()))) {
                return m;
            }
            Mention l = back(s, m.first() - 2);
            m = new Mention(Mention.Kind.PHRASE, s.span(l.first(), m.last()), null, null, l.head(), l.group(),
                    l.first(), m.last());
        }
    }

    /** The role in ", a nurse at the clinic," after a comma at {@code comma}; null for ", who …" or ", speaking …". */
    static String appositive(Sentences.Sentence s, int comma, int limit) {
        if (s.token(comma) == null || !s.token(comma).text().equals(",")) {
            return null;
        }
        int i = comma + 1;
        Sentences.Token first = s.token(i);
        if (first == null || i >= limit || first.quoted()
                || first.is("NUM") || !(Mentions.determiner(first.lower()) || Mentions.nounish(first)
                        || Titles.role(first.lower()))) {
            return null;
        }
        int j = i;
        while (j < limit && s.token(j) != null && !s.token(j).quoted() && !STOPS.contains(s.token(j).text())
                && !RELATIVE.contains(s.token(j).lower())) {
            if (s.token(j).is("VERB") || s.token(j).is("AUX")) {
                return null;
            }
            j++;
        }
        return j == i ? null : withoutArticle(s.span(i, j - 1));
    }

    /** "his grandfather", "her campaign": a phrase of its own, unlike "her message", which points at her. */
    static boolean possessiveOfSomeone(Sentences.Sentence s, int i) {
        Sentences.Token next = s.token(i + 1);
        boolean possessive = POSSESSIVES.contains(s.token(i).lower());
        return possessive && next != null
                && (Titles.role(next.lower()) || Titles.people(next.lower()) || apposedName(s, i + 2) != null);
    }

    /** ", Vikram Mehta," or ", Rosemary," after a comma at {@code comma}. */
    static Mention apposedName(Sentences.Sentence s, int comma) {
        if (!",".equals(s.token(comma) == null ? "" : s.token(comma).text()) || !Names.nameLike(s, comma + 1)) {
            return null;
        }
        Mention m = Names.split(s, comma + 1, Names.runEnd(s, comma + 1));
        Sentences.Token next = m == null ? null : s.token(m.last() + 1);
        return m != null && m.person() && (next == null || !next.word()) ? m : null;
    }

    /** A person named at the end of a noun phrase: "Democratic presidential candidate Bernie Sanders" is Bernie
     *  Sanders. */
    private static Mention named(Sentences.Sentence s, Mention phrase) {
        int from = Mentions.determiner(s.token(phrase.first()).lower()) ? phrase.first() + 1 : phrase.first();
        if (from > phrase.last() || !Names.nameToken(s, phrase.last())) {
            return phrase;
        }
        Mention m = Names.split(s, from, phrase.last());
        return m != null && m.person() ? m : phrase;
    }

    /** "Ana Ruiz of the Clean Water Alliance" after a name that starts a mention. */
    static Mention affiliated(Sentences.Sentence s, Mention m) {
        Sentences.Token prep = s.token(m.last() + 1);
        int from = m.last() + 2;
        if (prep == null || !AFFILIATING.contains(prep.lower()) || !m.person() || m.affiliation() != null) {
            return m;
        }
        int start = "the".equals(s.token(from) == null ? "" : s.token(from).lower()) ? from + 1 : from;
        if (!Names.nameLike(s, start)) {
            return m;
        }
        int end = Names.runEnd(s, start);
        return m.withAffiliation(s.span(start, end), end);
    }

    /**
     * What a phrase names by its head noun: a group of people ("officials", "residents"), an organisation
     * ("the ministry"), someone unnamed ("a spokeswoman"), or null for a thing ("a statement"), never a speaker.
     */
    static SpeakerType type(Mention m) {
        String head = m.head().toLowerCase(java.util.Locale.ROOT);
        AgentNouns.Kind kind = AgentNouns.kind(head);
        if (Titles.people(head) || kind != null && AgentNouns.plural(head)) {
            return SpeakerType.GROUP;
        }
        if (Titles.organisation(head) || kind == AgentNouns.Kind.GROUP) {
            return SpeakerType.ORGANISATION;
        }
        return kind == AgentNouns.Kind.PERSON || Titles.role(head) ? SpeakerType.UNKNOWN : null;
    }

    static String withoutArticle(String phrase) {
        return phrase.replaceFirst("(?i)^(the|a|an|his|her|their|its)\\s+", "");
    }

    /** Part of a compound such as "low-lying", which the tokenizer may cut as "low" "-lying" or "low" "-" "lying". */
    private static boolean hyphenated(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        Sentences.Token prev = s.token(i - 1);
        boolean joined = prev != null && prev.end() == t.start();
        return t.text().startsWith("-") && joined || t.word() && joined && prev.text().equals("-");
    }

    private static Mention object(Sentences.Sentence s, int i) {
        int from = s.token(i) != null && Mentions.determiner(s.token(i).lower()) ? i + 1 : i;
        if (Names.nameLike(s, from)) {
            Mention m = Names.split(s, from, Names.runEnd(s, from));
            if (m != null) {
                return m;
            }
        }
        return forward(s, i);
    }

    private static Mention phrase(Sentences.Sentence s, int first, int last, int head) {
        String h = s.token(head).lower();
        return new Mention(Mention.Kind.PHRASE, s.span(first, last), null, null, h, Titles.group(h), first, last);
    }
}
