package dev.lede.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The set of lower-case words of a text, to recognise two wordings of the same paragraph. */
record Words(Set<String> set) {

    private static final int FEW = 4;

    static Words of(String text) {
        Set<String> set = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                set.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return new Words(set);
    }

    /** Share of the smaller set's words found in the larger one. */
    double overlap(Words other) {
        Set<String> small = set.size() <= other.set.size() ? set : other.set;
        Set<String> large = small == set ? other.set : set;
        if (small.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : small) {
            if (large.contains(word)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    /**
     * Whether the two texts are wordings of one paragraph: one holds nearly all the other's words, and is not
     * so much longer that the shorter one would only be a fragment quoted from it.
     */
    boolean nearDuplicate(Words other) {
        int small = Math.min(set.size(), other.set.size());
        int large = Math.max(set.size(), other.set.size());
        if (small < FEW) {
            return small > 0 && set.equals(other.set);
        }
        double ratio = (double) small / large;
        double overlap = overlap(other);
        if (ratio >= 0.5) {
            return overlap >= 0.8;
        }
        // a much shorter wording counts only when it is long enough not to be a chance overlap
        return ratio >= 0.3 && small >= 8 && overlap >= 0.9;
    }

    int size() {
        return set.size();
    }
}
