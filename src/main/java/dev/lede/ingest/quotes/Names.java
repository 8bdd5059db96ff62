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
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "bin", "ibn", "al", "da",
            "du", "la", "le", "del", "della", "di", "dos", "das", "ter", "ten");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
    /** English function words: a capitalised word tagged as one mid-sentence that is not one of these is a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(("i you he she it we they me him her us them my your "
            + "his its our their this that these those what who whom whose which there here nobody everyone "
            + "everybody someone somebody anyone anybody none one each both all many most some any either neither "
            + "whatever whoever what's it's the a an no every of in on at to for by with from about as into onto "
            + "upon over under after before since until till through during without within among between against "
            + "across along around behind beyond near off out per than via despite toward towards and or but nor so "
            + "yet if because although though unless whether while when where why how once be is am are was were "
            + "been being do does did have has had will would shall should can could may might must not up down")
                    .split(" "));

    private Names() {
    }

    /** A capitalised word that can be a given name: no title, role, function word, month or day, nor a word for
     *  someone. */
    static boolean givenName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !(Titles.role(w) || Titles.honorific(w) || Titles.department(w) || Titles.time(w) || Titles.place(w)
                || Titles.modifier(w) || FUNCTION_WORDS.contains(w) || AgentNouns.agent(w) || Titles.organisation(w));
    }

    /** A closed-class English word: pronoun, determiner, preposition, conjunction, auxiliary. */
    static boolean functionWord(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    static boolean nameLike(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        if (t == null || t.quoted() || !t.word() || !t.capitalized() || Titles.time(t.lower()) || t.text()
                .equals("I")) {
            return false;
        }
        if (t.is("PROPN") || Titles.title(t.lower()) || Titles.honorific(t.lower())) {
            return true;
        }
        // The tagger guesses at rare surnames: "Weller" and "Marchetti" came out as PRON, "Ash" as SCONJ.
        if (FUNCTION_WORDS.contains(t.lower())) {
            return false;
        }
        if (t.is("PRON") || !initial(s, i)) {
            return true;
        }
        return t.is("ADJ") || t.is("X");
    }

    /** A word that can be part of the name proper, not of the title before it nor an owner ("the Post's"). */
    static boolean nameToken(Sentences.Sentence s, int i) {
        if (!nameLike(s, i)) {
            return false;
        }
        String w = s.token(i).lower();
        boolean abbreviation = w.contains(".") && w.length() > 2 && !SUFFIXES.contains(w);
        return !Titles.title(w) && !Titles.department(w) && !Titles.honorific(w) && !abbreviation
                && !possessive(s.token(i));
    }

    /** Where the run of title and name words ending at {@code end} begins. */
    static int runStart(Sentences.Sentence s, int end) {
        int b = end;
        boolean titled = roleNoun(s.token(end));
        while (true) {
            Sentences.Token p = s.token(b - 1);
            if (p == null || p.quoted()) {
                return b;
            }
            if (nameLike(s, b - 1)) {
                titled |= Titles.title(p.lower());
            } else if (joins(s, b - 1)) {
                titled |= p.text().equals("'s");
            } else if (roleNoun(p) && !p.is("VERB")) {
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
        while (nameLike(s, e + 1) || Titles.role(lower(s, e + 1)) || joins(s, e + 1) && nameLike(s, e + 2)) {
            e++;
        }
        return e;
    }

    /** The mention for first..last, or null when no name ends the run ("the Secretary"). */
    static Mention split(Sentences.Sentence s, int first, int last) {
        int t = last;
        while (t >= first && (nameToken(s, t) || hyphenInName(s, t))) {
            t--;
        }
        if (t == last) {
            return null;
        }
        while (proper(s, t + 1, last) > 3 || proper(s, t + 1, last) > 2 && roleWord(s.token(t + 1))
                || last - t > 1 && initial(s, t + 1) && opensWithModifier(s.token(t + 1))) {
            t++;
        }
        String honorific = null;
        int roleEnd = t;
        if (t >= first && Titles.honorific(s.token(t).lower())) {
            honorific = s.token(t).text();
            roleEnd = t - 1;
        }
        boolean owned = roleEnd >= first && possessive(s.token(roleEnd));
        String role = roleEnd >= first && !owned ? s.span(first, roleEnd) : null;
        String affiliation = owned ? owner(s, first, roleEnd) : null;
        boolean the = "the".equals(lower(s, first - 1));
        String head = s.token(last).text();
        if (organisation(s, t + 1, last, the) && role == null && honorific == null && !owned
                || organisationWord(s, t + 1, last)) {
            int from = the ? first - 1 : first;
            return new Mention(Mention.Kind.NAME, s.span(from, last), null, null, head.toLowerCase(Locale.ROOT), true,
                    from, last);
        }
        return new Mention(Mention.Kind.NAME, s.span(t + 1, last), role, honorific, head, false, first, last,
                affiliation);
    }

    /** The hyphen of "Llewellyn-Price" or "Anne-Marie", which the tokenizer gives as a token of its own. */
    private static boolean hyphenInName(Sentences.Sentence s, int i) {
        Sentences.Token t = s.token(i);
        Sentences.Token before = s.token(i - 1);
        Sentences.Token after = s.token(i + 1);
        return t.text().equals("-") && before != null && after != null && before.end() == t.start()
                && t.end() == after.start()
                && nameToken(s, i - 1) && nameToken(s, i + 1);
    }

    /** "'s", a hyphen, a particle ("van"), or "of" after a title or organisation word ("Secretary of State", "Bank
     *  of"). */
    private static boolean joins(Sentences.Sentence s, int i) {
        String w = lower(s, i);
        Sentences.Token before = s.token(i - 1);
        if (before == null || before.quoted()) {
            return false;
        }
        if (w.equals("of")) {
            String b = before.lower();
            return Titles.role(b) || Titles.organisation(b) || Titles.department(b)
                    || AgentNouns.kind(b) == AgentNouns.Kind.GROUP;
        }
        return (w.equals("'s") || w.equals("-") || PARTICLES.contains(w))
                && (nameLike(s, i - 1) || Titles.role(before.lower()));
    }

    /** Words counted as a name's own: not initials, particles, suffixes or hyphens. */
    private static int proper(Sentences.Sentence s, int from, int to) {
        return (int) IntStream.rangeClosed(from, to).mapToObj(s::token).filter(t -> {
            String w = t.lower();
            boolean initial = w.length() <= 2 && (w.length() == 1 || w.endsWith("."));
            return t.word() && !initial && !PARTICLES.contains(w) && !SUFFIXES.contains(w);
        }).count();
    }

    /** A capitalised word before a name that says what the person is: "Democrat", "Ranking", "Senate". */
    private static boolean roleWord(Sentences.Token t) {
        return Titles.role(t.lower()) || AgentNouns.agent(t.lower()) || Titles.department(t.lower())
                || t.is("ADJ") || t.is("VERB") || t.is("NOUN");
    }

    /**
     * A sentence's capitalised first word that qualifies the name after it: "Rival", "Former", "Several", "Top".
     * The tagger is not asked, as it calls many first names at a sentence's start adjectives.
     */
    private static boolean opensWithModifier(Sentences.Token t) {
        String w = t.lower();
        return Titles.role(w) || AgentNouns.agent(w) || Titles.modifier(w) || Mentions.determiner(w) || t.is("DET")
                || t.is("NUM");
    }

    /** A title, a role or a noun for a person or group ("nominee", "aide", "voter"). */
    private static boolean roleNoun(Sentences.Token t) {
        return t != null && t.word() && (Titles.role(t.lower()) || AgentNouns.agent(t.lower()) && !t.is("PROPN"));
    }

    static boolean possessive(Sentences.Token t) {
        String w = t.text().replace('’', '\'');
        return w.equals("'s") || w.equals("'") || w.length() > 2 && (w.endsWith("'s") || w.endsWith("s'"));
    }

    /** "the Washington Post" of "the Washington Post's". */
    private static String owner(Sentences.Sentence s, int first, int possessive) {
        Sentences.Token p = s.token(possessive);
        String text = p.word() ? s.span(first, possessive) : possessive > first ? s.span(first, possessive - 1) : "";
        return Phrases.withoutArticle(text.replaceFirst("['’]s?$", "").strip());
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
