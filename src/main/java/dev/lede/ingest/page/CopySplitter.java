package dev.lede.ingest.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a scraped body into the copies of the story it holds. A copy ends where the story restarts: at a paragraph
 * that repeats one of the current copy, or that goes back in an earlier copy from where the current one had reached.
 */
final class CopySplitter {

    private final List<Piece> pieces;
    private final int[] copyOf;
    // for each earlier copy, the furthest position in it that the current copy has matched so far
    private final Map<Integer, Integer> reached = new HashMap<>();

    private CopySplitter(List<Piece> pieces) {
        this.pieces = pieces;
        this.copyOf = new int[pieces.size()];
    }

    static List<List<Piece>> split(List<Piece> pieces) {
        return new CopySplitter(pieces).split();
    }

    private List<List<Piece>> split() {
        List<List<Piece>> copies = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            List<Integer> matches = earlierMatches(i);
            if (!current.isEmpty() && restarts(matches, copies.size())) {
                copies.add(current);
                current = new ArrayList<>();
                reached.clear();
            }
            copyOf[i] = copies.size();
            current.add(pieces.get(i));
            advance(matches);
        }
        if (!current.isEmpty()) {
            copies.add(current);
        }
        return copies;
    }

    private List<Integer> earlierMatches(int i) {
        List<Integer> matches = new ArrayList<>();
        for (int k = 0; k < i; k++) {
            if (pieces.get(i).sameAs(pieces.get(k))) {
                matches.add(k);
            }
        }
        return matches;
    }

    private boolean restarts(List<Integer> matches, int currentCopy) {
        Map<Integer, Boolean> goesForward = new HashMap<>();
        for (int k : matches) {
            if (copyOf[k] == currentCopy) {
                return true;
            }
            Integer at = reached.get(copyOf[k]);
            goesForward.merge(copyOf[k], at == null || k > at, Boolean::logicalOr);
        }
        return goesForward.containsValue(false);
    }

    private void advance(List<Integer> matches) {
        Map<Integer, Integer> next = new HashMap<>();
        for (int k : matches) {
            Integer at = reached.get(copyOf[k]);
            if (at == null || k > at) {
                next.merge(copyOf[k], k, Math::min);
            }
        }
        reached.putAll(next);
    }
}
