package dev.lede.ingest.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** "He", "she", "it" and "they": the latest person of that gender, or the latest group, talked about. */
final class Pronouns {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

    private Pronouns() {
    }

    /** {@code recent} lists who was talked about, oldest first. */
    static Source resolve(String pronoun, List<Source> recent) {
        char gender = switch (pronoun) {
            case "he", "him", "his" -> 'm';
            case "she", "her" -> 'f';
            default -> 0;
        };
        for (int i = recent.size() - 1; i >= 0; i--) {
            Source s = recent.get(i);
            // an unnamed someone when its noun says the gender ("a spokeswoman"), or when just introduced ("one
            // engineer");
            // "her hero" or "the front-runner" describes someone whose name is the better antecedent
            boolean unnamed = s != null && s.type == SpeakerType.UNKNOWN
                    && (s.gender() == gender || i == recent.size() - 1 && introduced(s));
            boolean someone = s != null && (s.person() || unnamed);
            if (someone && gender != 0 && (s.gender() == 0 || s.gender() == gender)) {
                s.heard(gender);
                return s;
            }
            if (s != null && gender == 0 && s.group) {
                return s;
            }
        }
        return null;
    }

    private static boolean introduced(Source s) {
        return INDEFINITE.contains(s.name.substring(0, Math.max(0, s.name.indexOf(' '))).toLowerCase(Locale.ROOT));
    }
}
