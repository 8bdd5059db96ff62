package dev.lede.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible news text from a fixed vocabulary: common words appear in most articles, and a long
 * tail of rarer invented place and project names in few, as in a real archive. Deterministic for a seed.
 */
final class SyntheticText {
    static final String[] SECTIONS = {"News", "World", "Politics", "Business", "Science", "Environment", "Culture",
            "Sport"};
    static final String[] TAGS = {"Elections", "Climate", "Energy", "Health", "Education", "Housing", "Transport",
            "Trade",
            "Courts", "Police", "Budget", "Farming", "Water", "Oceans", "Space", "Medicine", "Technology",
                    "Artificial Intelligence",
            "Banking", "Jobs", "Migration", "Defence", "Diplomacy", "Human Rights", "Music", "Film", "Books",
                    "Football",
            "Tennis", "Cycling", "Wildlife", "Forests", "Cities", "Rural Life", "Elderly Care", "Schools",
                    "Universities",
            "Taxes", "Inflation", "Tourism"};
    private static final String[] FIRST = {"Amara", "Benedikt", "Carmen", "Dmitri", "Elena", "Farid", "Greta",
            "Hiroshi", "Ines",
            "Jonas", "Kofi", "Lucia", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tamsin", "Ulla",
                    "Viktor",
            "Wanjiru", "Xavier", "Yara", "Zoltan", "Maria", "David", "Sarah", "James", "Aisha", "Li", "Fatima",
                    "Pedro", "Hannah"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Castellano", "Nakamura", "Haddad",
            "Kowalski", "Brennan",
            "Achterberg", "Delacroix", "Mensah", "Petrov", "Quispe", "Rasmussen", "Sato", "Tremblay", "Varga",
                    "Whitfield",
            "Yilmaz", "Zapata", "Osei", "Fernandes", "Gallagher", "Ivanova", "Jovanovic", "Khan", "Larsen", "Novak",
                    "Park"};
    private static final String[] ROLES = {"a spokesperson for the ministry", "the mayor",
            "an economist at the central bank",
            "a professor of history", "the union leader", "a local farmer", "the chief executive", "a senior diplomat",
            "an opposition lawmaker", "the health minister", "a climate scientist", "the team's coach", "a resident",
            "the festival director", "a teacher", "the police chief", "a human rights lawyer", "the port director"};
    private static final String[] NOUNS = {"government", "council", "minister", "plan", "budget", "report", "election",
            "court",
            "company", "market", "price", "water", "river", "harbour", "school", "hospital", "farmer", "village",
                    "city", "border",
            "bridge", "road", "railway", "energy", "climate", "storm", "flood", "drought", "forest", "coast",
                    "fishing fleet",
            "vote", "law", "tax", "wage", "strike", "protest", "inquiry", "agreement", "treaty", "summit", "festival",
                    "museum",
            "team", "match", "season", "vaccine", "clinic", "study", "survey", "loan", "bank", "factory", "mine",
                    "harvest"};
    private static final String[] VERBS = {"approved", "rejected", "delayed", "announced", "questioned", "expanded",
            "cut",
            "reviewed", "backed", "opposed", "funded", "reopened", "closed", "warned about", "welcomed", "criticised",
            "investigated", "rebuilt", "postponed", "doubled"};
    private static final String[] ADJECTIVES = {"new", "old", "local", "national", "regional", "public", "private",
            "long-awaited",
            "controversial", "ambitious", "modest", "urgent", "costly", "fragile", "historic", "rural", "coastal",
                    "northern",
            "southern", "independent"};
    private static final String[] TIMES = {"on Monday", "on Tuesday", "last week", "this spring",
            "after months of talks",
            "earlier this year", "before the winter", "in a late-night session", "despite objections",
                    "for the first time"};
    private static final String[] SYLLABLES = {"bar", "del", "ven", "tor", "mil", "ka", "ros", "lin", "quo", "zer",
            "an", "ith",
            "mar", "vel", "dun", "sha", "pol", "gri", "nob", "tes", "cal", "wen", "hal", "ori"};

    private final Random random;
    private final List<String> places = new ArrayList<>();

    /**
     * The text of one stream of a seed's archive: every stream has the same place names, each its own sentences, so
     * that streams can be written at once and the archive is still the same for a seed.
     */
    SyntheticText(long seed, long stream) {
        random = new Random(seed);
        for (int i = 0; i < 5000; i++) {
            String name = syllable() + syllable() + (i % 3 == 0 ? syllable() : "");
            places.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        random.setSeed(seed * 1_000_003 + stream);
    }

    static List<String> speakerNames() {
        List<String> names = new ArrayList<>();
        for (String first : FIRST) {
            for (String last : LAST) {
                names.add(first + " " + last);
            }
        }
        return names;
    }

    String role() {
        return pick(ROLES);
    }

    int below(int n) {
        return random.nextInt(n);
    }

    double fraction() {
        return random.nextDouble();
    }

    /** An index below n, small ones far more often than large ones (roughly Zipf-distributed). */
    int zipf(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, random.nextDouble())) - 1);
    }

    /** A place name: a few are everywhere, most are rare. */
    String place() {
        return places.get(zipf(places.size()));
    }

    String headline() {
        String h = "The " + pick(ADJECTIVES) + " " + pick(NOUNS) + " in " + place() + " " + pick(VERBS) + " "
                + pick(TIMES);
        return h.substring(0, 1).toUpperCase() + h.substring(1);
    }

    String sentence() {
        String s = switch (random.nextInt(4)) {
            case 0 -> "The " + pick(NOUNS) + " in " + place() + " " + pick(VERBS) + " the " + pick(ADJECTIVES) + " "
                    + pick(NOUNS) + " " + pick(TIMES);
            case 1 -> "Officials " + pick(VERBS) + " a " + pick(ADJECTIVES) + " " + pick(NOUNS)
                    + " that would affect the " + pick(NOUNS) + " of " + place();
            case 2 -> "Residents of " + place() + " say the " + pick(NOUNS) + " has changed since the " + pick(NOUNS)
                    + " was " + pick(VERBS);
            default -> "Critics " + pick(VERBS) + " the " + pick(NOUNS) + ", pointing to the " + pick(ADJECTIVES) + " "
                    + pick(NOUNS) + " near " + place();
        };
        return s + ".";
    }

    /** The words of a quote, ending in a comma as quoted speech before "said" does. */
    String quoteWords() {
        String s = switch (random.nextInt(3)) {
            case 0 -> "We cannot wait another year for the " + pick(NOUNS) + " in " + place();
            case 1 -> "This " + pick(NOUNS) + " is " + pick(ADJECTIVES) + " and everyone in " + place() + " knows it";
            default -> "Nobody expected the " + pick(NOUNS) + " to be " + pick(VERBS) + " so quickly";
        };
        return s + ",";
    }

    String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private String syllable() {
        return SYLLABLES[random.nextInt(SYLLABLES.length)];
    }
}
