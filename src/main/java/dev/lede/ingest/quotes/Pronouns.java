package dev.lede.ingest.quotes;

import java.util.List;

/** "He", "she", "it" and "they": the latest person of that gender, or the latest group, talked about. */
final class Pronouns {
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
            // an unnamed someone ("a donor", "her father") only when its noun says the same gender ("a spokeswoman")
            boolean someone = s != null && (s.person() || s.type == SpeakerType.UNKNOWN && s.gender() == gender);
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
}
