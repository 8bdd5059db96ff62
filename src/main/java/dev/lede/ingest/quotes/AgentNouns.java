package dev.lede.ingest.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nouns that can name someone who speaks, from WordNet (resource quotes/agent-nouns.txt, written by
 * tools/agent-nouns.sh): "spokeswoman" and "lawmaker" are people, "ministry" and "police" groups, while
 * "statement", "hesitation" or "past" name no one and so can never be a speaker.
 */
final class AgentNouns {
    enum Kind { PERSON, GROUP }

    private static final Map<String, Kind> NOUNS = load();

    private AgentNouns() {
    }

    /** What a noun (singular or plural, any case) names, or null for a thing. */
    static Kind kind(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        Kind k = NOUNS.get(w);
        if (k != null || w.length() < 4) {
            return k;
        }
        if (w.endsWith("men")) {
            return NOUNS.get(w.substring(0, w.length() - 3) + "man");
        }
        if (w.endsWith("ies")) {
            return NOUNS.get(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es") && NOUNS.containsKey(w.substring(0, w.length() - 2))) {
            return NOUNS.get(w.substring(0, w.length() - 2));
        }
        return w.endsWith("s") && !w.endsWith("ss") ? NOUNS.get(w.substring(0, w.length() - 1)) : null;
    }

    /** "officials", "women": a plural of a noun in the list, not the noun itself. */
    static boolean plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !NOUNS.containsKey(w) && kind(w) != null;
    }

    static boolean person(String word) {
        return kind(word) == Kind.PERSON;
    }

    /** A person or a group: someone who can say something. */
    static boolean agent(String word) {
        return kind(word) != null;
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> nouns = new HashMap<>();
        WordList.load("/quotes/agent-nouns.txt")
                .forEach((w, k) -> nouns.put(w, k.equals("p") ? Kind.PERSON : Kind.GROUP));
        return Map.copyOf(nouns);
    }
}
