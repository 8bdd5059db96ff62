package dev.lede.ingest.quotes.polnear;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The kinds of wrong person-speaker that issue 13 counts, told apart from what the predicted speaker is. */
enum SpeakerError {
    NO_SPEAKER("no speaker"),
    MENTION("mention, not the person"),
    SAME_SURNAME("wrong one of same surname"),
    CUT_OR_RUN_ON("cut or run-on name"),
    ORGANISATION("organisation for person"),
    NON_NAME("non-name phrase"),
    OTHER_PERSON("someone else");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "him", "her", "his", "i", "we", "you");
    private static final Set<String> SMALL = Set.of("of", "the", "and", "for", "de", "van", "von", "al", "la", "le", "du", "da");

    final String label;

    SpeakerError(String label) {
        this.label = label;
    }

    /** Why {@code predicted} is not {@code gold}: the first kind that fits, in the order above. */
    static SpeakerError of(String predicted, String gold, List<String> mentions, GoldSpeakers speakers) {
        if (predicted == null) {
            return NO_SPEAKER;
        }
        List<String> p = NameMatch.words(predicted);
        List<String> g = NameMatch.words(gold);
        String key = NameMatch.key(predicted);
        if (p.size() == 1 && (g.contains(p.get(0)) || PRONOUNS.contains(p.get(0)))) {
            return MENTION;
        }
        if (p.size() > 1 && capitalised(predicted) && p.get(p.size() - 1).equals(g.get(g.size() - 1))) {
            return SAME_SURNAME;
        }
        if (capitalised(predicted) && shareAWord(p, g)) {
            return CUT_OR_RUN_ON;
        }
        boolean inSource = NameMatch.key(mentions.get(0)).contains(key);
        if (speakers.entities("ORGANIZATION").contains(key) || capitalised(predicted) && inSource) {
            return ORGANISATION;
        }
        if (mentions.stream().anyMatch(m -> NameMatch.key(m).contains(key))) {
            return MENTION;
        }
        Set<String> people = speakers.entities("PERSON");
        if (people.contains(key)) {
            return OTHER_PERSON;
        }
        boolean partOfAName = people.stream().anyMatch(n -> shareAWord(p, NameMatch.words(n)));
        return capitalised(predicted) && partOfAName ? CUT_OR_RUN_ON : NON_NAME;
    }

    /** Every word capitalised but for "of", "the" and the like: a proper name, not a description. */
    private static boolean capitalised(String name) {
        String[] words = name.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = SMALL.contains(w.toLowerCase(Locale.ROOT));
            if (i == 0 && small || !small && !Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean shareAWord(List<String> p, List<String> g) {
        Set<String> a = new HashSet<>();
        p.forEach(w -> a.addAll(List.of(w.split("-"))));
        return g.stream().flatMap(w -> List.of(w.split("-")).stream()).anyMatch(a::contains);
    }
}
