package dev.lede.ingest.page;

import java.util.Arrays;

/**
 * The set of lower-case words of a text, to recognise two wordings of the same paragraph. Words are kept as sorted
 * hashes: comparing paragraphs is the parser's inner loop, and a rare hash collision only nudges a similarity.
 */
final class Words {

    private static final int FEW = 4;

    private final int[] hashes;

    private Words(int[] hashes) {
        this.hashes = hashes;
    }

    static Words of(String text) {
        int[] hashes = new int[text.length() / 2 + 1];
        int count = 0;
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = 31 * hash + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord) {
                hashes[count++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        int[] sorted = Arrays.copyOf(hashes, count);
        Arrays.sort(sorted);
        return new Words(distinct(sorted));
    }

    private static int[] distinct(int[] sorted) {
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, count);
    }

    int size() {
        return hashes.length;
    }

    boolean sameAs(Words other) {
        return Arrays.equals(hashes, other.hashes);
    }

    /** Share of the smaller set's words found in the larger one. */
    double overlap(Words other) {
        int small = Math.min(size(), other.size());
        if (small == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < hashes.length && j < other.hashes.length) {
            int order = Integer.compare(hashes[i], other.hashes[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return (double) shared / small;
    }

    /**
     * Whether the two texts are wordings of one paragraph: one holds nearly all the other's words, and is not
     * so much longer that the shorter one would only be a fragment quoted from it.
     */
    boolean nearDuplicate(Words other) {
        int small = Math.min(size(), other.size());
        int large = Math.max(size(), other.size());
        if (small < FEW) {
            return small > 0 && sameAs(other);
        }
        double ratio = (double) small / large;
        if (ratio >= 0.5) {
            return overlap(other) >= 0.8;
        }
        // a much shorter wording counts only when it is long enough not to be a chance overlap
        return ratio >= 0.3 && small >= 8 && overlap(other) >= 0.9;
    }
}
