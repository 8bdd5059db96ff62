package dev.lede.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the overlapping copies of a story into one: copies are aligned pairwise by a longest-common-subsequence
 * over near-duplicate paragraphs, so every paragraph appears once, the fuller wording wins, and the merged order
 * agrees with the order of every copy.
 */
final class CopyMerger {

    // alignment is quadratic; a body this long is not a scraped article page
    private static final int MAX_BLOCKS = 1000;

    List<ParsedBlock> merge(List<Piece> pieces, List<String> warnings) {
        if (pieces.size() > MAX_BLOCKS) {
            warnings.add("Did not look for repeated copies of the story: it has " + pieces.size() + " blocks");
            return pieces.stream().map(Piece::block).toList();
        }
        List<List<Piece>> copies = CopySplitter.split(pieces);
        if (copies.isEmpty()) {
            return List.of();
        }
        List<Piece> merged = copies.get(0);
        for (int i = 1; i < copies.size(); i++) {
            merged = align(merged, copies.get(i), warnings);
        }
        if (copies.size() > 1) {
            warnings.add("Merged " + copies.size() + " overlapping copies of the story");
        }
        return dropRepeats(merged, warnings).stream().map(Piece::block).toList();
    }

    private static List<Piece> align(List<Piece> a, List<Piece> b, List<String> warnings) {
        double[][] similarity = new double[a.size()][b.size()];
        double[][] best = new double[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                similarity[i][j] = a.get(i).similarity(b.get(j));
                double match = similarity[i][j] > 0 ? best[i + 1][j + 1] + similarity[i][j] : 0;
                best[i][j] = Math.max(match, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<Piece> merged = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && similarity[i][j] > 0
                    && best[i][j] == best[i + 1][j + 1] + similarity[i][j]) {
                merged.add(keepFuller(a.get(i++), b.get(j++), warnings));
            } else if (i < a.size() && (j == b.size() || best[i][j] == best[i + 1][j])) {
                // between two matches, the earlier copy's own paragraphs go first
                merged.add(a.get(i++));
            } else {
                merged.add(b.get(j++));
            }
        }
        return merged;
    }

    /** A safety net for near-duplicates the alignment could not pair, say because two copies disagree on order. */
    private static List<Piece> dropRepeats(List<Piece> pieces, List<String> warnings) {
        List<Piece> kept = new ArrayList<>();
        for (Piece piece : pieces) {
            int same = indexOfSame(kept, piece);
            if (same < 0) {
                kept.add(piece);
            } else {
                warnings.add("Dropped a repeated paragraph out of order: '" + piece.preview() + "'");
                kept.set(same, kept.get(same).fuller(piece));
            }
        }
        return kept;
    }

    private static int indexOfSame(List<Piece> pieces, Piece piece) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).sameAs(piece)) {
                return i;
            }
        }
        return -1;
    }

    private static Piece keepFuller(Piece a, Piece b, List<String> warnings) {
        Piece fuller = a.fuller(b);
        if (!a.block().text().equals(b.block().text())) {
            warnings.add("Kept the fuller of two wordings: '" + fuller.preview() + "'");
        }
        return fuller;
    }
}
